/**
 * Holds the engine's quality on the development set at the levels reached, so a change to the
 * engine or the claims cannot lower them silently. Raise the floors when the figures improve.
 * (The held-out set is report-only: `npm run eval` prints it; it is never a tuning target.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { loadClaims } from '../../../src/claims/load';
import { createScanner } from '../../../src/engine/scanner';
import { evaluate, evaluatePages } from '../../eval/evaluate';
import { crossValidated } from '../../eval/folds';

/**
 * The whole development set. Each blind batch (see its header in sentences.yaml) joined it with the
 * recall the engine reached on it, lower than on the sentences before it: the floors of the set as
 * a whole start again from there, and the sentences before each batch keep their earlier floors.
 * The eighth round's own items (claims stated by their opposite) joined the same way: its round
 * found half of them. So did the paraphrase sweep, whose second half measured whether the round
 * written from the first carried over to other wordings of the same claims (it did not: R 0.783).
 * Two stance floors were lowered by a newly found label each whose stance the engine reads
 * otherwise (blind batch 6: 0.995 -> 0.994; the pages: 0.935 -> 0.929, since back to 0.934); no
 * label's stance went from right to wrong. The sentences before blind batch 8 lost one stance (0.991 -> 0.990)
 * when pages-26/27 joined the training sets in session 33: the retrained fold stance model reads it otherwise.
 */
const FLOORS = {
  overall: { precision: 0.991, recall: 0.904, stanceAccuracy: 0.974 },
  sentences: { precision: 0.992, recall: 0.904, stanceAccuracy: 0.975 },
  seeds: { precision: 0.885, recall: 0.876, stanceAccuracy: 0.956 },
};
/** The sentences written before a blind batch, at the floors reached on them before it joined. */
const EARLIER_FLOORS: Array<{ before: string; precision: number; recall: number; stanceAccuracy: number }> = [
  { before: '# --- blind batch 2:', precision: 0.996, recall: 0.981, stanceAccuracy: 0.996 },
  { before: '# --- blind batch 6:', precision: 0.993, recall: 0.948, stanceAccuracy: 0.994 },
  { before: '# --- blind batch 5:', precision: 0.993, recall: 0.937, stanceAccuracy: 0.993 },
  { before: '# --- blind batch 8:', precision: 0.994, recall: 0.938, stanceAccuracy: 0.99 },
  { before: '# --- blind batch 9:', precision: 0.994, recall: 0.938, stanceAccuracy: 0.989 },
  { before: '# --- blind batch 11:', precision: 0.992, recall: 0.933, stanceAccuracy: 0.985 },
  { before: '# --- eighth round', precision: 0.991, recall: 0.928, stanceAccuracy: 0.984 },
  { before: '# --- blind batch 13:', precision: 0.991, recall: 0.924, stanceAccuracy: 0.984 },
  { before: '# --- blind batch 14:', precision: 0.992, recall: 0.923, stanceAccuracy: 0.982 },
  { before: '# --- blind batch 15:', precision: 0.991, recall: 0.912, stanceAccuracy: 0.980 },
  { before: '# --- blind batch 16:', precision: 0.991, recall: 0.903, stanceAccuracy: 0.975 },
  { before: '# --- blind batch 18:', precision: 0.991, recall: 0.898, stanceAccuracy: 0.974 },
  { before: '# --- blind batch 20:', precision: 0.992, recall: 0.894, stanceAccuracy: 0.972 },
  { before: '# --- paraphrase sweep:', precision: 0.992, recall: 0.894, stanceAccuracy: 0.970 },
  { before: '# --- twenty-first round (a)', precision: 0.992, recall: 0.903, stanceAccuracy: 0.974 },
  { before: '# --- twenty-second round (a)', precision: 0.992, recall: 0.903, stanceAccuracy: 0.974 },
];

