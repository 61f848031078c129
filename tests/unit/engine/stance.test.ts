/** Stance as the scanner reports it with the real claims. */
import { describe, expect, test } from 'vitest';
import { loadClaims } from '../../../src/claims/load';
import { createScanner } from '../../../src/engine/scanner';
import { stanceOf } from '../../../src/engine/stance';
import { sentencesOf } from '../../../src/engine/tokenize';
import type { Stance } from '../../../src/engine/types';

const { bundle } = loadClaims();
const scanner = createScanner(bundle);
/** The rules alone, without the stance model's second opinion (stance-model.ts). */
const rules = createScanner({ ...bundle, model: bundle.model && { ...bundle.model, stance: undefined } });

function stanceFor(text: string, claim: string, by = scanner): Stance | undefined {
  return by.scan(text).matches.find((m) => m.claimId === claim)?.stance;
}

const TOXINS = 'massage-flushes-toxins';
const RELIEVES = 'massage-relieves-back-pain';
const CIRCULATION = 'massage-boosts-circulation';

describe('engine/stance', () => {
  test.each<[string, string, Stance]>([
    // giving a claim up, or telling others to, disputes it; so does scorn for it
    ['I stopped telling clients that massage flushes toxins.', TOXINS, 'disputes'],
    ['I was taught in school that massage flushes out toxins, and I stopped saying it years ago.', TOXINS, 'disputes'],
    ['Day spa told to stop claiming massage removes toxins', TOXINS, 'disputes'],
    ['He laughs at the idea, popular on dance forums, that massage releases the toxins built up by hard training.', TOXINS, 'disputes'],
    // a denied giving-up affirms: the writer's own claim asserts, someone else's hedges
    ["I'll never stop believing that massage eases back pain.", RELIEVES, 'asserts'],
    ['I will not stop telling people that massage eases back pain.', RELIEVES, 'asserts'],
    ['My aunt will never stop believing that a good massage flushes the toxins out of your muscles.', TOXINS, 'hedges'],
    // a threat after "or" belongs to a condition, not to the claim
    ["My massage therapist says I need to come twice a week or it won't work.", 'massage-frequency', 'hedges'],
    ['You need a massage twice a week or it will not hold.', 'massage-frequency', 'asserts'],
    // an open question ("ask whether", "wanted to know if") hedges; a capability or a condition does not
    ['In this episode we ask whether massage can really flush toxins.', TOXINS, 'hedges'],
    ['Researchers wanted to know if massage improves blood circulation.', CIRCULATION, 'hedges'],
    ["It's unclear whether massage relieves back pain.", RELIEVES, 'hedges'],
    ['We looked at whether massage boosts circulation.', CIRCULATION, 'hedges'],
    ['An x-ray shows whether your vertebrae are out of alignment.', 'xray-diagnoses-subluxation', 'asserts'],
    // calling a claim oversold or beyond the evidence disputes it
    ['Anyone selling massage as a cure for back pain is overselling it.', 'massage-cures-back-pain', 'disputes'],
    ['Claims that massage flushes toxins go beyond the evidence.', TOXINS, 'disputes'],
    ['Claims that massage flushes toxins have little supporting evidence.', TOXINS, 'disputes'],
    // attribution verbs that have everyday senses hedge before "that" only
    ['Practitioners hold that massage flushes toxins out of the muscles.', TOXINS, 'hedges'],
    ['Many therapists maintain that massage boosts circulation.', CIRCULATION, 'hedges'],
    ['To maintain good circulation, massage boosts circulation in the legs.', CIRCULATION, 'asserts'],
    // reported speech hedges: a leaflet saying, coaches stating, something heard or read, someone telling you
    ['My gym has a leaflet saying massage flushes toxins out of your muscles.', TOXINS, 'hedges'],
    ['Coaches frequently state that massage flushes toxins out of the muscle.', TOXINS, 'hedges'],
    ["I've heard that massage boosts circulation.", CIRCULATION, 'hedges'],
    ['You will often read that massage boosts circulation.', CIRCULATION, 'hedges'],
    ['A client tells you that massage flushes toxins out of her muscles.', TOXINS, 'hedges'],
    // "according to" a person or a seller hedges; according to a study or a review, the evidence speaks
    ['According to her, massage flushes toxins out of the muscles.', TOXINS, 'hedges'],
    ['According to the leaflet, massage boosts circulation.', CIRCULATION, 'hedges'],
    ['Massage boosts circulation in the skin, according to a small study.', CIRCULATION, 'asserts'],
    ['My therapist likes to tell me that massage boosts circulation.', CIRCULATION, 'hedges'],
    ['Most of her regulars tell her that massage boosts circulation.', CIRCULATION, 'hedges'],
    ['His clients often tell him massage flushes toxins out of the muscles.', TOXINS, 'hedges'],
    // cover that varies or depends on the plan is not promised
    ['Coverage by health insurance varies: some plans pay for massage when a physician prescribes it.', 'insurance-covers-massage', 'hedges'],
    ['Whether your insurance will pay for massage depends entirely on your plan.', 'insurance-covers-massage', 'hedges'],
    ['Most health insurance plans pay for massage when a physician prescribes it.', 'insurance-covers-massage', 'asserts'],
    // Cover that only some plans give: the claim holds for some, which is how its verdict reads.
    ['Only some private health insurance policies pay towards massage.', 'insurance-covers-massage', 'hedges'],
    ['A few cash plans refund part of the cost of a massage, so ring yours to check.', 'insurance-covers-massage', 'hedges'],
    ['My health insurance paid for ten massage sessions after my back injury.', 'insurance-covers-massage', 'asserts'],
    // ... but not the writer's own word, nor a sign that "tells you" something
    ['I can tell you that massage boosts circulation.', CIRCULATION, 'asserts'],
    ['If a spasm will not let go after a massage, that tells you the area is inflamed.', 'spasm-nonresponse-means-inflammation', 'asserts'],
    // words that name an object's own properties are plain words ("constructor" once crashed the reported-speech check)
    ['The constructor of this massage chair says massage flushes toxins out of the muscles.', TOXINS, 'hedges'],
    ['Massage flushes toxins out of the muscles, valueOf hasOwnProperty toString constructor.', TOXINS, 'asserts'],
    // a possessive negator still negates; "not shown" reaches across the clause like "not been shown"
    ["Knots aren't scar tissue, and nobody's fingers are breaking up real scar tissue anyway.", 'massage-breaks-scar-tissue', 'disputes'],
    ["The same goes for the idea that regular massage keeps you injury-free: trials of sports massage haven't shown it.", 'massage-prevents-injury', 'disputes'],
    // "did you know ...?" tells rather than asks; a hedge inside it still hedges, and other questions still only hedge
    ['Did you know that massage flushes toxins out of your muscles?', TOXINS, 'asserts'],
    ['Did you know that massage may flush toxins out of your muscles?', TOXINS, 'hedges'],
    ['did u know massage flushes toxins out of your muscles??', TOXINS, 'asserts'],
    ['Do you know whether massage flushes toxins out of your muscles?', TOXINS, 'hedges'],
    ['Does massage flush toxins out of your muscles?', TOXINS, 'hedges'],
    // doing as well as a sham or a placebo disputes the effect; better than one does not
    ['Massage worked as well as sham treatment for back pain.', RELIEVES, 'disputes'],
    ['In the trial, massage relieved back pain about as much as a sham massage did.', RELIEVES, 'disputes'],
    ['Massage relieved back pain better than sham treatment.', RELIEVES, 'asserts'],
    // "rarely", "seldom", "hardly" deny
    ['Massage rarely cures back pain.', 'massage-cures-back-pain', 'disputes'],
    ['X-rays rarely help to find a subluxation.', 'xray-diagnoses-subluxation', 'disputes'],
    // a negator right before a match that reaches across a semicolon
    ["You don't need to see a doctor first; just book a massage and go.", 'massage-not-replacement-for-care', 'disputes'],
    // "no more meds" celebrates; "reckons" attributes
    ['I cured my back pain with massage, no more meds, no more physio.', 'massage-cures-back-pain', 'asserts'],
    ['My therapist reckons massage flushes toxins.', TOXINS, 'hedges'],
    // the writer's own "I'd say" asserts; someone else's "says" still hedges
    ["I'd honestly say massage did more for my back than the chiropractor.", 'massage-beats-other-treatments', 'asserts'],
    ['My neighbour says massage did more for her back than the chiropractor.', 'massage-beats-other-treatments', 'hedges'],
    // the pain back "and then" disputes a cure; a negation before "and then" does not reach it
    ['Every massage gave me a good day or two of relief, and then the ache crept back.', 'massage-cures-back-pain', 'disputes'],
    ['The massages did not buy me a single day of relief, and then the ache crept back.', 'massage-cures-back-pain', 'disputes'],
    // "never been better" praises; "never been shown" denies
    ['My sleep has never been better since I started the monthly massage.', 'massage-relieves-stress-sleep', 'asserts'],
    ['Massage has never been shown to help back pain.', RELIEVES, 'disputes'],
    // others' conviction, blame and promises hedge; "X is to blame" is a verdict, not a report
    ['My aunt was convinced that massage flushes toxins out of the body.', TOXINS, 'hedges'],
    ['Plenty of trainers blame poor posture for back pain.', 'posture-lifting-sitting-cause', 'hedges'],
    ['Poor posture is to blame for most back pain.', 'posture-lifting-sitting-cause', 'asserts'],
    ['He promised that massage would flush toxins out of my muscles.', TOXINS, 'hedges'],
    ['My uncle is sure that massage flushes toxins out of his muscles.', TOXINS, 'hedges'],
    ['This massage is sure to flush toxins out of your muscles.', TOXINS, 'asserts'],
    ['The idea that massage flushes toxins is everywhere.', TOXINS, 'hedges'],
    ['The idea that massage flushes toxins is a myth.', TOXINS, 'disputes'],
    // a claim told as a theory or a tale hedges; so does an aside after it that puts it in someone else's mouth
    ['The theory goes that massage flushes toxins out of your muscles.', TOXINS, 'hedges'],
    ['Legend has it that massage breaks up scar tissue.', 'massage-breaks-scar-tissue', 'hedges'],
    ['In theory, massage boosts circulation.', CIRCULATION, 'hedges'],
    ['Massage flushes toxins out of your muscles, or so the brochure claims.', TOXINS, 'hedges'],
    ['Massage flushes toxins out of your muscles, apparently.', TOXINS, 'hedges'],
    ['Massage boosts circulation — if you believe the adverts.', CIRCULATION, 'hedges'],
    // a report the writer takes up is the writer's claim; "I swear" is emphasis; "that said" turns the argument
    ['My osteopath said a warm bath before bed would do more for my lower back than any pill, and she was right.', 'heat-cold-relieve-back-pain', 'asserts'],
    ['Our therapist reckons regular massage stops riders pulling muscles, which makes sense to me.', 'massage-prevents-injury', 'asserts'],
    ['She said massage may ease back pain, and she was right.', RELIEVES, 'hedges'],
    ['I swear massage flushes the toxins out of my legs.', TOXINS, 'asserts'],
    ['That said, a massage can ease a sore back for a while.', RELIEVES, 'asserts'],
    ['I went to a place once that said their massage would put my spine back into alignment.', 'massage-manipulates-spine', 'hedges'],
    ['Some therapists swear that massage releases toxins.', TOXINS, 'hedges'],
    // "or so" without the comma counts time; the aside belongs to the clause it ends
    ['Massage eases back pain for an hour or so.', RELIEVES, 'asserts'],
    ['Massage eases back pain, but it will not cure it, so they say.', RELIEVES, 'asserts'],
    // a group of others finding hedges ("many clients find"); "I find" is the writer's own testimony
    ['Many of our clients find that massage relieves their back pain.', RELIEVES, 'hedges'],
    ['Lots of my patients find massage relieves back pain.', RELIEVES, 'hedges'],
    // ... and what such a group feels or reports; a group of studies reports evidence
    ['Many people feel massage relieves their back pain.', RELIEVES, 'hedges'],
    ['Some players report that a massage helps them unwind and sleep better.', 'massage-relieves-stress-sleep', 'hedges'],
    ['Many studies report that massage eases back pain.', RELIEVES, 'asserts'],
    ['I feel massage relieves my back pain.', RELIEVES, 'asserts'],
    // someone else's claim, as it is being made
    ["I've read the headlines claiming massage beats chiropractic care hands down.", 'massage-beats-other-treatments', 'hedges'],
    ['In Ayurveda, sluggish circulation is seen as the root of most backache.', 'poor-circulation-causes-back-pain', 'hedges'],
    ['I find that massage relieves my back pain.', RELIEVES, 'asserts'],
    // doubt and findings stated outright dispute, across commas
    ['Professor Okafor was sceptical of the idea, common online, that massage flushes toxins.', TOXINS, 'disputes'],
    ['Reviews of the research found no sign that massage boosts circulation.', CIRCULATION, 'disputes'],
    ["Researchers haven't found that massage flushes toxins.", TOXINS, 'disputes'],
    // distrust of whoever makes the claim disputes it; wariness of massage itself is a caution
    ['Be wary of anyone who promises that massage will flush toxins out of your muscles.', TOXINS, 'disputes'],
    ['So ignore anyone who says massage flushes toxins out of the muscles.', TOXINS, 'disputes'],
    ["The sports clinic's claim that massage flushes toxins was ruled unsubstantiated.", TOXINS, 'disputes'],
    ['Be wary of massage when you have a fever, and skip it if you have an infection.', 'massage-contraindications', 'asserts'],
    // a testimonial's "seemed to" is as unsure as "seems to"
    ['The massage seemed to ease my back pain.', RELIEVES, 'hedges'],
    ['For back pain, massage helped no more than a sham treatment.', RELIEVES, 'disputes'],
    // a negator before a colon does not reach the claim after it (as before a comma)
    ["It won't: massage works on muscles and soft tissue and does not move your vertebrae.", 'massage-manipulates-spine', 'disputes'],
    ["Here's something most people don't know: a firm massage actually reduces blood flow to the injured area.", 'massage-reduces-blood-flow', 'asserts'],
    // "no more likely ... than": the comparison denies even with "than" far off
    ['People who slouch are no more likely to get back pain than people who sit up straight.', 'posture-lifting-sitting-cause', 'disputes'],
    ['People who slouch are more likely to get back pain.', 'posture-lifting-sitting-cause', 'asserts'],
    // a claim called a marketing line
    ['The claim that massage flushes toxins is a marketing line, not a finding.', TOXINS, 'disputes'],
    // plain assertions
    ['Massage flushes toxins from the body.', TOXINS, 'asserts'],
    ['Massage will get rid of the toxins.', TOXINS, 'asserts'],
    ['Massage relieves back pain.', RELIEVES, 'asserts'],
    ['Massage boosts circulation.', CIRCULATION, 'asserts'],
    ['Massage improves blood circulation.', CIRCULATION, 'asserts'],
    // negation
    ['Massage does not flush toxins.', TOXINS, 'disputes'],
    ["Massage doesn't flush toxins.", TOXINS, 'disputes'],
    ['Massage doesn’t flush toxins.', TOXINS, 'disputes'],
    // "forget the claims that" disputes (its "claims" alone would hedge); "clients tell us" hedges
    ['Forget the claims that massage flushes toxins.', TOXINS, 'disputes'],
    ['Forget the idea that massage boosts circulation.', CIRCULATION, 'disputes'],
    ['Clients tell us massage relieves back pain.', RELIEVES, 'hedges'],
    ["Massage can't flush toxins.", TOXINS, 'disputes'],
    ["Massage won't flush the toxins.", TOXINS, 'disputes'],
    ['Massage never flushes toxins.', TOXINS, 'disputes'],
    ['Massage cannot boost circulation.', CIRCULATION, 'disputes'],
    ["Massage doesn't relieve back pain.", RELIEVES, 'disputes'],
    ['Massage does not improve blood circulation.', CIRCULATION, 'disputes'],
    ['No, massage does not flush toxins.', TOXINS, 'disputes'],
    // evaluative cues
    ['There is no evidence that massage flushes toxins.', TOXINS, 'disputes'],
    ['Researchers found no evidence that massage relieves back pain.', RELIEVES, 'disputes'],
    ['It is a myth that massage flushes toxins.', TOXINS, 'disputes'],
    ['The idea that massage flushes toxins has been debunked.', TOXINS, 'disputes'],
    ['The claim that massage boosts circulation is not supported by evidence.', CIRCULATION, 'disputes'],
    ['Massage flushes toxins, which is not true.', TOXINS, 'disputes'],
    // hedges
    ['Massage may flush toxins.', TOXINS, 'hedges'],
    ['Massage might flush toxins.', TOXINS, 'hedges'],
    ['Some believe massage flushes toxins.', TOXINS, 'hedges'],
    ['Massage may relieve back pain.', RELIEVES, 'hedges'],
    ['Does massage flush toxins?', TOXINS, 'hedges'],
    // disputing beats hedging
    ['Massage may not flush toxins.', TOXINS, 'disputes'],
    // not negations
    ['Massage not only relieves back pain but also helps you sleep.', RELIEVES, 'asserts'],
    ['No doubt massage relieves back pain.', RELIEVES, 'asserts'],
    ['Not surprisingly, massage boosts circulation.', CIRCULATION, 'asserts'],
    // attributed to someone else
    ['My therapist told me massage flushes toxins.', TOXINS, 'hedges'],
    ['My sister swears massage relieves back pain.', RELIEVES, 'hedges'],
    // not hedges or disputes: an idiom and a manner
    ['Say goodbye to back pain forever with our signature massage.', 'massage-cures-back-pain', 'asserts'],
    ['Lifting heavy boxes the wrong way can hurt your back.', 'posture-lifting-sitting-cause', 'asserts'],
    ['The idea that lifting causes back pain is wrong.', 'posture-lifting-sitting-cause', 'disputes'],
    // evaluative slang and attribution
    ['There is zero evidence that massage flushes toxins.', TOXINS, 'disputes'],
    ["The whole 'massage flushes toxins' thing is bro-science.", TOXINS, 'disputes'],
    ['A lot of people assume massage flushes toxins.', TOXINS, 'hedges'],
    ['Massage is credited with flushing toxins from the muscles.', TOXINS, 'hedges'],
    // a comparison and a figure of speech, not hedges
    ['People who get regular massage are less likely to get hurt.', 'massage-prevents-injury', 'asserts'],
    ['Think of a monthly massage as injury insurance: it stops strains from happening.', 'massage-prevents-injury', 'asserts'],
    ['I think massage flushes toxins.', TOXINS, 'hedges'],
    // attribution to others hedges; advice against and folklore dispute
    ['Physios often tell clients that massage relieves back pain.', RELIEVES, 'hedges'],
    ['My therapist kept telling me massage flushes toxins.', TOXINS, 'hedges'],
    ['Coaches insist that massage boosts circulation.', CIRCULATION, 'hedges'],
    ['NICE advises against therapeutic ultrasound for low back pain.', 'ultrasound-treats-back-pain', 'disputes'],
    ['That massage flushes toxins is folklore.', TOXINS, 'disputes'],
    ["The idea that massage flushes toxins doesn't hold up.", TOXINS, 'disputes'],
    // "no trial" disputes across a comma; "pretty sure", "hotly debated" hedge; "don't realise that" takes it as true
    ['No trial has shown that, for most people, massage flushes toxins.', TOXINS, 'disputes'],
    ['Pretty sure massage flushes toxins.', TOXINS, 'hedges'],
    ['Whether massage relieves back pain is still hotly debated.', RELIEVES, 'hedges'],
    ["Most people don't realise that massage boosts circulation.", CIRCULATION, 'asserts'],
    // a "while" the claim's own words hold does not cut the clause off from "it's often said"
    ["It's often said you shouldn't get a massage while you're fighting off a bug.", 'massage-contraindications', 'hedges'],
    // "couldn't" across a comma is a past state, not a hedge
    ["Couldn't sleep properly for weeks, one massage and I slept like a baby.", 'massage-relieves-stress-sleep', 'asserts'],
    // "none of" negates; "second to none", "like none other" do not
    ['None of the studies I read showed that massage flushes toxins.', TOXINS, 'disputes'],
    ['Massage relieves back pain like none other.', RELIEVES, 'asserts'],
    // a verb that turns the claim round counts inside the claim's words, not elsewhere
    ['In one study, massage actually slowed the removal of lactic acid from the muscles.', TOXINS, 'disputes'],
    ['Massage slows your breathing and flushes toxins from the body.', TOXINS, 'asserts'],
    // everyday dismissals dispute; "rubbish" only as a verdict, not the bin's
    ['Massage balances your chakras, which is total woo.', 'energy-chakra-healing', 'disputes'],
    ['Massage flushes toxins, which is utter rubbish.', TOXINS, 'disputes'],
    ['Put the rubbish out, then book a massage to relieve back pain.', RELIEVES, 'asserts'],
    // someone else's talk, teaching or credit, and what some find at times, hedge
    ['My therapist kept going on about how massage flushes toxins.', TOXINS, 'hedges'],
    ['The instructor explains that massage flushes toxins from the muscles.', TOXINS, 'hedges'],
    ['She credits massage with curing her back pain for good.', 'massage-cures-back-pain', 'hedges'],
    ['People with back pain sometimes find massage relieves it.', RELIEVES, 'hedges'],
  ])('%s -> %s %s', (text, claim, stance) => {
    expect(stanceFor(text, claim)).toBe(stance);
  });

  test.each<[string, string, Stance, string, Stance]>([
    ['Massage does not cure back pain, but massage boosts circulation.', 'massage-cures-back-pain', 'disputes', CIRCULATION, 'asserts'],
    ['Massage does not flush toxins, but massage boosts circulation.', TOXINS, 'disputes', CIRCULATION, 'asserts'],
    ['While massage does not cure back pain, massage boosts circulation.', 'massage-cures-back-pain', 'disputes', CIRCULATION, 'asserts'],
  ])('negation stays in its own clause: %s', (text, first, firstStance, second, secondStance) => {
    expect(stanceFor(text, first)).toBe(firstStance);
    expect(stanceFor(text, second)).toBe(secondStance);
  });

  test('a negation in the next sentence does not reach the claim', () => {
    expect(stanceFor('Massage relieves back pain. It does not flush toxins.', RELIEVES)).toBe('asserts');
  });

  test('words the pattern matched are not cues (stanceOf directly)', () => {
    const [s] = sentencesOf('Massage should not replace medical care.');
    expect(s).toBeDefined();
    const tokens = s!.tokens;
    const idx = (w: string) => tokens.findIndex((t) => t.norm === w);
    const all = tokens.map((_, i) => i).filter((i) => tokens[i]!.norm !== '.');
    const hit = { from: 0, to: tokens.length, literal: all };
    expect(stanceOf(tokens, s!.text, s!.start, hit, false)).toEqual({ stance: 'asserts', conflict: false });
    // The same span with "not" left out of the literal words: now it is a negation inside the match.
    const withoutNot = { ...hit, literal: all.filter((i) => i !== idx('not')) };
    expect(stanceOf(tokens, s!.text, s!.start, withoutNot, false).stance).toBe('disputes');
  });

  test('conflicting cues are flagged', () => {
    const [s] = sentencesOf('Massage may not flush toxins.');
    const tokens = s!.tokens;
    const m = tokens.findIndex((t) => t.norm === 'massage');
    const f = tokens.findIndex((t) => t.norm === 'flush');
    const hit = { from: m, to: f + 2, literal: [m, f, f + 1] };
    expect(stanceOf(tokens, s!.text, s!.start, hit, false)).toEqual({ stance: 'disputes', conflict: true });
    expect(stanceOf(tokens, s!.text, s!.start, hit, true).conflict).toBe(true);
  });

  test('a question hedges an otherwise plain claim', () => {
    const [s] = sentencesOf('Massage flushes toxins?');
    expect(s!.question).toBe(true);
    const tokens = s!.tokens;
    const hit = { from: 0, to: 3, literal: [0, 1, 2] };
    expect(stanceOf(tokens, s!.text, s!.start, hit, s!.question).stance).toBe('hedges');
    expect(stanceOf(tokens, s!.text, s!.start, hit, false).stance).toBe('asserts');
  });
});

