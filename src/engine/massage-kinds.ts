/**
 * Words naming a kind, style or rhythm of massage, as they stand before the word "massage"
 * ("a weekly deep tissue massage", "benefits of remedial massage"). Intros and question-answer
 * offers accept them between their own words and the mention; each adds its own determiners.
 * A closed list: "benefits of exercise over massage" or "massage chair" must not pass for massage.
 */
export const MASSAGE_KINDS: ReadonlySet<string> = new Set([
  // rhythm
  'regular', 'weekly', 'monthly', 'daily', 'fortnightly',
  // styles and schools
  'deep', 'tissue', 'sports', 'swedish', 'thai', 'hot', 'stone', 'aromatherapy', 'remedial', 'lymphatic', 'drainage',
  'therapeutic', 'clinical', 'medical', 'myofascial', 'neuromuscular', 'prenatal', 'pregnancy', 'shiatsu', 'relaxation',
  'detox', 'signature', 'professional', 'full', 'body', 'back', 'neck', 'shoulder',
  // how it feels
  'relaxing', 'gentle', 'firm', 'soothing', 'calming', 'good', 'proper', 'quick',
]);
