/**
 * Stops this copy of the content script when a newer one starts in the same document (the
 * extension was updated or reloaded, and its content script injected again), so that two never
 * mark one page. A DOM event, as WXT's content-script context uses for the same purpose, because
 * the two copies live in different isolated worlds and share only the document.
 */
const STARTED_EVENT = 'claimcheck:content-script-started';

/** Announces this copy and calls `onNewer` once when a later copy announces itself; returns the unsubscribe. */
export function watchForNewerCopy(doc: Document, onNewer: () => void): () => void {
  const id = Math.random().toString(36).slice(2);
  doc.dispatchEvent(new CustomEvent(STARTED_EVENT, { detail: id }));
  const listener = (event: Event) => {
    if ((event as CustomEvent<unknown>).detail === id) return;
    stop();
    onNewer();
  };
  const stop = () => doc.removeEventListener(STARTED_EVENT, listener);
  doc.addEventListener(STARTED_EVENT, listener);
  return stop;
}
