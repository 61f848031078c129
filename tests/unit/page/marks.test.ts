// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from 'vitest';
import type { ClaimInfo } from '../../../src/engine/types';
import { annotate, MARK_TAG } from '../../../src/page/annotate';
import { createMarkFactory, DESCRIPTIONS_ID } from '../../../src/page/marks';
import { collectText, OWN_ATTR } from '../../../src/page/text-blocks';
import { VERDICT_LABEL } from '../../../src/ui/verdict';

const claim: ClaimInfo = {
  id: 'massage-flushes-toxins',
  title: 'Massage flushes out toxins',
  statement: 'Massage removes toxins.',
  verdict: 'unsupported',
  certainty: 'low',
  evidence: 'No study has named a toxin that massage removes.',
  notes: { asserts: 'No good evidence.', disputes: 'Agrees with the evidence.' },
  citations: [{ authors: 'A', title: 'T', year: 2010, doi: '10.1/x' }],
  reviewed: '2026-11-23',
};

beforeEach(() => document.body.replaceChildren());

describe('page/marks', () => {
  test('marks made through annotate carry the DOM contract attributes', () => {
    const root = document.createElement('div');
    root.append(...new DOMParser().parseFromString('<p>So: Massage <strong>flushes</strong><em> toxins</em> out.</p>', 'text/html').body.childNodes);
    document.body.append(root);
    const pageText = collectText(root);
    const start = pageText.text.indexOf('Massage');
    const factory = createMarkFactory(document);
    const { marks } = annotate(pageText, [{ start, end: start + 'Massage flushes toxins'.length }], (_span, piece) =>
      factory.create(claim, 'asserts', 0, piece),
    );
    const pieces = marks[0]!;
    expect(pieces).toHaveLength(3);
    for (const m of pieces) {
      expect(m.tagName.toLowerCase()).toBe(MARK_TAG);
      expect(m.getAttribute('data-claim-id')).toBe('massage-flushes-toxins');
      expect(m.getAttribute('data-verdict')).toBe('unsupported');
      expect(m.getAttribute('data-stance')).toBe('asserts');
      expect(m.getAttribute('data-occurrence')).toBe('0');
    }
    const [first, ...rest] = pieces;
    expect(first!.getAttribute('tabindex')).toBe('0');
    for (const m of rest) {
      expect(m.hasAttribute('tabindex')).toBe(false);
      expect(m.hasAttribute('aria-describedby')).toBe(false);
      expect(m.hasAttribute('data-continued')).toBe(true);
    }
    const describedBy = first!.getAttribute('aria-describedby');
    expect(describedBy).toBeTruthy();
    const description = document.getElementById(describedBy!);
    expect(description).not.toBeNull();
    expect(description!.textContent).toContain(VERDICT_LABEL.unsupported);
    expect(description!.textContent).toContain(claim.title);
    // The descriptions live in the extension's own, hidden container, which is never scanned.
    const container = document.getElementById(DESCRIPTIONS_ID)!;
    expect(container.contains(description)).toBe(true);
    expect(container.hasAttribute(OWN_ATTR)).toBe(true);
    expect(container.hidden).toBe(true);
    expect(collectText(document.body).text).not.toContain('Claim check:');
  });

  test('one description per claim and stance, shared between marks', () => {
    const factory = createMarkFactory(document);
    const a = factory.create(claim, 'asserts', 0, 0);
    const b = factory.create(claim, 'asserts', 1, 0);
    const c = factory.create(claim, 'disputes', 2, 0);
    expect(a.getAttribute('aria-describedby')).toBe(b.getAttribute('aria-describedby'));
    expect(c.getAttribute('aria-describedby')).not.toBe(a.getAttribute('aria-describedby'));
    expect(document.getElementById(DESCRIPTIONS_ID)!.children).toHaveLength(2);
    expect(document.getElementById(c.getAttribute('aria-describedby')!)!.textContent).toContain('disputes');
  });

  test('dispose() removes the descriptions; new marks recreate them', () => {
    const factory = createMarkFactory(document);
    factory.create(claim, 'hedges', 0, 0);
    expect(document.getElementById(DESCRIPTIONS_ID)).not.toBeNull();
    factory.dispose();
    expect(document.getElementById(DESCRIPTIONS_ID)).toBeNull();
    const mark = factory.create(claim, 'hedges', 0, 0);
    expect(document.getElementById(mark.getAttribute('aria-describedby')!)).not.toBeNull();
  });

  test('a description removed by the page is recreated', () => {
    const factory = createMarkFactory(document);
    factory.create(claim, 'asserts', 0, 0);
    document.getElementById(DESCRIPTIONS_ID)!.remove();
    const mark = factory.create(claim, 'asserts', 1, 0);
    expect(document.getElementById(mark.getAttribute('aria-describedby')!)).not.toBeNull();
  });
});