/**
 * The dev pages, scored as whole pages read the content script's way, set by set: the article
 * fixtures with the first blind pages (tests/eval/pages), and the second blind set
 * (tests/eval/pages-2, written in session 17: P 0.952, R 0.469, stance 0.833 before any change; floors
 * at the level round 22 and the session's stance cues reached), and the third (tests/eval/pages-3,
 * session 20: P 0.961, R 0.557, stance 0.924 before any change; floors at the level the session's
 * patterns reached). pages-2's stance floor went from 0.930 to 0.927 in session 20 with a label found
 * for the first time and read as hedging ("Be sceptical of clinics that insist you'll need exactly four
 * sessions ...", labelled disputing); no label found before changed its stance. The fourth set
 * (tests/eval/pages-4, session 20) measured the session's patterns on unseen pages (R 0.484 -> 0.494);
 * its floor is at 0.500, after the late per-claim gap change that it also scored; 0.509 since
 * session 21's reading of relief and cure left unsaid on pages about back pain (implied-complaint.ts).
 * The fifth set (tests/eval/pages-5, session 21) was written after that change and scored it unseen
 * (R 0.518 at the session's start, 0.521 after); its floor starts there, stance 0.791 -> 0.827 (floor 0.826) with a
 * fact-check's rating read after its question on the same line, 0.844 (floor 0.843) with a claim said
 * to hold for some only ("some plans pay for massage, but many don't") hedged; pages-4's stance floor
 * 0.913 -> 0.919 with it.
 * Session 22 added the claim model (src/engine/claim-model.ts), a learned fallback trained on the
 * dev sentences and never on pages, asked on texts about back pain or massage therapy, where every
 * sentence with an anchor word is read: recall rose on every set (the 42 earlier pages 0.694 ->
 * 0.793, stance 0.937 -> 0.932, pages-4 0.509 -> 0.678, pages-5 0.521 -> 0.671) for about one new false positive in nine
 * new finds, and stance accuracy fell where its marks' stance is read less well than a pattern's
 * (pages-5 0.844 -> 0.847, pages-2 0.928 -> 0.914, after negators were read as the own words of claims
 * stated in the negative and the model learnt which texts dispute a claim). Every page floor was reset to the new level,
 * some precision and stance floors lower: a trade made on purpose, with unseen precision still above
 * 0.92 (HELDOUT.md). The seeds (the five source documents, also never trained on) went from
 * 0.947/0.848 to 0.929/0.876, and the dev sentences, each read by a model trained without it, gained
 * one claim and one false positive ("Massage cut workers' sick days, claims industry-funded report":
 * precision floor 0.993 -> 0.992; overall, with the seeds, 0.992 -> 0.991).
 * Session 23 trained the model on the dev page sets as well (training-set.ts), at a threshold of
 * 0.8 (was 0.9): each set is now scored by a model trained without it and without a fifth of the
 * sentences (folds.ts), so these figures still measure pages the model never saw. Recall rose on
 * every set (fixtures and pages 0.891 -> 0.915, pages-2 0.796 -> 0.816, pages-3 0.831 -> 0.850,
 * pages-4 0.678 -> 0.706, pages-5 0.674 -> 0.756) and precision fell on four (0.965 -> 0.954,
 * 0.973 -> 0.967, 0.964 -> 0.950, 0.929 -> 0.926; pages-2 0.975 -> 0.984): 54 more claims found
 * for 10 more false positives over the 52 pages (R 0.767 -> 0.803, P 0.962 -> 0.956). Two stretches of sentences lost a little precision
 * to one false positive each (0.993 -> 0.992). The same session then had two more sets written blind
 * (tests/eval/pages-6 and pages-7) and scored them unseen (0.972/0.731/0.844 with the session's
 * starting model, 0.968/0.799/0.844 after the change; their READMEs), then added them to the training
 * sets: seven folds, every floor reset (the 72 pages 0.960/0.805/0.892; pages-4 R 0.706 -> 0.728,
 * pages-5 0.756 -> 0.747; the seeds gained a false positive, precision 0.929 -> 0.920). A second
 * round of two sets (pages-8, pages-9) went the same way: unseen 0.914/0.766/0.851 with the
 * seven-set model (0.910/0.692/0.847 with the session's starting one), then trained on: nine folds,
 * every floor reset (the 92 pages 0.953/0.800/0.887). Then every sentence of a text about the topic
 * got a window, anchor word or not (prefilter.ts): the 92 pages 0.953/0.808/0.886, 20 more claims
 * found for 2 more false positives; the fixtures lost one ("There is nothing to suggest it fixes the
 * problem for good", read in one window with its whole paragraph) and gained a false positive (a
 * benefits list's heading "Calmer mind, deeper sleep"), fixtures and pages 0.949/0.915 -> 0.945/0.911.
 * Last, a sentence compromise leaves whole is split where one ends and a capital starts the next
 * (tokenize.ts: a quotation after an earlier one): the 92 pages 0.953/0.808/0.886 -> 0.952/0.811/0.891,
 * and that fixture label found again; the seeds lost their extra false positive (precision 0.920 ->
 * 0.929); pages-6 R 0.774 -> 0.759, pages-8 0.771 -> 0.763 (their fold models changed with the
 * training sentences' split).
 * Session 24: the model's threshold 0.8 -> 0.7, chosen on the dev pages scored set by set with models
 * trained without each (0.8: 0.953/0.809, 0.75: 0.952/0.819, 0.7: 0.951/0.829, 0.65: 0.948/0.834),
 * with stance cues for others' conviction, blame and promises (folds: the 92 pages 0.952/0.811/0.891
 * -> 0.949/0.832/0.897; 52 more claims found for 10 more false positives). The seeds gained two
 * false positives (precision 0.929 -> 0.910): a trade made on purpose, as above. Then two more blind
 * sets (pages-10, pages-11), kept sealed until the change above was made and scored unseen
 * (0.952/0.804/0.880 with the session's starting engine, 0.951/0.836/0.889 after), joined the
 * training sets: eleven folds, every floor reset (the 112 pages 0.946/0.841/0.895; on the 92 earlier
 * ones 21 more claims found for 9 more false positives, five of them on the fixtures and pages). The
 * seeds' false positives went from 9 to 11 (0.910 -> 0.893): "The cost of a massage is minimal compared
 * to the value of relief", "A good massage for back pain should include a combination of techniques"
 * and the 54% sentence read as a caution, one lost ("can't get relief from pain medication").
 * Session 25: comparisons, blood-flow mechanisms and the spasm rule override the broad relief claim
 * (the 112 pages 145 -> 135 false positives, nothing lost). Then two more blind sets (pages-12,
 * pages-13), sealed until then (0.955/0.751/0.870 with the starting engine, 0.957/0.751/0.870 after),
 * joined the training sets: thirteen folds, every floor reset. With them the earlier sets' fold models
 * changed: the 112 pages 0.951/0.841 -> 0.951/0.842, 135 false positives either way (pages-2 6 -> 12,
 * fewer on five other sets). Cold said to calm pain by slowing the blood flow found 3 more labels and
 * no false positive (more heat sources in the lexicon found one more, but moved other patterns' anchors
 * onto everyday words: 124 -> 141 of the bench's 191 READMEs woke stage 2; taken out again); two professionals named before
 * "rather than relying on massage" and "massage is not medical care" 3 more (the caution claim);
 * exercise that "will do your back more good" and exercises "good for backs" 1 more. The model's
 * massage relief kept off sentences that do not name massage where a pattern found heat, exercise or
 * yoga's relief: pages-2 12 -> 10 false positives, pages-8 18 -> 17, no label lost. Seeds 0.893/0.876 -> 0.912/0.886 (the
 * larger training set).
 * Session 26: patterns from the thirteen sets' misses (relief that ends with the pain back, the back better since a
 * massage, a sure way to back pain, medicines and sleep in passing; 3016 labels for 143 false positives, from 2996
 * for 143). Then two more blind sets (pages-14, pages-15), sealed until then (0.959/0.734/0.845 with the starting
 * engine and with the session's, line for line the same mistakes), joined the training sets: fifteen folds, every
 * floor reset. On the thirteen earlier sets their fold models found 40 more labels for 15 more false positives
 * (3056 / 158); the seeds lost one label (0.912/0.886 -> 0.911/0.876).
 * Session 27: two more blind sets (pages-16, pages-17), sealed until then (0.965/0.761/0.903 with the starting
 * engine), joined the training sets: seventeen folds, every floor reset. On the fifteen earlier sets their fold
 * models found 34 more labels for 7 more false positives (3499 / 179). The seeds gained two false positives
 * (0.911 -> 0.893: "massage is usually only help to solve the problems of pain with my back" read as a cure, the
 * 54% sentence as a caution); the held-out pages found 3 more labels, 27 false positives before and after.
 * Then carrying and hauling as loads, and "... did my back in" after one: 3 more labels on the seventeen sets
 * for 1 more false positive (pages-15: "sore backs from carrying trestle tables", which its writer left unlabelled).
 * Session 28: two more blind sets (pages-18, pages-19), sealed until then (0.956/0.767/0.883 with the starting
 * engine), joined the training sets: nineteen folds, every floor reset. On the seventeen earlier sets their fold
 * models found 25 more labels for 4 fewer false positives (3950 / 190). The seeds lost two false positives
 * (0.893 -> 0.911; floor 0.91).
 * Then cover that only some plans give ("some cash plans refund part of it") hedges the insurance claim: stance on
 * the 192 pages 0.889 -> 0.894, eleven sets up, pages-3 down (0.94 -> 0.933: two of its labels call "some
 * insurance plans cover massage" an assertion, where the later sets' writers mostly call it a hedge).
 * Session 29: everyday dismissals ("which is total woo", "utter rubbish") dispute; someone else's talk ("kept
 * going on about"), teaching ("explains that"), credit ("she credits massage with") and what people "sometimes
 * find" hedge: on the nineteen sets 9 stances right, 1 wrong (pages-10 0.898 -> 0.894: "my educator explained
 * that ..." is its writer's assertion); on the sealed pages-22/23 2 more right, pages-20/21 unchanged.
 * Then the model keeps weights down to 0.25 (was 0.5; train-model.ts): on the nineteen sets 55 more labels for 9
 * fewer false positives (4359 / 197), every floor reset; the seeds and dev sentences unchanged but one false
 * positive (5812 / 34).
 * Then the two sealed sets pages-20 and pages-21 (0.957/0.783/0.900 with the engine just before, unread) joined the
 * training sets: twenty-one folds, every floor reset. On the nineteen earlier sets their fold models found 35 more
 * labels for 3 more false positives (4394 / 200); the seeds gained a label and lost a false positive
 * (0.911/0.876 -> 0.921/0.886).
 * Then the model reports a claim from probability 0.6, five claims with the most false positives from 0.75
 * (model-thresholds.ts; was 0.7 for all): 53 more labels for 6 more false positives (4882 / 225), every floor
 * reset, some precision and stance floors lower (pages-5 0.930 -> 0.924, pages-11 0.948 -> 0.941). The seeds
 * gained two false positives (0.921 -> 0.903: "the possible benefits of massage to your body" read as overall
 * health, "the kind of massage used to treat is called Neuromuscular therapy" as only deep massage working);
 * their floor 0.91 -> 0.90. The sealed pages-22/23, scored after the choice: 454 -> 462 labels, 19 -> 20 false
 * positives.
 * Then pages-22 and pages-23 (0.959/0.803/0.879 with that engine, unread) joined the training sets: twenty-three
 * folds, every floor reset (all twenty-three sets 0.955/0.851/0.892, 5345 labels, 251 false positives); the seeds
 * 0.903/0.886 -> 0.920/0.876 (two fewer false positives, one label fewer).
 * Then the model's dispute threshold 0.8 -> 0.6 (train-model.ts): 11 more stances right of the 5345 labels found
 * (stance 0.892 -> 0.894), floors reset: nine sets' stance up, pages-18's down (0.914 -> 0.909). The sealed
 * pages-24/25, scored after: stance 0.827 either way (479 labels found).
 * Then the stance model (stance-model.ts; each fold's own, trained on the other folds' matches): stance on the
 * twenty-three sets 0.894 -> 0.915, every stance floor up (pages-15 0.828 -> 0.850, pages-23 0.860 -> 0.903);
 * precision and recall untouched. The sealed pages-24/25, scored after: stance 0.827 -> 0.875.
 * Session 32: claims told as a theory or a tale, or with an aside that puts them in someone else's mouth, hedge
 * (stance.ts TAIL_HEDGES and the phrases beside it), the stance model retrained: one more stance right of the 5345
 * (pages-13 and pages-18 one more each, pages-17 one fewer: 0.913 -> 0.909, a stance the retrained fold model
 * reads differently, with none of the new cues in it).
 * Then what a group of others feels, figures or reports ("some members feel", not "many studies report"), and
 * "claiming", "promising", "seen as": five more stances right (floors reset for the seven sets that moved; pages-6,
 * pages-13 and pages-18 one fewer each, all retrained fold stance models' reads, none of the new cues in them).
 * Then pages-24 and pages-25 (0.945/0.823/0.873 with that engine, unread) joined the training sets: twenty-five
 * folds, every floor reset (all twenty-five sets 0.954/0.855/0.914, 5868 labels, 284 false positives); the seeds
 * 0.920/0.876 -> 0.903/0.886 (one label more, two false positives more). The sealed pages-26/27, scored after:
 * 0.969/0.831/0.843 -> 0.969/0.836/0.842; the fresh pages-28/29 0.962/0.802/0.849 -> 0.960/0.813/0.849.
 * Then a report the writer takes up ("..., and she was right", "which makes sense to me") asserts, as do "I swear"
 * and "That said, ...": thirteen more stances right of the 5868 (0.914 -> 0.916), stance floors reset (the first
 * pages, pages-3 and pages-18 lower by one or two stances each, all the retrained fold stance models' reads; one
 * stance lost elsewhere is a writer's call, "..., which I can believe" labelled hedging).
 * Session 33: pages-26 and pages-27 (0.969/0.836/0.844 with session 32's final engine, unread) joined the training
 * sets: twenty-seven folds, every floor reset (all twenty-seven sets 0.955/0.860/0.911, 6421 of 7468 labels found,
 * 304 false positives; on the twenty-five earlier sets 5910 found for 292 false positives, against 5868 and 284
 * before: P 0.954 -> 0.953, R 0.855 -> 0.861). The seeds
 * 0.903/0.886 -> 0.902/0.876 (one label fewer, one false positive fewer).
 * Then pages-28 and pages-29 (0.963/0.825/0.855 with that model, unread) joined them too: twenty-nine folds, every
 * floor reset (all twenty-nine sets 0.955/0.859/0.909, 6955 of 8095 labels found, 326 false positives; on the
 * twenty-seven earlier sets 6432 found for 304 false positives, stance 0.911 -> 0.914). The seeds 0.902 -> 0.920
 * precision (two false positives fewer).
 * Then lists of bare "That ..." clauses (that-lists.ts: "Things I've decided not to tell clients" / "- That
 * massage realigns the spine."): their items dispute under a line that denies them and hedge under any other,
 * the stance model retrained. Ten more stances right of the 6955 found (0.909 -> 0.911); floors reset for the
 * sets that moved, some lower by a stance or two (pages-2, pages-3, pages-9, pages-14, pages-15, pages-19,
 * pages-20, pages-23, pages-24, pages-25, pages-28), none of them at a "That ..." item: the retrained fold
 * stance models' reads.
 * Session 34: pages-30 and pages-31 (0.944/0.823/0.932 with session 33's final engine, unread) joined the training
 * sets: thirty-one folds, every floor reset (all thirty-one sets 0.954/0.861/0.914, 7466 of 8671 labels found,
 * 360 false positives; on the twenty-nine earlier sets 6983 found for 329 false positives, against 6955 and 326
 * before). The seeds 0.920/0.876 -> 0.912/0.886 (one label more, one false positive more).
 * Then a question answered by a sentence that states its claim itself keeps its hedge (the answer is marked
 * with its own stance), the stance model retrained: thirty more stances right of the 7466 found (0.914 ->
 * 0.918); the sentences' stance unchanged (0.978). Stance floors reset; the sets that lost a stance or two
 * (the first pages, pages-4, pages-6, pages-22, pages-30) lost them to the retrained fold stance models' reads.
 * Session 35: the claim model trained with a stronger pull to zero (L2 1e-4 -> 1e-3), weights under 0.15 kept
 * (0.25 before), reporting from 0.5 (0.6 before; model-thresholds.ts): all thirty-one sets 0.954/0.861/0.918 ->
 * 0.956/0.867/0.917 (7466 -> 7514 labels found, 360 -> 345 false positives, 36 more stances right); every floor
 * reset. The sentences unchanged but for one false positive fewer (stance 0.978 -> 0.977); the seeds
 * 0.912/0.886 -> 0.893/0.876 (105 labels; one found fewer, one false positive more), their precision floor
 * 0.9 -> 0.89.
 * Session 36: pages-32 ... pages-36 (0.965/0.837/0.902 with session 35's final engine, unread) joined the training
 * sets: thirty-six folds, every floor reset (all thirty-six sets 0.955/0.869/0.917, 8816 of 10140 labels found, 415
 * false positives; on the thirty-one earlier sets 7584 found for 363 false positives, against 7514 and 345 before).
 * The seeds 0.893/0.876 -> 0.894/0.886 (one label more); the sentences' stance 0.977 -> 0.978.
 * Then relief that does not last disputes a cure in more wordings ("back to square one", "but only for a few
 * days", "it just doesn't last", a relapse after ", then", "won't fix the underlying problem"): five more labels
 * found, no more false positives (8821 / 415); the sentences two more found for one false positive more (a
 * "back to square one" left unlabelled). Floors reset: the stances lost (8084 -> 8080 right) are the retrained
 * fold stance models' reads, none at a new wording.
 * Session 37: pages-37 ... pages-39 (0.975/0.849/0.909 with session 36's final engine, unread) joined the training
 * sets: thirty-nine folds, every floor reset (all thirty-nine sets 0.955/0.874/0.918, 9650 of 11046 labels found, 454
 * false positives; on the thirty-six earlier sets 8866 found for 431 false positives, against 8821 and 415 before).
 * The seeds 0.894/0.886 -> 0.903/0.886 (one false positive fewer); the sentences one false positive fewer.
 * Then "massage does not replace care" in more wordings (a doctor or a scan put against the massage, a check with the
 * rheumatology team first, medicines not to be stopped for a massage) and insurance read more widely (travel
 * insurance, "almost never covered"): 9650 -> 9671 labels found, 454 false positives both; the sentences 5813 ->
 * 5820 found, 34 false positives both (two sentences relabelled to the page writers' convention, see
 * sentences.yaml). Floors reset.
 * Then a trial's finding that massage's advantage over the comparison faded disputes a cure: 9671 -> 9673 found, 454
 * false positives both; floors reset.
 * Session 38: pages-40 ... pages-42 (0.950/0.860/0.925 with session 37's final engine, unread) joined the training
 * sets: forty-two folds, every floor reset (all forty-two sets 0.955/0.877/0.920, 10442 of 11913 labels found, 488
 * false positives; on the thirty-nine earlier sets 9694 found for 450 false positives, against 9673 and 454 before).
 * The seeds 0.903/0.886 -> 0.886/0.886 (two false positives more, from the retrained fold model), their precision
 * floor 0.89 -> 0.885; the sentences one false positive more (stance 0.977 -> 0.978).
 * Then claims read off the newly readable misses (yoga that "makes a real difference to" a back, a heavy pack as a
 * load, massage that "won't stop you pulling your back", massage that "never touches the bones") and three stance
 * cues (giving a claim up: "I stopped telling people ..."; scorn: "laughs at the idea"; a threat after "or" is not a
 * denial): 10442 -> 10447 labels found, 488 false positives both, 6 more stances right; the sentences unchanged.
 * Floors reset.
 * Session 39: fourteen folds of three page sets each instead of one per set (folds.ts), so that the quality tests'
 * time stops growing with every set trained on (building their fold models took about 400 of CI's 865 s; now about 135):
 * each fold model learns from 13/14 of the data instead of 41/42. All forty-two sets 0.955/0.877/0.921 ->
 * 0.955/0.876/0.921 (10447 -> 10431 labels found, 488 -> 492 false positives); the sentences 5820 -> 5821 found,
 * 35 -> 34 false positives; the seeds unchanged. Page floors reset; the sentence and seed floors still hold.
 * Then pages-43 and pages-44 (0.975/0.849/0.901 with session 38's final engine, unread) joined the training sets (the
 * last fold holds pages-42 ... pages-44): all forty-four sets 0.956/0.876/0.920 (10963 of 12509 labels found, 509
 * false positives; on the forty-two earlier sets 10453 found for 496 false positives, against 10431 and 492 before);
 * the sentences 5821 -> 5820 found, 34 -> 35 false positives (stance 0.977 both); the seeds unchanged. Floors reset.
 * Then wordings read off the newly readable misses (a load that is "murder on my own back", "a real recipe for a sore
 * back", habits that "take their toll on" it; yoga that eases "their backs"; deep tissue as "the only thing that works
 * on my back"): 10963 -> 10967 labels found, 509 false positives both; the sentences and seeds unchanged. Floors reset.
 */
