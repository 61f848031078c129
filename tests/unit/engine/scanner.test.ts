import { describe, expect, test } from 'vitest';
import { loadClaims } from '../../../src/claims/load';
import { createScanner } from '../../../src/engine/scanner';

const scanner = createScanner(loadClaims().bundle);

describe('engine/scanner', () => {
  test.each([
    ['Massage helps your body flush out toxins.', 'massage-flushes-toxins', 'asserts'],
    ["Massage doesn't flush toxins.", 'massage-flushes-toxins', 'disputes'],
    ['There is no evidence that massage flushes toxins.', 'massage-flushes-toxins', 'disputes'],
    ['Some therapists believe massage may flush toxins.', 'massage-flushes-toxins', 'hedges'],
  ])('%s -> %s %s', (text, claim, stance) => {
    const found = scanner.scan(text).matches.find((m) => m.claimId === claim);
    expect(found?.stance).toBe(stance);
  });

  test('a claim that says more precisely what a sentence says overrides the broader one there', () => {
    const claims = (text: string) => scanner.scan(text).matches.map((m) => m.claimId);
    // only-deep-massage-works overrides massage-relieves-back-pain (claim file's `overrides`).
    expect(claims('Swedish massage is too superficial to help a bad back; you need deep tissue work.')).toEqual(['only-deep-massage-works']);
    // A claim found by its opposite overrides nothing: the sentence disputes it, and asserts the broader claim.
    expect(claims('In the trial, relaxation massage helped back pain as much as structural massage did.').sort()).toEqual([
      'massage-relieves-back-pain',
      'only-deep-massage-works',
    ]);
    // A comparison with other treatments, and relief explained by less blood flow, are the narrower claims' own.
    expect(claims('Honestly, two massages did more for my back than a whole course of acupuncture.')).toEqual(['massage-beats-other-treatments']);
    expect(claims('By restricting blood flow to the sore spot, the massage helps to numb the pain.')).toEqual(['massage-reduces-blood-flow']);
    // Heat named beside massage does not override it: both may ease the back.
    expect(claims('A heat pack beforehand and a massage afterwards both help relieve my back pain.').sort()).toEqual([
      'heat-cold-relieve-back-pain',
      'massage-relieves-back-pain',
    ]);
    // Another sentence of the same text keeps its own claim.
    expect(claims('Swedish massage is too superficial to help a bad back. Massage relieves back pain.')).toEqual([
      'only-deep-massage-works',
      'massage-relieves-back-pain',
    ]);
  });

  test("relief another treatment brings is not read as massage's where the sentence does not name massage", () => {
    const page = 'Massage therapy and back pain. Massage is a popular treatment for back pain. ';
    const claims = (sentence: string) => scanner.scan(page + sentence).matches.filter((m) => m.start >= page.length).map((m) => m.claimId).sort();
    // The claim model reads "takes the edge off ... lower back" as relief; the heat's pattern says whose.
    expect(claims('A wheat bag is my best friend: twenty minutes of warmth across my lower back takes the edge off better than any tablet did.')).toEqual([
      'heat-cold-relieve-back-pain',
    ]);
  });

  test.each([
    ['Skip the doctor and book a massage.', 'disputes'],
    ['Get a massage instead of seeing a doctor.', 'disputes'],
    ["Don't get a massage instead of seeing a doctor.", 'asserts'],
    ['It is not true that you should get a massage instead of seeing a doctor.', 'asserts'],
    ['Who needs a doctor when you have a good massage therapist?', 'hedges'],
    ['Massage should never replace proper medical care.', 'asserts'],
  ])("a wording of the claim's opposite (claim file's `opposites`) turns the stance round: %s -> %s", (text, stance) => {
    const found = scanner.scan(text).matches.find((m) => m.claimId === 'massage-not-replacement-for-care');
    expect(found?.stance).toBe(stance);
  });

  test.each<[string, boolean]>([
    ['You may also want to discuss massage with your doctor.', true],
    ["It's worth mentioning massage to your GP.", true],
    // what people did, reported: no advice
    ['The 54 percent were the small group who had discussed massage with a doctor.', false],
  ])('advice to discuss massage with a doctor is the caution, a report of it is not: %s', (text, caution) => {
    expect(scanner.scan(text).matches.some((m) => m.claimId === 'massage-not-replacement-for-care')).toBe(caution);
  });

  test.each<[string, string, string, number]>([
    ['no anchor word', 'The river rose after three days of rain.', 'no-candidates', 0],
    ['an anchor word, but no window passing stage 2', 'We booked a massage for Saturday.', 'no-candidates', 0],
    ['a candidate sentence', 'Massage flushes toxins.', 'complete', 1],
  ])('outcome with %s: %s', (_name, text, outcome, sentences) => {
    const result = scanner.scan(text);
    expect(result.outcome).toBe(outcome);
    expect(result.sentences).toBe(sentences);
  });
});

