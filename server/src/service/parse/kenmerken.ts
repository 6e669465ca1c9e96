import type { TextLines } from '../text/lines';
import type { Kenmerk, KenmerkKind, KenmerkProblem } from '../model';
import { LineTokens } from '../text/lineTokens';

/**
 * Reference numbers in the text (see ARCHITECTURE.md for the words): zaaknummers ("2024Z00025",
 * once printed "2024Z 17972"), Aanhangsel citations ("Aanhangsel Handelingen, vergaderjaar
 * 2021-2022, nr. 2273"), Kamerstuk citations and document ids (the letter's fields are in letter.ts). Candidates are read loosely so that a malformed one can be reported.
 */

const ZAAKNUMMER = /\b(20\d\d)Z( ?)(\d{3,7})(?!\d)/g;
const AANHANGSEL = /Aanhangsel\s+(?:van\s+de\s+)?Handelingen(?:\s+I{1,2})?,?\s*(?:vergaderjaar\s+(\d{4})\s*[-\u2013]\s*(\d{1,4})|(\d{4})\/(\d{1,2})),\s*nr\.\s*(\d+)/y;
const KAMERSTUK = /Kamerstuk(?:ken)?(?:\s+I{1,2})?,?(?:\s+(\d{4})\s*[-\u2013/]\s*(\d{1,4}),)?\s+(\d{2}\s?\d{1,4})(?:-[A-Z0-9]+)?(?:\s+[IVXLC]+)?,\s*nr\.\s*(\d+)/y;
/** Document ids: "ah-tk-20212022-2367" and "kv-tk-2021Z16201" (the letter's own id is found with the first: letter.ts). */
export const AANHANGSEL_ID = /\bah-(?:tk|ek)-\d{8}-\d+\b/g;
const QUESTIONS_ID = /\bkv-tk-20\d\dZ\d{5}\b/g;

/** "2021-2022" is a vergaderjaar; so is "2014/15"; "2022-203" is not. */
function vergaderjaarProblem(first: string, second: string): KenmerkProblem | undefined {
  const start = Number(first);
  const end = Number(second);
  const expected = second.length === 4 ? start + 1 : (start + 1) % 100;
  if ((second.length === 4 || second.length === 2) && end === expected) return undefined;
  return { kind: 'vergaderjaar', first, second, expected: `${first}-${start + 1}` };
}

/** Where each kind's matches can start: within one line (see LineTokens); the letter looks for its title there too. */
export const AANHANGSEL_WORD = /Aanhangsel/g;
const KAMERSTUK_WORD = /Kamerstuk/g;

export function readKenmerken(lines: TextLines, tokens = new LineTokens(lines)): Kenmerk[] {
  const found: Kenmerk[] = [];
  const add = (kind: KenmerkKind, match: RegExpExecArray, value: string, problem?: KenmerkProblem) =>
    found.push({ kind, text: match[0], value, range: lines.range(match.index, match.index + match[0].length), problem });

  // a zaaknummer and a document id stay within a line: their own matches are the tokens
  for (const m of tokens.matches(ZAAKNUMMER, ZAAKNUMMER)) {
    const digits = m[3];
    add('zaaknummer', m, `${m[1]}Z${digits}`, digits.length === 5 ? undefined : { kind: 'zaaknummer-digits', digits: digits.length, year: m[1] });
  }
  for (const m of tokens.matches(AANHANGSEL_WORD, AANHANGSEL)) {
    const problem = m[1] ? vergaderjaarProblem(m[1], m[2]) : vergaderjaarProblem(m[3], m[4]);
    const years = m[1] ? `${m[1]}-${m[2]}` : `${m[3]}-${m[3].slice(0, 2)}${m[4]}`;
    add('aanhangsel', m, `Aanhangsel Handelingen, vergaderjaar ${years}, nr. ${m[5]}`, problem);
  }
  for (const m of tokens.matches(KAMERSTUK_WORD, KAMERSTUK)) {
    const dossier = m[3].replace(/\s/g, '');
    const problem = (m[1] ? vergaderjaarProblem(m[1], m[2]) : undefined) ?? (dossier.length === 5 ? undefined : { kind: 'dossier', printed: m[3] });
    add('kamerstuk', m, `Kamerstuk ${dossier.slice(0, 2)} ${dossier.slice(2)}, nr. ${m[4]}`, problem);
  }
  for (const m of tokens.matches(AANHANGSEL_ID, AANHANGSEL_ID)) add('document-id', m, m[0]);
  for (const m of tokens.matches(QUESTIONS_ID, QUESTIONS_ID)) add('document-id', m, m[0]);
  return found.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}
