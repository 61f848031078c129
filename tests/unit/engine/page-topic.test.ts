import { describe, expect, test } from 'vitest';
import { createMentionFinder, TOPIC_MENTIONS } from '../../../src/engine/page-topic';

describe('engine/page-topic', () => {
  const finder = createMentionFinder(['massage', 'massages', 'reflexology']);

  test('names massage as a whole word, in any case', () => {
    expect(finder.names('Is Massage safe?')).toBe(true);
    expect(finder.names('Two massages a month')).toBe(true);
    expect(finder.names('a massager for the neck')).toBe(false);
    expect(finder.names('The studio is open late.')).toBe(false);
  });

  test('a text is about massage therapy from as many mentions of the therapy, not of the verb with its object', () => {
    const kitchen = 'Massage the kale with oil. Massage it for two minutes, then massage in the lemon. A good massage softens it.';
    expect(finder.isTopicOf(kitchen)).toBe(true);
    expect(finder.isTherapyTopicOf(kitchen)).toBe(false);
    const spa = 'Book a massage today. Our massages ease tension. Reflexology is popular too.';
    expect(finder.isTherapyTopicOf(spa)).toBe(true);
    expect(finder.isTherapyTopicOf(spa)).toBe(true);
  });

  test(`a text is about massage from ${TOPIC_MENTIONS} mentions on`, () => {
    const mentions = (n: number) => Array.from({ length: n }, (_, i) => (i % 2 ? 'A massage helps.' : 'Reflexology is popular.')).join(' ');
    expect(finder.isTopicOf(mentions(TOPIC_MENTIONS - 1))).toBe(false);
    expect(finder.isTopicOf(mentions(TOPIC_MENTIONS))).toBe(true);
    // Repeated calls start over: the expression's position is reset.
    expect(finder.isTopicOf(mentions(TOPIC_MENTIONS))).toBe(true);
    expect(finder.isTopicOf('massage')).toBe(false);
  });

  test('without mention words nothing is named', () => {
    const none = createMentionFinder([]);
    expect(none.names('massage')).toBe(false);
    expect(none.isTopicOf('massage massage massage')).toBe(false);
  });
});

describe('engine/page-topic: devices', () => {
  const finder = createMentionFinder(['massage', 'massages'], ['chair', 'chairs', 'oil']);
  test("a device's name is no mention of massage", () => {
    expect(finder.names('Is a massage chair safe?')).toBe(false);
    expect(finder.names('Massage oil, 200 ml')).toBe(false);
    expect(finder.names('Is massage safe in a chair?')).toBe(true);
    expect(finder.isTopicOf('massage chair, massage chairs, massage oil, massage')).toBe(false);
    expect(finder.isTopicOf('massage chair, massage, massages, massage')).toBe(true);
  });
});