describe('engine/scanner: pronouns', () => {
  const claimsOf = (text: string) => scanner.scan(text).matches.map((m) => `${m.claimId}:${m.stance}`);
  test.each([
    ["Massage is popular. It's also said to flush toxins.", 'massage-flushes-toxins:hedges'],
    ['Massage is popular. It’s known to flush toxins.', 'massage-flushes-toxins:asserts'],
    ["Massage is popular. It'll flush toxins too.", 'massage-flushes-toxins:asserts'],
    ["Massages are popular. They're also said to flush toxins.", 'massage-flushes-toxins:hedges'],
    ['Massage sessions are popular. They are known to flush toxins.', 'massage-flushes-toxins:asserts'],
    ['Regular massages are relaxing, and they may ease back pain.', 'massage-relieves-back-pain:hedges'],
    // massage joined to a plural by "and": "they" takes it in
    ['Massage and other hands-on treatments are popular, but they work best as part of a plan that includes exercise.', 'massage-best-combined:asserts'],
    // a demonstrative noun for the massage just named
    ['Treat yourself to a massage. This treatment releases endorphins.', 'massage-releases-endorphins:asserts'],
  ])('%s', (text, expected) => {
    expect(claimsOf(text)).toContain(expected);
  });

  test.each([
    // "they" needs a plural mention of massage, with no other plural noun in between.
    'Massage therapists are popular. They are known to flush toxins.',
    'Massages relax tight muscles. They also flush toxins.',
    'She massages clients daily. They flush toxins.',
    'A massage is relaxing. They say saunas flush toxins.',
    'Saunas are popular. They are known to flush toxins.',
    // a plural after "and" in another phrase is not joined to massage
    'I get a massage and my saunas, and the muscles are warm. They are known to flush toxins.',
    "Saunas are popular. It's known to flush toxins.",
    'Saunas are popular. This treatment releases endorphins.',
    // "the treatment" may be another one than the massage named before
    'I had a massage, then acupuncture. The treatment releases endorphins.',
  ])('no claim: %s', (text) => {
    expect(claimsOf(text)).toEqual([]);
  });
});

describe('engine/scanner: massage named outside the window', () => {
  const claimsOf = (text: string) => scanner.scan(text).matches.map((m) => `${m.claimId}:${m.stance}`);
  const ABOUT_MASSAGE = 'Our massage studio opened in May.\n\nA massage lasts an hour.\n\nBook a massage online.\n\n';

  test('"it" at the start of a window takes massage from the sentence just before it, in the block above', () => {
    expect(claimsOf('Is massage safe?\nMostly, but skip it if you have a fever or an infection.')).toContain('massage-contraindications:asserts');
    expect(claimsOf('Is a sauna safe?\nMostly, but skip it if you have a fever or an infection.')).toEqual([]);
    // A plain sentence ending the paragraph above is not enough: there "it" is the shower.
    expect(claimsOf('Before your massage, take a warm shower.\n\nIt boosts circulation.')).toEqual([]);
    expect(claimsOf('Is massage good for you?\n\nIt boosts circulation.')).toContain('massage-boosts-circulation:asserts');
  });

  test.each([
    ['Regular sessions boost circulation.', 'massage-boosts-circulation:asserts'],
    ['Every session also triggers a wave of endorphins.', 'massage-releases-endorphins:asserts'],
    ['Sessions do not flush toxins, whatever the leaflets say.', 'massage-flushes-toxins:disputes'],
    ['Skip your appointment if you have a fever or an infection.', 'massage-contraindications:asserts'],
  ])('on a page about massage, a bare session or appointment is the massage: %s', (sentence, expected) => {
    expect(claimsOf(ABOUT_MASSAGE + sentence)).toContain(expected);
    // The same sentence where massage is named only once is not read as massage's.
    expect(claimsOf(`Book a massage online.\n\n${sentence}`)).toEqual([]);
  });

  test('a massage chair, gun or oil is no mention of massage, above a window or towards the topic', () => {
    const aboutChairs = 'Our new massage chair is here.\n\nEach massage chair has ten programmes.\n\nSee the massage chairs in store.\n\n';
    expect(claimsOf(`${aboutChairs}Regular sessions boost circulation.`)).toEqual([]);
    expect(claimsOf('Is a massage chair good for you?\n\nIt boosts circulation.')).toEqual([]);
  });

  test.each([
    'Physio sessions boost circulation.',
    'Yoga sessions boost circulation.',
    'A session of acupuncture boosts circulation.',
    'Sessions with a physiotherapist boost circulation.',
    'Physio appointments boost circulation.',
    'Skip your appointment with the dentist if you have a fever or an infection.',
    'Skip your appointment at the gym if you have a fever or an infection.',
  ])('a session of another kind stays its own, even on a page about massage: %s', (sentence) => {
    expect(claimsOf(ABOUT_MASSAGE + sentence)).toEqual([]);
  });
});

