// Empty on purpose: a service worker lets the e2e harness see the extension load and read its id.
