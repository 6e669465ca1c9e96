import type { Range, TextLines } from './text/lines';

/**
 * Reference numbers in the text (see ARCHITECTURE.md for the words): zaaknummers ("2024Z00025",
 * once printed "2024Z 17972"), Aanhangsel citations ("Aanhangsel Handelingen, vergaderjaar
 * 2021-2022, nr. 2273"), Kamerstuk citations, document ids, and the letter's "Ons kenmerk" and
 * "Uw kenmerk" fields. Candidates are read loosely so that a malformed one can be reported.
 */

export type KenmerkKind = 'zaaknummer' | 'aanhangsel' | 'kamerstuk' | 'document-id';

export interface Kenmerk {
  kind: KenmerkKind;
  /** As printed. */
  text: string;
  /** Normalised: "2024Z17972", "Aanhangsel Handelingen, vergaderjaar 2021-2022, nr. 2273". */
  value: string;
  range: Range;
  /** Why it does not fit its format; undefined when it does. */
  problem?: string;
}

export interface LetterField {
  label: 'Ons kenmerk' | 'Uw kenmerk';
  value: string;
  range: Range;
}

const ZAAKNUMMER = /\b(20\d\d)Z( ?)(\d{3,7})(?!\d)/g;
const AANHANGSEL = /Aanhangsel\s+(?:van\s+de\s+)?Handelingen(?:\s+I{1,2})?,?\s*(?:vergaderjaar\s+(\d{4})\s*[-\u2013]\s*(\d{1,4})|(\d{4})\/(\d{1,2})),\s*nr\.\s*(\d+)/g;
const KAMERSTUK = /Kamerstuk(?:ken)?(?:\s+I{1,2})?,?(?:\s+(\d{4})\s*[-\u2013/]\s*(\d{1,4}),)?\s+(\d{2}\s?\d{1,4})(?:-[A-Z0-9]+)?(?:\s+[IVXLC]+)?,\s*nr\.\s*(\d+)/g;
const DOCUMENT_ID = /\b(?:ah-(?:tk|ek)-\d{8}-\d+|kv-tk-20\d\dZ\d{5})\b/g;
const FIELD = /^\s*(?:>\s*)?(Ons kenmerk|Uw kenmerk)\b[ \t]*(.*)$/;

/** "2021-2022" is a vergaderjaar; so is "2014/15"; "2022-203" is not. */
function vergaderjaarProblem(first: string, second: string): string | undefined {
  const start = Number(first);
  const end = Number(second);
  const expected = second.length === 4 ? start + 1 : (start + 1) % 100;
  if ((second.length === 4 || second.length === 2) && end === expected) return undefined;
  return `vergaderjaar ${first}-${second}: verwacht ${first}-${start + 1}`;
}

export function readKenmerken(lines: TextLines): Kenmerk[] {
  const text = lines.text;
  const found: Kenmerk[] = [];
  const add = (kind: KenmerkKind, match: RegExpExecArray, value: string, problem?: string) =>
    found.push({ kind, text: match[0], value, range: lines.range(match.index, match.index + match[0].length), problem });

  for (const m of text.matchAll(ZAAKNUMMER)) {
    const digits = m[3];
    add('zaaknummer', m, `${m[1]}Z${digits}`, digits.length === 5 ? undefined : `${digits.length} cijfers na de Z; een zaaknummer heeft er 5 (${m[1]}Z00025)`);
  }
  for (const m of text.matchAll(AANHANGSEL)) {
    const problem = m[1] ? vergaderjaarProblem(m[1], m[2]) : vergaderjaarProblem(m[3], m[4]);
    const years = m[1] ? `${m[1]}-${m[2]}` : `${m[3]}-${m[3].slice(0, 2)}${m[4]}`;
    add('aanhangsel', m, `Aanhangsel Handelingen, vergaderjaar ${years}, nr. ${m[5]}`, problem);
  }
  for (const m of text.matchAll(KAMERSTUK)) {
    const dossier = m[3].replace(/\s/g, '');
    const problem = (m[1] ? vergaderjaarProblem(m[1], m[2]) : undefined) ?? (dossier.length === 5 ? undefined : `dossiernummer ${m[3]}: een Kamerstuk heeft 5 cijfers (30 821)`);
    add('kamerstuk', m, `Kamerstuk ${dossier.slice(0, 2)} ${dossier.slice(2)}, nr. ${m[4]}`, problem);
  }
  for (const m of text.matchAll(DOCUMENT_ID)) add('document-id', m, m[0]);
  return found.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

/** "Ons kenmerk 5222646" on one line, or the label with its value on the next line (PDF sidebar). */
const FIELD_LABEL = /(?:Ons|Uw) kenmerk/g;

export function readLetterFields(lines: TextLines): LetterField[] {
  const fields: LetterField[] = [];
  let lastLine = -1;
  // find the labels in the whole text at once, then read only their lines
  for (const label of lines.text.matchAll(FIELD_LABEL)) {
    const i = lines.positionAt(label.index).line;
    if (i === lastLine) continue;
    lastLine = i;
    const line = lines.lineText(i);
    const m = FIELD.exec(line);
    if (!m) continue;
    let valueLine = i;
    let value = m[2].trim();
    // PDF text puts the sidebar's value on a later line, often after a blank one
    for (let next = i + 1; !value && next < Math.min(lines.count, i + 4); next++) {
      valueLine = next;
      value = lines.lineText(next).trim();
    }
    if (!value || /^\S*kenmerk\b/i.test(value)) continue;
    const lineText = lines.lineText(valueLine);
    const start = lineText.indexOf(value);
    fields.push({ label: m[1] as LetterField['label'], value, range: { start: { line: valueLine, character: start }, end: { line: valueLine, character: start + value.length } } });
  }
  return fields;
}