const PAGE_FLOORS = [
  { set: 'fixtures and pages', dirs: [['fixtures', 'pages'], ['eval', 'pages']], atLeast: 12, precision: 0.933, recall: 0.955, stanceAccuracy: 0.983 },
  { set: 'pages-2', dirs: [['eval', 'pages-2']], atLeast: 10, precision: 0.965, recall: 0.938, stanceAccuracy: 0.956 },
  { set: 'pages-3', dirs: [['eval', 'pages-3']], atLeast: 10, precision: 0.965, recall: 0.905, stanceAccuracy: 0.949 },
  { set: 'pages-4', dirs: [['eval', 'pages-4']], atLeast: 10, precision: 0.962, recall: 0.884, stanceAccuracy: 0.932 },
  { set: 'pages-5', dirs: [['eval', 'pages-5']], atLeast: 10, precision: 0.92, recall: 0.873, stanceAccuracy: 0.931 },
  { set: 'pages-6', dirs: [['eval', 'pages-6']], atLeast: 10, precision: 0.954, recall: 0.91, stanceAccuracy: 0.893 },
  { set: 'pages-7', dirs: [['eval', 'pages-7']], atLeast: 10, precision: 0.955, recall: 0.918, stanceAccuracy: 0.911 },
  { set: 'pages-8', dirs: [['eval', 'pages-8']], atLeast: 10, precision: 0.907, recall: 0.91, stanceAccuracy: 0.919 },
  { set: 'pages-9', dirs: [['eval', 'pages-9']], atLeast: 10, precision: 0.912, recall: 0.928, stanceAccuracy: 0.966 },
  { set: 'pages-10', dirs: [['eval', 'pages-10']], atLeast: 10, precision: 0.958, recall: 0.936, stanceAccuracy: 0.94 },
  { set: 'pages-11', dirs: [['eval', 'pages-11']], atLeast: 10, precision: 0.926, recall: 0.94, stanceAccuracy: 0.96 },
  { set: 'pages-12', dirs: [['eval', 'pages-12']], atLeast: 10, precision: 0.978, recall: 0.857, stanceAccuracy: 0.912 },
  { set: 'pages-13', dirs: [['eval', 'pages-13']], atLeast: 10, precision: 0.962, recall: 0.873, stanceAccuracy: 0.927 },
  { set: 'pages-14', dirs: [['eval', 'pages-14']], atLeast: 10, precision: 0.962, recall: 0.84, stanceAccuracy: 0.896 },
  { set: 'pages-15', dirs: [['eval', 'pages-15']], atLeast: 10, precision: 0.954, recall: 0.851, stanceAccuracy: 0.868 },
  { set: 'pages-16', dirs: [['eval', 'pages-16']], atLeast: 10, precision: 0.951, recall: 0.843, stanceAccuracy: 0.94 },
  { set: 'pages-17', dirs: [['eval', 'pages-17']], atLeast: 10, precision: 0.955, recall: 0.9, stanceAccuracy: 0.932 },
  { set: 'pages-18', dirs: [['eval', 'pages-18']], atLeast: 10, precision: 0.95, recall: 0.852, stanceAccuracy: 0.948 },
  { set: 'pages-19', dirs: [['eval', 'pages-19']], atLeast: 10, precision: 0.961, recall: 0.869, stanceAccuracy: 0.942 },
  { set: 'pages-20', dirs: [['eval', 'pages-20']], atLeast: 10, precision: 0.944, recall: 0.907, stanceAccuracy: 0.961 },
  { set: 'pages-21', dirs: [['eval', 'pages-21']], atLeast: 10, precision: 0.952, recall: 0.869, stanceAccuracy: 0.924 },
  { set: 'pages-22', dirs: [['eval', 'pages-22']], atLeast: 10, precision: 0.941, recall: 0.902, stanceAccuracy: 0.922 },
  { set: 'pages-23', dirs: [['eval', 'pages-23']], atLeast: 10, precision: 0.968, recall: 0.84, stanceAccuracy: 0.913 },
  { set: 'pages-24', dirs: [['eval', 'pages-24']], atLeast: 10, precision: 0.944, recall: 0.864, stanceAccuracy: 0.909 },
  { set: 'pages-25', dirs: [['eval', 'pages-25']], atLeast: 10, precision: 0.951, recall: 0.891, stanceAccuracy: 0.894 },
  { set: 'pages-26', dirs: [['eval', 'pages-26']], atLeast: 10, precision: 0.972, recall: 0.855, stanceAccuracy: 0.842 },
  { set: 'pages-27', dirs: [['eval', 'pages-27']], atLeast: 10, precision: 0.972, recall: 0.885, stanceAccuracy: 0.902 },
  { set: 'pages-28', dirs: [['eval', 'pages-28']], atLeast: 10, precision: 0.961, recall: 0.847, stanceAccuracy: 0.827 },
  { set: 'pages-29', dirs: [['eval', 'pages-29']], atLeast: 10, precision: 0.967, recall: 0.866, stanceAccuracy: 0.935 },
  { set: 'pages-30', dirs: [['eval', 'pages-30']], atLeast: 10, precision: 0.946, recall: 0.855, stanceAccuracy: 0.931 },
  { set: 'pages-31', dirs: [['eval', 'pages-31']], atLeast: 10, precision: 0.948, recall: 0.838, stanceAccuracy: 0.945 },
  { set: 'pages-32', dirs: [['eval', 'pages-32']], atLeast: 10, precision: 0.948, recall: 0.842, stanceAccuracy: 0.925 },
  { set: 'pages-33', dirs: [['eval', 'pages-33']], atLeast: 10, precision: 0.972, recall: 0.831, stanceAccuracy: 0.9 },
  { set: 'pages-34', dirs: [['eval', 'pages-34']], atLeast: 10, precision: 0.968, recall: 0.846, stanceAccuracy: 0.919 },
  { set: 'pages-35', dirs: [['eval', 'pages-35']], atLeast: 10, precision: 0.947, recall: 0.905, stanceAccuracy: 0.929 },
  { set: 'pages-36', dirs: [['eval', 'pages-36']], atLeast: 10, precision: 0.966, recall: 0.86, stanceAccuracy: 0.893 },
  { set: 'pages-37', dirs: [['eval', 'pages-37']], atLeast: 10, precision: 0.972, recall: 0.854, stanceAccuracy: 0.936 },
  { set: 'pages-38', dirs: [['eval', 'pages-38']], atLeast: 10, precision: 0.952, recall: 0.874, stanceAccuracy: 0.906 },
  { set: 'pages-39', dirs: [['eval', 'pages-39']], atLeast: 10, precision: 0.984, recall: 0.856, stanceAccuracy: 0.924 },
  { set: 'pages-40', dirs: [['eval', 'pages-40']], atLeast: 10, precision: 0.952, recall: 0.876, stanceAccuracy: 0.925 },
  { set: 'pages-41', dirs: [['eval', 'pages-41']], atLeast: 10, precision: 0.948, recall: 0.854, stanceAccuracy: 0.926 },
  { set: 'pages-42', dirs: [['eval', 'pages-42']], atLeast: 10, precision: 0.962, recall: 0.882, stanceAccuracy: 0.917 },
  { set: 'pages-43', dirs: [['eval', 'pages-43']], atLeast: 10, precision: 0.972, recall: 0.844, stanceAccuracy: 0.88 },
  { set: 'pages-44', dirs: [['eval', 'pages-44']], atLeast: 10, precision: 0.977, recall: 0.876, stanceAccuracy: 0.92 },
];