describe('engine/scanner: a sentence that leaves its subject out, after one that names massage', () => {
  const claimsOf = (text: string) => scanner.scan(text).matches.map((m) => `${m.claimId}:${m.stance}:${text.slice(m.start, m.end)}`);

  test.each([
    ['Massage is the only thing that has ever helped my lower back. Not a cure, but a solid three or four days of relief every time.', 'massage-cures-back-pain:disputes:Not a cure'],
    ['Booked a massage last week with Anna. Really helps me sleep.', 'massage-relieves-stress-sleep:asserts:Really helps me sleep'],
    ['I swear by massage. Flushes out the toxins after a long run.', 'massage-flushes-toxins:asserts:Flushes out the toxins'],
  ])('is read with the massage in front: %s', (text, expected) => {
    expect(claimsOf(text).some((m) => m.startsWith(expected))).toBe(true);
  });

  test.each([
    // The writer's own doing, not the massage's.
    'Went for a massage on Friday. Slept like a log.',
    // The sentence before names something else.
    'I love my physio. Helps me sleep better.',
    'Yoga is great. Not a cure, but it helps me sleep.',
  ])('is left alone otherwise: %s', (text) => {
    expect(claimsOf(text)).toEqual([]);
  });
});

describe('engine/scanner: wordings from the last round', () => {
  const stanceOf = (text: string, claim: string) => scanner.scan(text).matches.find((m) => m.claimId === claim)?.stance;
  const CARE = 'massage-not-replacement-for-care';
  test.each<[string, string, string | undefined]>([
    ['Massage may help, but check with your rheumatologist before you book.', CARE, 'asserts'],
    ["Massage won't hurt, but see your doctor first.", CARE, 'asserts'],
    // Look-alikes: no "but", or a past-tense report.
    ['I had a massage, then asked the specialist before the surgery about my knee.', CARE, undefined],
    ['Massage therapists are not doctors, so see your GP first.', CARE, undefined],
    ['Poor blood flow to the spine is one of the most common reasons for lower back pain.', 'poor-circulation-causes-back-pain', 'asserts'],
    ['Poor circulation in the feet is one of the signs of diabetes, and back pain is common too.', 'poor-circulation-causes-back-pain', undefined],
    // Carrying a load, not carrying out a task; "carried out by a qualified therapist" stays the caution's.
    ['Twenty years of carrying plasterboard did my back in.', 'posture-lifting-sitting-cause', 'asserts'],
    ['Carrying out the checks twice a day did my back in.', 'posture-lifting-sitting-cause', undefined],
    ['Every session should be carried out by a qualified therapist.', 'use-licensed-therapist', 'asserts'],
  ])('%s -> %s %s', (text, claim, stance) => {
    expect(stanceOf(text, claim)).toBe(stance);
  });
});

describe('engine/scanner: rest as a comparison, not bed rest', () => {
  const claimsOf = (text: string) => scanner.scan(text).matches.map((m) => m.claimId);
  test.each([
    'One study found that massage after exercise actually reduced muscle blood flow compared with rest.',
    'Massage reduced soreness a little versus rest in the trial.',
  ])('%s', (sentence) => {
    expect(claimsOf(sentence)).not.toContain('massage-reduces-medication-and-rest');
  });
  test('massage that cuts bed rest is still found', () => {
    expect(claimsOf('Massage helps cut down on bed rest.')).toContain('massage-reduces-medication-and-rest');
  });
});

describe('engine/scanner: of two hits of one claim, the one whose own words hold the negation', () => {
  const stanceOf = (text: string) => scanner.scan(text).matches.find((m) => m.claimId === 'massage-not-replacement-for-care')?.stance;
  test.each([
    'Anyone with severe pain should see a doctor first, because massage is not a replacement for medical care.',
    'Check with your GP first, because massage can not take the place of proper medical treatment.',
  ])('%s', (text) => {
    expect(stanceOf(text)).toBe('asserts');
  });
  test('a denial no later hit explains still disputes', () => {
    expect(stanceOf("You don't need to see a doctor first, just book a massage.")).toBe('disputes');
  });
});
