/** FAQ answers and rebuttals: a claim takes the side of the answer or rebuttal right after it. */
import { describe, expect, test } from 'vitest';
import { loadClaims } from '../../../src/claims/load';
import { createScanner } from '../../../src/engine/scanner';
import type { Stance } from '../../../src/engine/types';

const scanner = createScanner(loadClaims().bundle);
const stanceOf = (text: string, claim: string) => scanner.scan(text).matches.find((m) => m.claimId === claim)?.stance;

describe('engine/faq-answer', () => {
  test.each<[string, string, Stance]>([
    ['Does massage flush toxins?\nNo. There is no good evidence for it.', 'massage-flushes-toxins', 'disputes'],
    ['Q: Does massage flush toxins?\nA: No, it does not.', 'massage-flushes-toxins', 'disputes'],
    ['Can massage help back pain?\nYes, trials show short-term relief.', 'massage-relieves-back-pain', 'asserts'],
    ['Can massage help back pain? Yes. Several trials say so.', 'massage-relieves-back-pain', 'asserts'],
    ['Does massage flush toxins?\nProbably not: your liver and kidneys do that.', 'massage-flushes-toxins', 'disputes'],
    ['Does massage release endorphins?\nThe short answer is no.', 'massage-releases-endorphins', 'disputes'],
    ['Is my back pain caused by bad circulation? Almost certainly not — most back pain is mechanical.', 'poor-circulation-causes-back-pain', 'disputes'],
    // a fact-check's verdict decides its claim line
    ['CLAIM: Massage flushes toxins out of your body.\nVERDICT: False. There is no evidence for it.', 'massage-flushes-toxins', 'disputes'],
    ['Claim: massage relieves back pain. Our verdict: mostly true.', 'massage-relieves-back-pain', 'asserts'],
    ['CLAIM: Massage flushes toxins out of your body.\nRead on.', 'massage-flushes-toxins', 'hedges'],
    // anything but a plain yes or no leaves the question hedged
    ['Does massage boost circulation?\nIt depends on the study.', 'massage-boosts-circulation', 'hedges'],
    ['Can massage cure back pain? No doubt it helps some people.', 'massage-cures-back-pain', 'hedges'],
    ['Does massage release endorphins?\nNobody knows for sure.', 'massage-releases-endorphins', 'hedges'],
    // not a yes/no question: "Why" asks for reasons, and "No." answers nothing
    ['Why does massage flush toxins?\nNo. It does not.', 'massage-flushes-toxins', 'hedges'],
    // a plain yes or no settles the question even where the answer then states the claim itself
    ['Does massage boost circulation? Yes, massage boosts circulation in the skin for a while.', 'massage-boosts-circulation', 'asserts'],
    // a claim called wrong right after it, in its sentence or the next, is disputed
    ['Lots of clinics promise that massage flushes out toxins. This is simply not true.', 'massage-flushes-toxins', 'disputes'],
    ['Some people believe massage flushes toxins, but there is no evidence for this.', 'massage-flushes-toxins', 'disputes'],
    ['Massage flushes toxins.\nThat is a myth: your liver and kidneys do that.', 'massage-flushes-toxins', 'disputes'],
    ['Clinics say massage realigns the spine and flushes toxins. Neither is true.', 'massage-manipulates-spine', 'disputes'],
    ['Does massage flush toxins? Myth.', 'massage-flushes-toxins', 'disputes'],
    // a forum's "Reply:" labels the answer; "not in any way" says no
    ["Can a stiff neck cause lower back pain?\nReply: Not in any way that's been shown.", 'stiff-neck-causes-back-pain', 'disputes'],
    ['Does massage boost circulation?\nReply: Yes, in the skin, for a while.', 'massage-boosts-circulation', 'asserts'],
    // later in the next sentence, after a colon or a reporting verb; disbelief counts
    ["Spas say massage flushes toxins. Ask a scientist and you'll get a shrug: there's no good evidence for it.", 'massage-flushes-toxins', 'disputes'],
    ["My therapist says massage flushes toxins. My GP laughed and said that's not how the body works.", 'massage-flushes-toxins', 'disputes'],
    ["My masseuse says she is unblocking my chakras. I don't buy a word of it, but her hands are good.", 'energy-chakra-healing', 'disputes'],
    // a bare "nope" later in a sentence may answer anything; a qualification is still none
    ['Some say massage flushes toxins. I asked my GP about my knee and he said nope.', 'massage-flushes-toxins', 'hedges'],
    ['Massage relieves back pain. My physio said that is not true for everyone.', 'massage-relieves-back-pain', 'asserts'],
    // a qualification, an agreement or a rebuttal of something else is no rebuttal
    ['Massage relieves back pain. This is not true for everyone, though.', 'massage-relieves-back-pain', 'asserts'],
    ['Some say massage flushes toxins. That is true of saunas too, they say.', 'massage-flushes-toxins', 'hedges'],
    ['Some say massage flushes toxins, but the evidence is thin.', 'massage-flushes-toxins', 'hedges'],
    // the next item's "Myth:" label is no verdict on the sentence before it
    ['Massage relieves back pain for a while.\nMyth: massage flushes toxins.', 'massage-relieves-back-pain', 'asserts'],
    // the rebuttal answers what the sentence attributes to others, not what it states itself
    ['Massage eases back pain, and some say it flushes toxins. This is a myth.', 'massage-relieves-back-pain', 'asserts'],
    ['Massage eases back pain, and some say it flushes toxins. This is a myth.', 'massage-flushes-toxins', 'disputes'],
  ])('%j -> %s %s', (text, claim, stance) => {
    expect(stanceOf(text, claim)).toBe(stance);
  });
});

