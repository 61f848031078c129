/**
 * A claim stated, then qualified in the same sentence by what the evidence for it amounts to:
 * "Massage improves skin health, but the evidence is limited", "That massage improves the skin:
 * the evidence is thin", "The evidence that massage improves skin health is weak"; or by whom it
 * holds for: "Some plans pay for massage, but many don't". The writer does not stand behind the
 * claim as a rule, nor deny it: it hedges. (A rebuttal, "there is no evidence for
 * this", disputes: faq-answer.ts.)
 */
import type { Sentence } from './tokenize';
import type { Stance } from './types';

const EVIDENCE = String.raw`(?:the\s+)?(?:evidence|research|science|proof|data)(?:\s+for\s+(?:this|it|that|them|these\s+claims?|the\s+claim))?`;
const IS_WEAK = String.raw`(?:is|was|remains|are|were|looks|seems)\s+(?:still\s+|very\s+|rather\s+|pretty\s+|quite\s+|fairly\s+|at\s+best\s+)?(?:limited|thin|weak|weaker|scant|scanty|sparse|slim|mixed|inconclusive|patchy|poor|lacking|flimsy|shaky|conflicting)\b`;
/** After the claim: a contrast or a colon, then the evidence called weak. */
const WEAK_AFTER = new RegExp(String.raw`^[^.!?]*?(?:,|;|:|\s[\u2013\u2014-])\s*(?:(?:but|though|although|however|yet|while)\s*,?\s*)?${EVIDENCE}\s+${IS_WEAK}`);
/** Around the claim: "the evidence that <claim> is weak". */
const EVIDENCE_THAT = /\b(?:evidence|research|proof|data)\s+(?:for\s+the\s+(?:idea|claim|notion)\s+)?that\s+$/;
const WEAK_RIGHT_AFTER = new RegExp(String.raw`^\s*${IS_WEAK}`);

/**
 * After the claim: a contrast saying it holds for some only, "Some plans pay for massage, but many
 * don't", "... but many policies exclude it", "..., and some don't cover it at all". The negated verb
 * must be the claim's own (cover, pay, help ...) or end the clause: "but many people don't realise it"
 * is no qualification.
 */
const FOR_SOME_ONLY = new RegExp(
  String.raw`^[^.!?]*?(?:,|;|\s[\u2013\u2014-])\s*(?:but|though|although|however|yet|while|and)\s*,?\s*(?:many|most|some|others|other\s+\w+|lots|plenty)\b[^.!?,;]{0,30}?\b` +
    String.raw`(?:(?:don't|do not|won't|will not|doesn't|does not|can't|cannot)(?:\s*(?:[,.;:]|$)|\s+(?:cover|pay|help|work|benefit|include|contribute|reimburse))|exclude[sd]?\b)`,
);

/** 'hedges' if the sentence calls the evidence for the claim ending at `claimEnd` (and starting at `claimStart`) weak, or says it holds for some only. */
export function weakEvidenceStance(text: string, sentence: Sentence, claimStart: number, claimEnd: number): Stance | undefined {
  const rest = text.slice(claimEnd, sentence.end).toLowerCase().replace(/’/g, "'");
  if (WEAK_AFTER.test(rest) || FOR_SOME_ONLY.test(rest)) return 'hedges';
  const before = text.slice(sentence.start, claimStart).toLowerCase();
  if (EVIDENCE_THAT.test(before) && WEAK_RIGHT_AFTER.test(rest.replace(/^[^.!?]*?(?=\s(?:is|was|remains|are|were|looks|seems)\s)/, ''))) return 'hedges';
  return undefined;
}
