// The "Check selected text" result window: the engine runs here, on the text the background stored.
import { render } from 'preact';
import bundle from 'virtual:claims-bundle';
import { createScanner } from '@/src/engine/scanner';
import { takeSelection } from '@/src/extension/selection-check';
import { SelectionResult } from '@/src/ui/selection/SelectionResult';
import '@/src/ui/selection/selection.css';

const app = document.getElementById('app')!;
const scanner = createScanner(bundle);
render(<SelectionResult state={{ status: 'checking' }} claims={scanner.claims} />, app);

void takeSelection(new URLSearchParams(location.search).get('key')).then((stored) => {
  if (!stored) return render(<SelectionResult state={{ status: 'missing' }} claims={scanner.claims} />, app);
  const { matches, outcome } = scanner.scan(stored.text, { budgetMs: 2000 });
  const mentions = matches.map(({ claimId, verdict, stance, text }) => ({ claimId, verdict, stance, text }));
  render(<SelectionResult state={{ status: 'done', text: stored.text, truncated: stored.truncated, mentions, partial: outcome === 'time-budget' || outcome === 'size-limit' }} claims={scanner.claims} />, app);
});
