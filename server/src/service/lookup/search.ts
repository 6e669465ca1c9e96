/**
 * Finding earlier questions by the words of their subject, their askers and their zaaknummer:
 * the scoring is the same for a register entry and for a draft of the workspace. Texts are
 * compared folded (lower case, without accents: "Financiën" is found by "financien").
 */

const MAX_TERMS = 12;

/** Words too common to tell questions apart; left out of a query that has other words. */
const STOP_WORDS = new Set(['de', 'het', 'een', 'van', 'over', 'en', 'in', 'op', 'te', 'voor', 'met', 'aan', 'bij', 'naar', 'dat', 'die', 'is', 'om', 'of', 'als', 'door', 'tot', 'uit']);

export function fold(text: string): string {
  // NFD splits é into e and its accent, which is dropped
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** The words of a query, folded; a zaaknummer typed with a space ("2024Z 00025") is one word. */
export function searchTerms(query: string): string[] {
  const words = fold(query.replace(/\b(20\d\dZ)\s+(\d{1,5})\b/gi, '$1$2'))
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const telling = words.filter((word) => !STOP_WORDS.has(word));
  // each word is one search of the whole register: a pasted paragraph is not a query
  return [...new Set(telling.length > 0 ? telling : words)].slice(0, MAX_TERMS);
}

/** The fields searched, as one folded text: subject, askers, zaaknummer and citation, each ended by FIELD_END. */
export const FIELD_END = '\u0001';

export function searchText(subject: string | undefined, askers: string | undefined, zaaknummer: string | undefined, citation: string | undefined): string {
  return `${fold(subject ?? '')}${FIELD_END}${fold(askers ?? '')}${FIELD_END}${(zaaknummer ?? '').toLowerCase()}${FIELD_END}${fold(citation ?? '')}${FIELD_END}`;
}

const enum Field {
  Subject,
  Askers,
  Zaaknummer,
  Citation,
}

/** What a term is worth where it stands: as a whole word, at the start of a word, or within one. */
const WORTH: Record<Field, [whole: number, start: number, within: number]> = {
  [Field.Subject]: [10, 6, 2],
  [Field.Askers]: [8, 5, 0],
  [Field.Zaaknummer]: [100, 40, 0],
  [Field.Citation]: [4, 2, 0],
};

const isWordCharacter = (code: number) => (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a) || code > 0x7f;

/** How well `text` (see searchText) matches: the terms found, and their worth, each term where it counts most. */
export function scoreText(text: string, terms: string[]): { matched: number; score: number } {
  let matched = 0;
  let score = 0;
  for (const term of terms) {
    let best = 0;
    for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
      const field = fieldAt(text, at);
      const end = at + term.length;
      if (text.indexOf(FIELD_END, at) < end) continue; // runs over into the next field
      const starts = at === 0 || !isWordCharacter(text.charCodeAt(at - 1));
      const whole = starts && !isWordCharacter(text.charCodeAt(end));
      const [wholeWorth, startWorth, withinWorth] = WORTH[field];
      const worth = whole ? wholeWorth : starts ? (field === Field.Zaaknummer && term.length < 5 ? 0 : startWorth) : term.length >= 4 ? withinWorth : 0;
      best = Math.max(best, worth);
    }
    if (best > 0) {
      matched++;
      score += best;
    }
  }
  return { matched, score };
}

function fieldAt(text: string, at: number): Field {
  let field = 0;
  for (let end = text.indexOf(FIELD_END); end >= 0 && end < at; end = text.indexOf(FIELD_END, end + 1)) field++;
  return field as Field;
}

/** Ranks matches: more terms found first, then a higher score, then the newest (`date`, ISO or ''), then the higher zaaknummer. */
export function compareMatches(a: { matched: number; score: number; date: string; zaaknummer: string }, b: typeof a): number {
  return b.matched - a.matched || b.score - a.score || (a.date < b.date ? 1 : a.date > b.date ? -1 : 0) || (a.zaaknummer < b.zaaknummer ? 1 : a.zaaknummer > b.zaaknummer ? -1 : 0);
}

/**
 * One key for every way an Aanhangsel answer is cited: "Aanhangsel Handelingen, vergaderjaar
 * 2021-2022, nr. 2273" (also with an en dash, "II 2021/22" or a space missing) and its id
 * "ah-tk-20212022-2273" all give "2021-2022/2273"; undefined for anything else.
 */
export function citationKey(text: string): string | undefined {
  const id = /^ah-(?:tk|ek)-(\d{4})(\d{4})-0*(\d+)$/.exec(text.trim());
  if (id) return `${id[1]}-${id[2]}/${id[3]}`;
  const cited = /Aanhangsel\s+(?:van\s+de\s+)?Handelingen(?:\s+I{1,2})?,?\s*(?:vergaderjaar\s*)?(\d{4})\s*[-\u2013/]\s*(\d{2,4}),?\s*nr\.?\s*0*(\d+)/i.exec(text);
  if (!cited) return undefined;
  const [, first, second, number] = cited;
  const next = second.length === 4 ? second : `${first.slice(0, 4 - second.length)}${second}`;
  return `${first}-${next}/${number}`;
}
