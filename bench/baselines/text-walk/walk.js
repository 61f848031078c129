// Bench baseline (a): the floor. Walks every text node under body and concatenates its data,
// the least any scanner has to do to read a page. No filter callback (a JS acceptNode is slow).
(() => {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) text += node.data;
  // Keep the result reachable (isolated world, invisible to the page) so the walk is not optimised away.
  globalThis.__benchTextWalkLength = text.length;
})();
