// The NLP engine and full claims bundle, injected by the background only into frames whose
// prefilter found candidate words (see src/extension/inject-engine.ts).
import bundle from 'virtual:claims-bundle';
import { createScanner } from '@/src/engine/scanner';
import { publishScanner } from '@/src/page/engine-handle';

export default defineUnlistedScript(() => {
  publishScanner(createScanner(bundle));
});
