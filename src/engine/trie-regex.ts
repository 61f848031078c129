/**
 * A regular-expression source matching exactly the given words, with shared prefixes factored
 * into a trie ("massage|massages|massaged" -> "massage(?:[ds])?"). A flat alternation of hundreds
 * of words makes the regex engine try each word at every position; a trie lets it reject most
 * positions after a character or two.
 */
const escape = (ch: string) => (/[.*+?^${}()|[\]\\/-]/.test(ch) ? `\\${ch}` : ch);

interface TrieNode {
  end: boolean;
  next: Map<string, TrieNode>;
}

function build(words: readonly string[]): TrieNode {
  const root: TrieNode = { end: false, next: new Map() };
  for (const word of words) {
    let node = root;
    for (const ch of word) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  return root;
}

/** `charClass` maps one character of a word to its regex (e.g. an apostrophe to ['’]). */
function emit(node: TrieNode, charClass: (ch: string) => string): string {
  const branches = [...node.next].map(([ch, child]) => charClass(ch) + emit(child, charClass));
  if (branches.length === 0) return '';
  const singleChars = branches.every((b) => b.length === 1) && branches.length > 1;
  const body = singleChars ? `[${branches.join('')}]` : branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
  if (!node.end) return body;
  return singleChars || (branches.length === 1 && branches[0]!.length === 1) ? `${body}?` : `(?:${body})?`;
}

export function trieRegexSource(words: readonly string[], charClass: (ch: string) => string = escape): string {
  return emit(build([...new Set(words)]), charClass);
}
