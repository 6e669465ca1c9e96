/**
 * Lines of printed text joined as a reader joins them: with a space, and a word the typesetter
 * broke at a line end ("maatrege-" / "len") whole again. A hyphen that belongs to the word
 * ("geboorte-gerelateerde", "COA-locaties", "Noord-Holland", "zee-egel") stays; and where the
 * text does not say which it is, the hyphen stays too: a kept hyphen is a visible blemish, a
 * dropped one a changed word.
 */

/** The broken word's end on the next line: a syllable that is never a word of its own. */
const WORD_TAIL = /^[b-df-hj-np-tv-z]{1,3}(?:[aeiouy]{1,2}[b-df-hj-np-tv-z]{1,3})?(?:e|en|er|ers|el|els|ing|ingen|ig|ige|igen|isch|ische|lijk|lijke|lijken|heid|heden|baar|bare|schap|tie|ties|sie|sies|teit|teiten|nis|nissen|je|jes|ster|sters|de|den|te|ten|re|ren|le|len|ne|nen|ge|gen|ke|ken)$/;
/** Words written with a hyphen after them: "oud-minister", "ex-partner", "niet-roker". */
const HYPHEN_PREFIXES = new Set(['oud', 'ex', 'niet', 'vice', 'non', 'semi', 'pro', 'anti', 'co', 'mid', 'zelf', 'half']);
/** A suspended compound goes on with a conjunction: "privacy- en veiligheidsstandaarden". */
const CONJUNCTION = /^(?:en|of|tot|noch|als)(?=[ \t]|$)/;
const VOWELS = 'aeiouy';

/** Joins `next` to `text` (a line or the lines joined so far); `document` is the whole text in lower case, for the words it prints elsewhere. */
export function joinWrapped(text: string, next: string, document: string): string {
  if (text.length === 0) return next;
  if (next.length === 0) return text;
  if (!text.endsWith('-') || /\s-$/.test(text)) return `${text} ${next}`;
  if (CONJUNCTION.test(next)) return `${text} ${next}`;
  const broken = /(\p{L}+)-$/u.exec(text);
  const tailMatch = /^\p{L}+/u.exec(next);
  if (!broken || !tailMatch) return `${text}${next}`; // "2025-" / "2026": a range, kept whole
  const head = broken[1];
  const tail = tailMatch[0];
  return isTypesettingBreak(head, tail, document) ? `${text.slice(0, -1)}${next}` : `${text}${next}`;
}

function isTypesettingBreak(head: string, tail: string, document: string): boolean {
  // capitals, acronyms and names keep their hyphen: "COA-locaties", "Dekker-Abdulaziz", "Noord-Holland"
  if (head !== head.toLowerCase() && head.length > 1 && head === head.toUpperCase()) return false;
  if (tail[0] !== tail[0].toLowerCase()) return false;
  if (head.length < 2 || HYPHEN_PREFIXES.has(head.toLowerCase())) return false;
  // two vowels that would run together are kept apart: "zee-egel", "auto-ongeluk"
  if (VOWELS.includes(head[head.length - 1].toLowerCase()) && VOWELS.includes(tail[0])) return false;
  const hyphenated = `${head}-${tail}`;
  const joined = `${head}${tail}`;
  // what the text prints elsewhere decides: "geboorte-gerelateerde" on one line, or "maatregelen"
  if (containsWord(document, hyphenated)) return false;
  if (containsWord(document, joined)) return true;
  return WORD_TAIL.test(tail);
}

/** Whether `word` stands in `text` as a word of its own (not part of a longer one). */
function containsWord(lower: string, word: string): boolean {
  const target = word.toLowerCase();
  for (let at = lower.indexOf(target); at >= 0; at = lower.indexOf(target, at + 1)) {
    const before = at > 0 ? lower[at - 1] : ' ';
    const after = lower[at + target.length] ?? ' ';
    if (!/\p{L}|-/u.test(before) && !/\p{L}|-/u.test(after)) return true;
  }
  return false;
}
