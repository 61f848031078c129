// @vitest-environment happy-dom
import { describe, expect, test, vi } from 'vitest';
import type { ClaimInfo, ClaimMatch } from '../../../src/engine/types';
import { MARK_TAG } from '../../../src/page/annotate';
import { batchEnd, createPageMarker, MARK_BATCH_MS, nextBatchSize } from '../../../src/page/page-marker';
import { collectText } from '../../../src/page/text-blocks';
import type { TooltipController } from '../../../src/page/tooltip-controller';

const claim: ClaimInfo = {
  id: 'massage-flushes-toxins',
  title: 'Massage flushes toxins',
  statement: 'Massage flushes toxins out of the body.',
  verdict: 'unsupported',
  certainty: 'moderate',
  evidence: 'No study has measured toxins leaving the body after massage.',
  notes: { asserts: 'Not shown.', disputes: 'Agrees with the evidence.' },
  citations: [],
  reviewed: '2026-01-01',
};

function setup(html: string) {
  document.body.innerHTML = html;
  const page = collectText(document.body);
  const match = (phrase: string): ClaimMatch => {
    const start = page.text.indexOf(phrase);
    return { claimId: claim.id, verdict: claim.verdict, stance: 'asserts', start, end: start + phrase.length, text: phrase, sentence: phrase, sentenceStart: start, confidence: 1 };
  };
  const tooltip: TooltipController = { open: vi.fn(), close: vi.fn(), dispose: vi.fn() };
  const createTooltip = vi.fn(async () => tooltip);
  const marker = createPageMarker({ doc: document, claim: (id) => (id === claim.id ? claim : undefined), createTooltip, trigger: () => 'hover-focus' });
  return { page, match, marker, tooltip, createTooltip };
}

const request = { settings: { markStyle: 'underline', palette: 'standard' } as const, isCurrent: () => true, afterBatch: () => undefined };

describe('page/page-marker', () => {
  test('marks the matches across inline elements, creates the tooltip once, and clear() restores the text', async () => {
    const { page, match, marker, tooltip, createTooltip } = setup('<p>Many say <b>massage flushes</b> toxins. Massage flushes toxins, they say.</p>');
    const before = document.body.innerHTML;
    const matches = [match('massage flushes toxins'), match('Massage flushes toxins')];
    expect(await marker.mark({ ...request, page, matches })).toEqual([true, true]);
    const marks = [...document.querySelectorAll(MARK_TAG)];
    expect(marks.map((m) => m.textContent)).toEqual(['massage flushes', ' toxins', 'Massage flushes toxins']);
    expect(marks.map((m) => m.getAttribute('data-style'))).toEqual(['underline', 'underline', 'underline']);
    expect(marks[1]!.hasAttribute('data-continued')).toBe(true);
    await marker.mark({ ...request, page: collectText(document.body), matches: [] });
    expect(createTooltip).toHaveBeenCalledTimes(1);
    marker.clear();
    expect(document.querySelector(MARK_TAG)).toBeNull();
    expect(document.body.innerHTML).toBe(before);
    expect(tooltip.close).toHaveBeenCalled();
    marker.dispose();
    expect(tooltip.dispose).toHaveBeenCalledTimes(1);
  });

  test('a superseded request stops after its batch and answers undefined; text changed meanwhile is not marked', async () => {
    const { page, match, marker, createTooltip } = setup('<p>Massage flushes toxins.</p><p>Massage flushes toxins again.</p>');
    const matches = [match('Massage flushes toxins.'), match('Massage flushes toxins again')];
    expect(await marker.mark({ ...request, page, matches, isCurrent: () => false })).toBeUndefined();
    expect(createTooltip).not.toHaveBeenCalled();
    marker.clear();
    document.querySelector('p')!.firstChild!.textContent = 'Something else entirely.';
    expect(await marker.mark({ ...request, page, matches })).toEqual([false, true]);
    expect([...document.querySelectorAll(MARK_TAG)].map((m) => m.textContent)).toEqual(['Massage flushes toxins again']);
  });

  test('a batch ends only between spans that lie in different text nodes', () => {
    const { page } = setup('<p>aa bb cc</p><p>dd</p>');
    const spans = [{ start: 0, end: 2 }, { start: 3, end: 5 }, { start: 6, end: 8 }, { start: 9, end: 11 }];
    // Spans 0-2 share a text node, so a batch of two cannot end between them.
    expect(batchEnd(page, spans, 0, 2)).toBe(3);
    expect(batchEnd(page, spans, 3, 2)).toBe(4);
    expect(batchEnd(page, spans, 0, 10)).toBe(4);
    expect(batchEnd(page, spans, 0, 0)).toBe(3); // at least one span per batch
  });

  test('batches are sized from the time per mark measured so far', () => {
    // 40 marks in 40 ms: 1 ms each, so the next batch holds what fits in MARK_BATCH_MS.
    expect(nextBatchSize(40, 40)).toBe(MARK_BATCH_MS);
    // Slow marks: never fewer than a handful per batch; fast or unmeasurable ones: a cap.
    expect(nextBatchSize(10, 1000)).toBe(5);
    expect(nextBatchSize(40, 0.01)).toBe(400);
    expect(nextBatchSize(40, 0)).toBe(400);
  });
});