describe('engine/stance: clause breaks, dashes, neither/nor', () => {
  const PRESSURE = 'pressure-points-prevent-disease';
  test.each<[string, string, Stance]>([
    // "however" as an aside (no comma after it) does not cut the negation off.
    ['No pressure point, however it is stimulated, has ever been shown to prevent a disease.', PRESSURE, 'disputes'],
    ["No pressure point, however it's stimulated, has ever been shown to prevent a disease.", PRESSURE, 'disputes'],
    // "yet" as an adverb and "while" as a noun do not cut the claim's clause.
    ['There is no evidence yet that massage flushes toxins.', TOXINS, 'disputes'],
    ['No study in a while has shown that massage flushes toxins.', TOXINS, 'disputes'],
    // ... as conjunctions they do.
    ['Massage does not cure back pain, yet massage relieves back pain.', RELIEVES, 'asserts'],
    ['Heat does not help much while massage relieves back pain.', RELIEVES, 'asserts'],
    // A sentence-linking "however," still starts a new clause.
    ['Massage does not cure back pain; however, it relieves back pain.', RELIEVES, 'asserts'],
    ['It does not cure anything. However, massage relieves back pain.', RELIEVES, 'asserts'],
    ['Massage does not cure back pain, however, massage relieves back pain.', RELIEVES, 'asserts'],
    ['Massage, however, does not flush toxins.', TOXINS, 'disputes'],
    // A spaced dash separates a negation from the claim like a comma does.
    ["Regular massage isn't a luxury — it's an investment in your overall health.", 'massage-improves-overall-health', 'asserts'],
    ['Never ignore a stiff neck - massage relieves back pain.', RELIEVES, 'asserts'],
    // ... but not a negation inside the claim's own stretch.
    ['Massage — sadly — does not flush toxins.', TOXINS, 'disputes'],
    // Neither X nor Y: both are denied.
    ['Neither massage nor therapeutic ultrasound has strong evidence behind it for chronic back pain.', RELIEVES, 'disputes'],
    ['Neither massage nor therapeutic ultrasound has strong evidence behind it for chronic back pain.', 'ultrasound-treats-back-pain', 'disputes'],
    ['Neither ultrasound nor massage relieves back pain.', RELIEVES, 'disputes'],
    ['Neither ultrasound nor massage relieves back pain.', 'ultrasound-treats-back-pain', 'disputes'],
    ['Massage has strong evidence behind it for chronic back pain.', RELIEVES, 'asserts'],
  ])('%s -> %s %s', (text, claim, stance) => {
    expect(stanceFor(text, claim)).toBe(stance);
  });
});