const { bundle } = loadClaims();
/** The dev sentences and page sets trained the claim model: each is scored by a model that did not see it (folds.ts). */
const folds = crossValidated(bundle);
const result = evaluate(createScanner(bundle), { scannerFor: folds.sentence });

/** sentences.yaml up to a header, scored alone. */
function sentencesBefore(header: string) {
  const text = readFileSync(join(import.meta.dirname, '..', '..', 'eval', 'sentences.yaml'), 'utf8');
  const at = text.indexOf(header);
  expect(at).toBeGreaterThan(0);
  return evaluate(createScanner(bundle), { yaml: text.slice(0, at), scannerFor: folds.sentence }).sentences;
}

describe('eval/quality (development set)', () => {
  test.each(Object.entries(FLOORS))('%s stays at or above its floors', (part, floors) => {
    const scores = result[part as keyof typeof FLOORS];
    expect(scores.precision).toBeGreaterThanOrEqual(floors.precision);
    expect(scores.recall).toBeGreaterThanOrEqual(floors.recall);
    expect(scores.stanceAccuracy).toBeGreaterThanOrEqual(floors.stanceAccuracy);
  });

  test.each(EARLIER_FLOORS)('the sentences written before "$before" stay at or above their floors', ({ before, ...floors }) => {
    const scores = sentencesBefore(before);
    expect(scores.precision).toBeGreaterThanOrEqual(floors.precision);
    expect(scores.recall).toBeGreaterThanOrEqual(floors.recall);
    expect(scores.stanceAccuracy).toBeGreaterThanOrEqual(floors.stanceAccuracy);
  });

  test.each(PAGE_FLOORS)('the dev pages ($set) stay at or above their floors', ({ dirs, atLeast, ...floors }) => {
    const { scores, pages } = evaluatePages(
      folds.pages,
      dirs.map((parts) => join(import.meta.dirname, '..', '..', ...parts)),
    );
    expect(pages).toBeGreaterThanOrEqual(atLeast);
    expect(scores.precision).toBeGreaterThanOrEqual(floors.precision);
    expect(scores.recall).toBeGreaterThanOrEqual(floors.recall);
    expect(scores.stanceAccuracy).toBeGreaterThanOrEqual(floors.stanceAccuracy);
  });

  /**
   * Look-alikes that still match, each a known mistake left for later (listed so that a new one, or
   * one of these mended, fails this test until the list says so). The only-deep claim is about back
   * pain, and its opposite "relaxation massage was as effective as structural massage", the claim
   * file's own example, cannot say that what follows must not name another pain.
   */
  const KNOWN_FALSE_MATCHES = ['Relaxation massage was as effective as structural massage for neck pain.'];

  test('look-alike and unrelated sentences (dev and held-out) produce no claim at all', () => {
    const shipped = createScanner(bundle);
    // A dev sentence is read by a model that did not learn from it, as in the figures above.
    const items = ['sentences.yaml', 'heldout.yaml', 'heldout-3.yaml', 'heldout-4.yaml', 'heldout-5.yaml', 'heldout-6.yaml', 'heldout-8.yaml', 'heldout-10.yaml'].flatMap((f) =>
      (parse(readFileSync(join(import.meta.dirname, '..', '..', 'eval', f), 'utf8')) as Array<{ text: string; kind: string }>).map((item, index) => ({
        ...item,
        scanner: f === 'sentences.yaml' ? folds.sentence(index) : shipped,
      })),
    );
    const lookalikes = items.filter((i) => i.kind === 'lookalike' || i.kind === 'unrelated');
    expect(lookalikes.length).toBeGreaterThan(90);
    const matched = lookalikes.filter((i) => i.scanner.scan(i.text).matches.length > 0).map((i) => i.text);
    expect(matched).toEqual(KNOWN_FALSE_MATCHES);
  });
});
