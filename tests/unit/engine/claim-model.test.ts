/**
 * The claim model (a learned fallback to the patterns): its features, what it reports and where,
 * and that the scanner asks it only on texts about back pain.
 */
import { describe, expect, test } from 'vitest';
import { loadClaims } from '../../../src/claims/load';
import { modelFeatures, modelHits, modelStance, modelTopicMentions, runtimeModel, stemOf, type ClaimModel } from '../../../src/engine/claim-model';
import { createScanner } from '../../../src/engine/scanner';
import { sentencesOf } from '../../../src/engine/tokenize';

const tokens = (text: string) => sentencesOf(text, 0)[0]!.tokens;

/** A hand-made model: "relief" with "relief fades" says claim a; "toxin" says claim b. */
const TOY: ClaimModel = {
  claims: ['a', 'b'],
  bias: [-3, -3],
  weights: { relief: [0, 3], relief_fad: [0, 2], toxin: [1, 5], massag: [0, 0.2, 1, 0.2] },
  threshold: 0.8,
  // "slow" says a text making claim b disputes it.
  disputes: { bias: [0, -2], weights: { slow: [1, 4] } },
  disputeThreshold: 0.8,
};

describe('engine/claim-model', () => {
  test('stems pool the forms of a word, and leave short words alone', () => {
    expect(['massage', 'massages', 'massaged', 'massaging'].map(stemOf)).toEqual(['massag', 'massag', 'massag', 'massag']);
    expect(['relieves', 'relieved', 'relieve'].map(stemOf)).toEqual(['reliev', 'reliev', 'reliev']);
    expect(['is', 'was', 'less', "body's"].map(stemOf)).toEqual(['is', 'was', 'less', 'body']);
  });

  test('features are words and word pairs, each with the tokens it stands on', () => {
    const f = modelFeatures(tokens('The relief fades.'));
    expect([...f.keys()]).toEqual(['the', 'relief', 'the_relief', 'fad', 'relief_fad']);
    expect(f.get('relief_fad')).toEqual([1, 2]);
  });

  test('a claim is reported above the threshold, its span on the words that weigh for it', () => {
    const model = runtimeModel(TOY);
    const hits = modelHits(model, tokens('A massage gave me relief, fades by Friday.'), () => false);
    expect(hits.map((h) => h.claim)).toEqual(['a']);
    expect(hits[0]!.probability).toBeGreaterThan(0.8);
    // "relief" and "relief fades" weigh, "massage" (0.2) does not: the span is "relief, fades".
    expect(hits[0]!.hit).toMatchObject({ from: 4, to: 6, literal: [4, 5], gapWords: 0 });
    expect(modelHits(model, tokens('A massage gave me relief.'), () => false)).toEqual([]);
    expect(modelHits(model, tokens('Toxins, relief fades.'), (claim) => claim === 'a').map((h) => h.claim)).toEqual(['b']);
  });

  test('a claim with a threshold of its own is reported from that probability, the others from the default', () => {
    const sentence = tokens('A massage gave me relief, fades by Friday.');
    // Claim a is at 0.90 here: under a threshold of 0.95 it is not reported; claim b's own threshold does not move a.
    expect(modelHits(runtimeModel({ ...TOY, claimThresholds: { a: 0.95 } }), sentence, () => false)).toEqual([]);
    expect(modelHits(runtimeModel({ ...TOY, claimThresholds: { b: 0.99 } }), sentence, () => false).map((h) => h.claim)).toEqual(['a']);
    expect(modelHits(runtimeModel({ ...TOY, threshold: 0.95, claimThresholds: { a: 0.85 } }), sentence, () => false).map((h) => h.claim)).toEqual(['a']);
  });

  test('each hit carries the odds that its sentence disputes the claim, which decide its stance when sure', () => {
    const model = runtimeModel(TOY);
    const [hit] = modelHits(model, tokens('Toxins slow down, they say.'), () => false);
    expect(hit!.claim).toBe('b');
    expect(hit!.disputeProbability).toBeGreaterThan(0.8);
    expect(modelHits(model, tokens('Toxins, they say.'), () => false)[0]!.disputeProbability).toBeLessThan(0.2);
    // Sure it disputes: disputes; very sure it does not: a read denial is an idiom; else: as read.
    expect(modelStance(model, 'hedges', 0.9)).toBe('disputes');
    expect(modelStance(model, 'disputes', 0.01)).toBe('asserts');
    expect(modelStance(model, 'disputes', 0.1)).toBe('disputes');
    expect(modelStance(model, 'hedges', 0.01)).toBe('hedges');
  });

  test('words that are also names of object properties are only words', () => {
    const model = runtimeModel({ ...TOY, weights: { ...TOY.weights } });
    expect(modelHits(model, tokens('The constructor of the toString method has a __proto__ and a hasOwnProperty.'), () => false)).toEqual([]);
  });

  describe('in the scanner', () => {
    const { bundle } = loadClaims();
    const withModel = createScanner(bundle);
    const withoutModel = createScanner({ ...bundle, model: undefined });
    const claimsIn = (scanner: typeof withModel, text: string) => scanner.scan(text).matches.map((m) => `${m.claimId}/${m.stance}`);
    // No pattern reads "bought me ... of relief": only a model finds the claim there (the synthetic one below).
    const sentence = 'Each massage bought me about three days of relief, and then I went back to the office.';
    const opening = 'I have had back pain for years. Back pain at work, back pain at night.';
    const aboutBackPain = `${opening}\n\n${sentence}`;
    // Nor these, some of which the shipped model reads as relief. Which ones moves with each retraining (each was
    // a borderline case at some point: "bought me about three days of relief" until session 37, "gave me about three
    // days of relief before it crept back" until session 39), so the tests ask for at least one, not for a given one.
    const reliefWordings = [
      'A massage gives me about three days of relief every time.',
      'My weekly massage gives me a few good days of relief.',
      'Each massage gave me about three days of relief.',
      'After a massage I get a good week of relief.',
      'Every massage buys me a couple of days of relief.',
      'The massages gave me a welcome spell of relief each month.',
      'Monthly massages have given me real relief this year.',
    ].map((s) => `${opening}\n\n${s}`);
    const readByShippedModel = reliefWordings.filter((text) => claimsIn(withModel, text).includes('massage-relieves-back-pain/asserts'));

    test('the shipped bundle carries the model', () => {
      expect(bundle.model?.claims.length).toBe(bundle.claims.length);
    });

    test('on a text about back pain it finds what no pattern does', () => {
      expect(claimsIn(withoutModel, aboutBackPain)).toEqual([]);
      for (const text of reliefWordings) expect(claimsIn(withoutModel, text)).toEqual([]);
      expect(readByShippedModel.length).toBeGreaterThan(0);
    });

    /**
     * A bundle whose model weighs only "relief" (and "bought", "buy") for the relief claim: what the
     * scanner does with a model's hit, apart from what the shipped model happens to have learnt.
     */
    const reliefModel = (): ClaimModel => {
      const claims = bundle.model!.claims;
      const c = claims.indexOf('massage-relieves-back-pain');
      return {
        claims,
        bias: claims.map(() => -3),
        weights: { relief: [c, 6], bought: [c, 1], buy: [c, 1] },
        threshold: 0.8,
        disputes: { bias: claims.map(() => 0), weights: {} },
        disputeThreshold: 0.8,
      };
    };
    const withReliefModel = createScanner({ ...bundle, model: reliefModel() });

    test('it is not asked on a text about something else, nor on a heading-sized sentence', () => {
      expect(claimsIn(withModel, sentence)).toEqual([]);
      expect(claimsIn(withReliefModel, sentence)).toEqual([]);
      // A menu entry the model, asked, would read as the relief claim.
      const entry = 'Relief for sore backs';
      expect(modelHits(runtimeModel(reliefModel()), tokens(entry), () => false).map((h) => h.claim)).toEqual(['massage-relieves-back-pain']);
      expect(claimsIn(withReliefModel, `${opening}\n\n${entry}.`)).toEqual([]);
      expect(claimsIn(withReliefModel, `${opening}\n\n${entry}, every day of the week.`)).toEqual(['massage-relieves-back-pain/asserts']);
    });

    test('a text that names massage in the kitchen sense is no text about the topic', () => {
      const sidebar = 'People who are active also tend to sleep better and report lower levels of stress, which matters for your heart.';
      expect(modelHits(runtimeModel(bundle.model!), tokens(sidebar), () => false).map((h) => h.claim)).toContain('massage-relieves-stress-sleep');
      const blog = `Massage the kale with oil. Massage it for two minutes: a good massage softens the leaves.\n\n${sidebar}`;
      expect(claimsIn(withModel, blog)).toEqual([]);
    });

    test('nor a long text that names massage once in each of many short parts', () => {
      const sidebar = 'People who are active also tend to sleep better and report lower levels of stress, which matters for your heart.';
      const part = `Give the kale a good massage before dinner; it softens the leaves and takes a minute. ${sidebar}`;
      expect(claimsIn(withModel, [part, part, part].join('\n\n'))).toContain('massage-relieves-stress-sleep/asserts');
      // Ten such parts among pages of other news: ten mentions in some 33,000 characters.
      const news = 'The market opens at nine and closes at five on weekdays. '.repeat(56);
      const long = Array.from({ length: 10 }, () => `${part}\n\n${news}`).join('\n\n');
      expect(modelTopicMentions(long, 3)).toBeGreaterThan(10);
      expect(claimsIn(withModel, long)).toEqual([]);
    });

    test('for a claim stated in the negative, the negation around its match is the claim\'s own', () => {
      const text = `${opening}\n\nNeither heat nor massage replaces a proper check-up if the pain is severe.`;
      expect(claimsIn(withoutModel, text)).toEqual([]);
      expect(claimsIn(withModel, text)).toEqual(['massage-not-replacement-for-care/asserts']);
    });

    test('its dispute odds turn a finding against the claim into a dispute, where no negation says so', () => {
      // "helped about as much as deeper work" is the only-deep claim's opposite: no "not" in it.
      const text = `${opening}\n\nIn a large trial, relaxing Swedish massage helped people with chronic back pain about as much as deeper structural work.`;
      const noDisputes = createScanner({ ...bundle, model: { ...bundle.model!, disputes: { bias: bundle.model!.claims.map(() => 0), weights: {} } } });
      expect(claimsIn(withoutModel, text)).not.toContain('only-deep-massage-works/disputes');
      expect(claimsIn(noDisputes, text)).toContain('only-deep-massage-works/asserts');
      expect(claimsIn(withModel, text)).toContain('only-deep-massage-works/disputes');
    });

    test("an item under a myths intro lends its stance to the model's match too", () => {
      expect(readByShippedModel.length).toBeGreaterThan(0);
      for (const text of readByShippedModel) {
        const myths = text.replace('\n\n', '\n\nMassage myths we hear every week:\n- ');
        expect(claimsIn(withoutModel, myths)).toEqual([]);
        expect(claimsIn(withModel, myths)).toContain('massage-relieves-back-pain/disputes');
        expect(claimsIn(withModel, myths)).not.toContain('massage-relieves-back-pain/asserts');
      }
    });

    test("its match's stance is read from the words around it", () => {
      const denied = aboutBackPain.replace(sentence, 'The massages did not buy me a single day of relief, and the ache kept creeping back.');
      expect(claimsIn(withoutModel, denied)).toEqual([]);
      expect(claimsIn(withReliefModel, denied)).toEqual(['massage-relieves-back-pain/disputes']);
      expect(claimsIn(withReliefModel, aboutBackPain)).toEqual(['massage-relieves-back-pain/asserts']);
    });
  });
});