describe('engine/stance: safety words turn a harm claim round', () => {
  const HARM = 'pain-medication-long-term-harm';
  const CONTRA = 'massage-contraindications';
  test.each<[string, string, Stance]>([
    ['Long-term use of over-the-counter painkillers is perfectly safe.', HARM, 'disputes'],
    ['Taking paracetamol every day for years is completely harmless.', HARM, 'disputes'],
    ['Taking paracetamol every day for years is not safe.', HARM, 'asserts'],
    ['It is a myth that taking ibuprofen daily for years is harmless.', HARM, 'asserts'],
    ['Long-term use of over-the-counter painkillers is harmful.', HARM, 'asserts'],
    ['Massage is perfectly safe even when the muscle is swollen.', CONTRA, 'disputes'],
    ["A massage is fine even if you've got a fever.", CONTRA, 'disputes'],
    ['Massage is not safe if you have a fever.', CONTRA, 'asserts'],
    ['Massage is never okay when you have the flu.', CONTRA, 'asserts'],
  ])('%s -> %s %s', (text, claim, stance) => {
    // What the rules decide. The stance model may revisit a stance: since session 33's retraining it
    // reads "It is a myth that ... is harmless" as disputing (it weighs "myth"), which the quality
    // tests measure with every other second opinion.
    expect(stanceFor(text, claim, rules)).toBe(stance);
  });

  test.each([
    // Look-alikes: a question, an exception, safety of something else.
    ['Is massage safe during pregnancy? Ask your midwife.', CONTRA],
    ['Massage is safe, except when you have a fever.', CONTRA],
    ['Massage is safe for most people.', CONTRA],
    ['Paracetamol is safe for most people when taken as directed.', HARM],
    ['Stretching every day for years is perfectly safe.', HARM],
  ])('no dispute from: %s', (text, claim) => {
    expect(stanceFor(text, claim)).not.toBe('disputes');
  });

  test('a question with a safety word only hedges', () => {
    expect(stanceFor('Is taking paracetamol every day for years really harmless?', HARM)).not.toBe('disputes');
  });
});

