// Bench baseline (b): a keyword highlighter on the claims topic, built on mark.js (loaded before
// this file from mark.min.js, which bench/page.ts copies from node_modules at run time).
/* global Mark */
(() => {
  const keywords = [
    'massage', 'massage therapy', 'back pain', 'low back pain', 'lower back', 'sciatica', 'toxins',
    'circulation', 'blood flow', 'endorphins', 'chiropractic', 'chiropractor', 'inflammation',
    'scar tissue', 'spine', 'spinal', 'yoga', 'stretching', 'muscle tension', 'knots', 'lactic acid',
    'deep tissue', 'trigger point', 'herniated disc', 'posture', 'physiotherapy', 'cure',
  ];
  new Mark(document.body).mark(keywords, { separateWordSearch: false });
})();
