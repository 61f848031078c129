import { describe, expect, test } from 'vitest';
import { candidateWindows, MAX_QUESTION_REACH, MAX_REACH, MAX_WINDOW, sentenceStarts, sentenceWindow } from '../../../src/engine/windows';

/** The text of the window around the first occurrence of `word`, trimmed. */
function windowText(text: string, word: string): string {
  const w = sentenceWindow(text, text.indexOf(word));
  return text.slice(w.start, w.end).trim();
}

describe('engine/windows', () => {
  // A window is the hit's sentence and the next one in the same block (for "It ..." references).
  test.each([
    ['First one. Massage helps. Last one.', 'Massage helps. Last one.'],
    ['Is it so. Massage helps! Yes. More.', 'Massage helps! Yes.'],
    // A short question just before takes part: it may name the problem massage is offered for.
    ['Is it true? Massage helps! Yes. More.', 'Is it true? Massage helps! Yes.'],
    ['First one. Back pain? Try a massage. Next. More.', 'Back pain? Try a massage. Next.'],
    ['Back pain?\nTry a massage. Next.', 'Try a massage. Next.'],
    ['Heading\nMassage helps the back\nNext block', 'Massage helps the back'],
    ['Dr. Smith says massage helps. Next. More.', 'Dr. Smith says massage helps. Next.'],
    ['See Fig. 3 where massage helps. Next. More.', 'See Fig. 3 where massage helps. Next.'],
    ['Seen e.g. when massage helps. Next. More.', 'Seen e.g. when massage helps. Next.'],
    ['J. Smith said massage helps. Next. More.', 'J. Smith said massage helps. Next.'],
    ['Version 2.5 says massage helps. Next. More.', 'Version 2.5 says massage helps. Next.'],
    ['massage helps', 'massage helps'],
  ])('%j -> %j', (text, expected) => {
    expect(windowText(text, 'massage') || windowText(text, 'Massage')).toBe(expected);
  });

  test('a question longer than MAX_QUESTION_REACH is not taken in', () => {
    const question = `${'word '.repeat(MAX_QUESTION_REACH / 5)}pain?`;
    expect(windowText(`Intro. ${question} Try a massage.`, 'massage')).toBe('Try a massage.');
    expect(windowText(`Back pain? Try a massage.`, 'massage')).toBe('Back pain? Try a massage.');
  });

  test('a window never crosses a newline', () => {
    const text = 'aaa massage bbb\nccc';
    const w = sentenceWindow(text, 4);
    expect(w).toEqual({ start: 0, end: text.indexOf('\n') });
  });

  test('the terminator is kept', () => {
    const text = 'One. Two massage. Three. Four.';
    const w = sentenceWindow(text, text.indexOf('massage'));
    expect(text[w.end - 1]).toBe('.');
    expect(text.slice(w.start, w.end)).toBe(' Two massage. Three.');
  });

  test('without sentence breaks, a window reaches at most MAX_REACH back and 2 x MAX_REACH forward', () => {
    const text = 'word '.repeat(2000);
    const hit = 5000;
    const w = sentenceWindow(text, hit);
    expect(w.start).toBe(hit - MAX_REACH);
    expect(w.end).toBeLessThanOrEqual(hit + 2 * MAX_REACH + 2);
    expect(w.end).toBeGreaterThanOrEqual(hit + MAX_REACH);
  });

  test('hits in one sentence give one window', () => {
    const text = 'Massage flushes toxins and massage relieves pain.';
    expect(candidateWindows(text, [0, text.indexOf('massage relieves')])).toEqual([{ start: 0, end: text.length }]);
  });

  test("a hit in the window's second sentence brings in the sentence after it", () => {
    const text = 'Spas are popular. Massage is known to ease stress. It also helps to decrease inflammation. The end.';
    const hits = [text.indexOf('Spas'), text.indexOf('Massage')];
    expect(candidateWindows(text, hits)).toEqual([{ start: 0, end: text.indexOf(' The end.') }]);
    // Without the second hit, the window stops after the first hit's next sentence.
    expect(candidateWindows(text, hits.slice(0, 1))).toEqual([{ start: 0, end: text.indexOf(' It also') }]);
  });

  test('every sentence start of a text, past blank lines and abbreviations', () => {
    const text = '  Dr. Lee says massage helps. It is calm!\n\nSleep better? Yes.';
    expect(sentenceStarts(text).map((i) => text.slice(i, i + 6))).toEqual(['Dr. Le', 'It is ', 'Sleep ', 'Yes.']);
    expect(sentenceStarts('')).toEqual([]);
    expect(sentenceStarts('   \n ')).toEqual([]);
  });

  test('adjacent sentences are merged into one window', () => {
    const text = 'Massage helps. Massage heals. Massage soothes.';
    const hits = [0, text.indexOf('Massage heals'), text.indexOf('Massage soothes')];
    expect(candidateWindows(text, hits)).toEqual([{ start: 0, end: text.length }]);
  });

  test('windows are not merged across a newline', () => {
    const text = 'Massage helps.\nMassage heals.';
    const windows = candidateWindows(text, [0, text.indexOf('Massage heals')]);
    expect(windows).toHaveLength(2);
    for (const w of windows) expect(text.slice(w.start, w.end)).not.toContain('\n');
  });

  test('separate sentences far apart stay separate windows', () => {
    const text = 'Massage helps. ' + 'Other words here. '.repeat(10) + 'Massage heals.';
    const windows = candidateWindows(text, [0, text.indexOf('Massage heals')]);
    expect(windows).toHaveLength(2);
  });

  test('merged windows are capped at MAX_WINDOW', () => {
    const sentence = 'Massage helps the back a lot today. ';
    const text = sentence.repeat(1000);
    const hits: number[] = [];
    for (let i = 0; i < text.length; i += sentence.length) hits.push(i);
    const windows = candidateWindows(text, hits);
    expect(windows.length).toBeGreaterThan(1);
    for (const w of windows) expect(w.end - w.start).toBeLessThanOrEqual(MAX_WINDOW);
    // Together they cover every hit, in order, without overlapping.
    for (const hit of hits) expect(windows.some((w) => w.start <= hit && hit < w.end)).toBe(true);
    for (let i = 1; i < windows.length; i++) expect(windows[i]!.start).toBeGreaterThanOrEqual(windows[i - 1]!.end);
  });

  test('no hits, no windows', () => {
    expect(candidateWindows('Massage helps.', [])).toEqual([]);
  });
});