describe('engine/faq-answer: an answer that states the claim itself', () => {
  // The answer gets a mark of its own with its stance; the question, answered without a yes or no,
  // stays asked (as the blind page writers label it: the question hedges, the answer takes its side).
  test.each<[string, string, Stance[]]>([
    ['Can massage break down scar tissue?\nThere is no good evidence that massage breaks down scar tissue.', 'massage-breaks-scar-tissue', ['hedges', 'disputes']],
    ['Will massage flush toxins out of my muscles? Massage does not flush toxins out of your muscles.', 'massage-flushes-toxins', ['hedges', 'disputes']],
    ['Can massage flush toxins? Some say massage flushes toxins.', 'massage-flushes-toxins', ['hedges', 'hedges']],
  ])('%j', (text, claim, stances) => {
    expect(scanner.scan(text).matches.filter((m) => m.claimId === claim).map((m) => m.stance)).toEqual(stances);
  });
});

describe('engine/faq-answer: a fact-check rating after its question', () => {
  test.each<[string, string, Stance]>([
    ['1. Does massage detox your muscles? False\nNo study has found one.', 'massage-flushes-toxins', 'disputes'],
    ['2. Is most back pain caused by poor circulation? Mostly false\nFor most people no cause is found.', 'poor-circulation-causes-back-pain', 'disputes'],
    ['Two massages a week to ditch the painkillers? Misleading.', 'massage-reduces-medication-and-rest', 'disputes'],
    // On a line of its own, a bare rating may label what follows (a myth-and-fact card): the question stays asked.
    ['Does massage detox your muscles?\nFalse\nMassage feels good.', 'massage-flushes-toxins', 'hedges'],
  ])('%j', (text, claim, stance) => {
    expect(stanceOf(text, claim)).toBe(stance);
  });
});

describe('engine/how-often', () => {
  const found = (text: string) => scanner.scan(text).matches.map((m) => `${m.claimId}:${m.stance} [${m.text}]`);
  test.each<[string, string[]]>([
    ['How often should I get a massage?\nTwice a week to start, then weekly.', ['massage-frequency:asserts [Twice a week]']],
    ['How often should I get a massage for back pain? We recommend twice a week.', ['massage-frequency:asserts [We recommend twice a week]']],
    ['How many massage sessions will I need?\nMost clients need four sessions over six weeks.', ['massage-session-count:asserts [need four sessions over six weeks]']],
    ['How often should I get a massage?\nOnce a month is plenty for most people.', ['massage-frequency:disputes [Once a month is plenty]']],
    // an answer that names massage is read on its own, once
    ['How often should I get a massage?\nMassage twice a week is ideal.', ['massage-frequency:asserts [Massage twice a week]']],
  ])('the answer is read with the question\'s subject: %j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  test.each([
    'How often do you walk?\nTwice a week.',
    'How often should I get a massage?\nIt depends on what you need.',
    'Why do people get a massage?\nTwice a week is what most gyms suggest for training.',
  ])('nothing without a how-often question about massage: %j', (text) => {
    expect(scanner.scan(text).matches).toEqual([]);
  });
});