describe('engine/stance: "worse, not better"', () => {
  const EXERCISE = 'exercise-helps-back-pain';
  test.each<[string, Stance]>([
    ['Honestly, exercise made my back pain worse, not better.', 'disputes'],
    ['Exercise made my back pain better.', 'asserts'],
    ['Exercise has strong evidence for back pain.', 'asserts'],
    ['Exercise has no good evidence for back pain.', 'disputes'],
  ])('%s -> %s', (text, stance) => {
    expect(stanceFor(text, EXERCISE)).toBe(stance);
  });

  test.each(['Exercise made my back pain worse.', 'Lifting weights made my back pain flare up.', 'Exercise made my back pain feel different.'])('no claim: %s', (text) => {
    expect(stanceFor(text, EXERCISE)).toBeUndefined();
  });
});

describe('engine/stance: "too ... to"', () => {
  test.each<[string, string, Stance]>([
    ['Sitting too long might contribute to back pain.', 'posture-lifting-sitting-cause', 'hedges'],
    ['Sitting too long can contribute to back pain.', 'posture-lifting-sitting-cause', 'asserts'],
    ['A single massage is too brief to fix real back problems.', 'massage-cures-back-pain', 'disputes'],
    ['A single massage is too brief to help a bad back.', RELIEVES, 'disputes'],
    // a comma after "too" ends its phrase: "too, thanks to" denies nothing
    ['It lifts your mood too, thanks to the feel-good endorphins a good massage releases.', 'massage-releases-endorphins', 'asserts'],
  ])('%s -> %s %s', (text, claim, stance) => {
    expect(stanceFor(text, claim)).toBe(stance);
  });
});
