import type { Range, TextLines } from '../text/lines';
import type { DatedText, Letter, LetterField } from '../model';
import { DUTCH_MONTHS, isRealDate, parseDutchDate } from '../dates';
import { LineTokens } from '../text/lineTokens';
import { AANHANGSEL_ID, AANHANGSEL_WORD } from './kenmerken';

/**
 * The letter's own facts, read once so that rules and features never re-read the raw text: which
 * set of questions is answered (askers, subject, sent date, zaaknummer), when the answers were
 * received or published, the letter's date, its "Ons kenmerk" and "Uw kenmerk", and the chamber.
 *
 * The set being answered is the one in the heading "Vragen van het lid ... (ingezonden ...)". A
 * letter may first cite another set ("In aanvulling op mijn antwoorden op de vragen ... (ingezonden
 * 4 juni 2026, 2026Z11478)"): without a heading, the set is the one whose zaaknummer is Uw kenmerk,
 * or else the only one that is not cited as earlier. Where the text gives no single answer, the
 * fact stays unknown, and no rule judges it.
 */

/** A zaaknummer: the year, Z and five digits ("2024Z00025"), once printed with a space ("2024Z 17972"). */
export const ZAAKNUMMER_SHAPE = /^20\d\dZ\d{5}$/;

/** "2024Z 17972" -> "2024Z17972": every space goes. */
export function normalizeZaaknummer(text: string): string {
  return text.replace(/\s/g, '');
}

// Case-insensitive patterns go without the 'u' flag: with both, V8 folds case through Unicode
// tables and scans a long text some thirty times slower; the words matched are ASCII.
const DATE = `(\\d{1,2}\\s+(?:${DUTCH_MONTHS.join('|')})\\s+\\d{4})`;
const SENT = new RegExp(`\\b(?:ingezonden|ingediend)\\s+(?:op\\s+)?${DATE}(?:\\s*,\\s*(20\\d\\dZ ?\\d{5})\\b)?`, 'iy');
const INTRODUCED_ZAAK = new RegExp(`(?:uw brief van\\s+${DATE},\\s*nr\\.\\s*|met kenmerk\\s+)(20\\d\\dZ ?\\d{5})\\b`, 'iy');
/** After "Vragen" at the start of a line (past a bullet): see `questionsHeading`. */
const HEADING = /Vragen\s+van\s+((?:het\s+lid|de\s+leden)\s[^]{1,400}?)\s+aan\s+de\s+([^]{1,200}?)\s+over\s+([^]{1,800}?)\s+\((?:ingezonden\s+)+(\d{1,2}\s+\p{L}+\s+\d{4})(?:,\s*(20\d\dZ ?\d{5}))?\)/uy;
/** The cover letter's "... de vragen van het lid X (P) over S (ingezonden D": askers and subject when there is no heading. */
const COVER_SET = /vragen\s+van\s+((?:het\s+lid|de\s+leden)\s[^]{1,400}?)\s+over\s+([^]{1,800}?)\s+\((?:ingezonden|ingediend)\s+(?:op\s+)?/iy;
/** The same heading where the text glued words together ("... Welzijn en Sportover zorg ..."): read when the spaced one is not there. */
const GLUED_HEADING = /Vragen\s*van\s+((?:het\s+lid|de\s+leden)\s[^]{1,400}?)\s*aan\s+de\s+([^]{1,200}?)\s*over\s+([^]{1,800}?)\s*\((?:ingezonden\s*)+(\d{1,2}\s*\p{L}+\s*\d{4})(?:,\s*(20\d\dZ ?\d{5}))?\)/uy;
const RECEIVED = new RegExp(`\\(ontvangen\\s+(?:\\(ontvangen\\s+)?${DATE}\\)`, 'i');
const BEANTWOORD = new RegExp(`\\bBeantwoord\\s+${DATE}`, 'y');
/** Tried where the kenmerken's finder found "Aanhangsel": no search of its own. */
const AANHANGSEL_TITLE = /\bAanhangsel van de Handelingen\b/y;
/** After "Datum" at the start of a line: see `letterDateOf`. */
const LETTER_DATE = new RegExp(`Datum:?[ \\t]+${DATE}`, 'y');
/** The letter's own id: the kenmerken's document ids (AANHANGSEL_ID) match where this does, so it is tried only there. */
const OWN_ID = /\bah-(tk|ek)-(\d{4})(\d{4})-(\d+)\b/y;
const EERSTE_KAMER = /\bEerste Kamer der Staten-Generaal\b|\bVoorzitter van de Eerste Kamer\b|\bah-ek-\d/;
/** Every match of EERSTE_KAMER holds one of these: looking for them is many times faster than the pattern. */
const EERSTE_KAMER_WORDS = ['Eerste Kamer', 'ah-ek-'];
/** Words that cite another, earlier set of questions before its "(ingezonden ...)". */
const EARLIER_SET = /\b(?:in aanvulling op|eerder(?:e)?|vorige|mijn antwoorden op)\b/i;
const FIELD = /^\s*(?:>\s*)?(Ons kenmerk|Uw kenmerk)\b[ \t]*(.*)$/;
const FIELD_LABEL = /(?:Ons|Uw) kenmerk/g;
/** Where the longer patterns can start: words within one line (see LineTokens). */
const SENT_WORD = /ingezonden|ingediend/gi;
const INTRODUCED_WORDS = /uw brief van|met kenmerk/gi;
const BEANTWOORD_WORD = /Beantwoord/g;
const DATUM_WORD = /Datum/g;
const LATE_DAY = /\b(?:29|30|31)/g;
/** The heading of the questions stands near the top; a letter's facts are read from there. */
const HEAD_LENGTH = 6000;

function dated(lines: TextLines, text: string, offset: number): DatedText {
  return { date: parseDutchDate(text), text, range: lines.range(offset, offset + text.length) };
}

interface SentCandidate extends DatedText {
  zaak?: string;
  zaakRange?: Range;
  citesEarlierSet: boolean;
}

function sentCandidates(lines: TextLines, tokens: LineTokens): SentCandidate[] {
  const text = lines.text;
  const candidates: SentCandidate[] = [];
  for (const m of tokens.matches(SENT_WORD, SENT)) {
    const dateOffset = m.index + m[0].indexOf(m[1]);
    const zaakOffset = m[2] ? m.index + m[0].lastIndexOf(m[2]) : -1;
    // the sentence before it (bounded, so a long text stays linear)
    const sentenceStart = Math.max(text.lastIndexOf('.', m.index), m.index - 300, 0);
    candidates.push({
      ...dated(lines, m[1], dateOffset),
      zaak: m[2] && normalizeZaaknummer(m[2]),
      zaakRange: m[2] ? lines.range(zaakOffset, zaakOffset + m[2].length) : undefined,
      citesEarlierSet: EARLIER_SET.test(text.slice(sentenceStart, m.index)),
    });
  }
  return candidates;
}

export function readLetterFields(lines: TextLines, tokens = new LineTokens(lines)): LetterField[] {
  const fields: LetterField[] = [];
  let lastLine = -1;
  // find the labels in the whole text at once, then read only their lines
  for (const at of tokens.offsets(FIELD_LABEL)) {
    const i = lines.positionAt(at).line;
    if (tokens.work) tokens.work.patternTries++;
    if (i === lastLine) continue;
    lastLine = i;
    const m = FIELD.exec(lines.lineText(i));
    if (!m) continue;
    let valueLine = i;
    let value = m[2].trim();
    // PDF text puts the sidebar's value on a later line, often after a blank one
    for (let next = i + 1; !value && next < Math.min(lines.count, i + 4); next++) {
      valueLine = next;
      value = lines.lineText(next).trim();
    }
    if (!value || /^\S*kenmerk\b/i.test(value)) continue;
    // a value on a later line (the PDF sidebar) is short and has a digit; a sentence is not a kenmerk
    if (valueLine !== i && (value.length > 40 || !/\d/.test(value))) continue;
    const start = lines.lineText(valueLine).indexOf(value);
    fields.push({ label: m[1] as LetterField['label'], value, range: { start: { line: valueLine, character: start }, end: { line: valueLine, character: start + value.length } } });
  }
  return fields;
}

/** The set being answered: the heading's, else Uw kenmerk's, else the one set not cited as earlier. */
function answeredSet(candidates: SentCandidate[], headingDate: string | undefined, uwKenmerk: string | undefined): SentCandidate | undefined {
  const fold = (s: string) => s.replace(/\s+/g, ' ');
  if (headingDate) return candidates.find((c) => fold(c.text) === headingDate);
  if (uwKenmerk) {
    const matching = candidates.find((c) => c.zaak === uwKenmerk);
    if (matching) return matching;
  }
  const own = candidates.filter((c) => !c.citesEarlierSet);
  const dates = new Set(own.map((c) => fold(c.text)));
  return dates.size === 1 ? own[0] : undefined;
}

export function readLetter(lines: TextLines, tokens = new LineTokens(lines)): Letter {
  const text = lines.text;
  const head = text.slice(0, HEAD_LENGTH);
  const heading = questionsHeading(head);
  const headingFolded = heading?.map((group) => group && group.replace(/\s+/g, ' ').trim());
  const fields = readLetterFields(lines, tokens);
  const uwKenmerk = fields.find((f) => f.label === 'Uw kenmerk');
  const uwValue = uwKenmerk && normalizeZaaknummer(uwKenmerk.value);
  const sent = answeredSet(sentCandidates(lines, tokens), headingFolded?.[4], uwValue && ZAAKNUMMER_SHAPE.test(uwValue) ? uwValue : undefined);

  let setZaaknummer: Letter['setZaaknummer'];
  if (sent?.zaak && sent.zaakRange) setZaaknummer = { value: sent.zaak, range: sent.zaakRange };
  else if (!sent || !sent.citesEarlierSet) {
    for (const m of tokens.matches(INTRODUCED_WORDS, INTRODUCED_ZAAK)) {
      const zaak = m[2] ?? m[1];
      const start = m.index + m[0].lastIndexOf(zaak);
      if (EARLIER_SET.test(text.slice(Math.max(text.lastIndexOf('.', m.index), m.index - 300, 0), m.index))) continue;
      setZaaknummer = { value: normalizeZaaknummer(zaak), range: lines.range(start, start + zaak.length) };
      break;
    }
  }

  const cover = headingFolded ? undefined : coverSet(text, sent && lines.offsetAt(sent.range.start));
  const received = RECEIVED.exec(head);
  const letterDate = letterDateOf(text, tokens);
  const own = first(tokens.matches(AANHANGSEL_ID, OWN_ID));
  // the first zaaknummer of the head, with any white space after the Z (a line break in PDF text): read only when nothing else names one
  const firstZaak = () => /\b20\d\dZ\s*\d{5}\b/.exec(head)?.[0];
  return {
    askers: headingFolded?.[1] ?? cover?.askers,
    addressee: headingFolded?.[2],
    subject: headingFolded?.[3] ?? cover?.subject,
    headingRange: heading && lines.range(heading.index, heading.index + heading[0].length),
    sent: sent && { date: sent.date, text: sent.text, range: sent.range },
    setZaaknummer,
    zaaknummer: setZaaknummer?.value ?? (headingFolded?.[5] && normalizeZaaknummer(headingFolded[5])) ?? (uwValue && ZAAKNUMMER_SHAPE.test(uwValue) ? uwValue : undefined) ?? optionalZaak(firstZaak()),
    received: received ? dated(lines, received[1], received.index + received[0].lastIndexOf(received[1])) : undefined,
    published: first(tokens.matches(BEANTWOORD_WORD, BEANTWOORD)) !== undefined || first(tokens.matches(AANHANGSEL_WORD, AANHANGSEL_TITLE)) !== undefined,
    letterDate: letterDate ? dated(lines, letterDate[1], letterDate.index + letterDate[0].lastIndexOf(letterDate[1])) : undefined,
    citation: own ? `Aanhangsel Handelingen, vergaderjaar ${own[2]}-${own[3]}, nr. ${own[4]}` : undefined,
    onsKenmerk: fields.find((f) => f.label === 'Ons kenmerk'),
    uwKenmerk,
    fields,
    chamber: namesEersteKamer(head) || own?.[1] === 'ek' ? 'eerste-kamer' : 'tweede-kamer',
  };
}

/**
 * The set's askers and subject from the cover letter's sentence that ends in its "(ingezonden"
 * date ("Hierbij zend ik u de antwoorden op de vragen van het lid Jansen (VVD) over camera's
 * (ingezonden 3 januari 2026, ...)"), for a draft that has the letter but not yet the heading.
 */
function coverSet(text: string, sentAt: number | undefined): { askers: string; subject: string } | undefined {
  if (sentAt === undefined) return undefined;
  const windowStart = Math.max(0, sentAt - 1500);
  const found = text.slice(windowStart, sentAt).lastIndexOf('vragen van');
  if (found < 0) return undefined;
  const from = windowStart + found;
  COVER_SET.lastIndex = from;
  const m = COVER_SET.exec(text);
  if (!m || m.index + m[0].length !== sentAt) return undefined;
  const fold = (group: string) => group.replace(/\s+/g, ' ').trim();
  return { askers: fold(m[1]), subject: fold(m[2]) };
}

function namesEersteKamer(head: string): boolean {
  return EERSTE_KAMER_WORDS.some((word) => head.includes(word)) && EERSTE_KAMER.test(head);
}

const optionalZaak = (zaak: string | undefined) => zaak && normalizeZaaknummer(zaak);

function first<T>(items: Iterator<T>): T | undefined {
  return items.next().value as T | undefined;
}

/** Whether only spaces and tabs stand between the start of its line (\n or the text's start) and `at`; `bullet`: or a bullet. */
function startsLine(text: string, at: number, bullet: boolean): boolean {
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  if (bullet && i >= 0 && (text[i] === '•' || text[i] === '·' || text[i] === '-')) {
    i--;
    while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  }
  return i < 0 || text[i] === '\n';
}

/** "Vragen van het lid ..." at the start of a line, past a bullet: the set's heading. */
/** The askers, addressee and subject of a questions' heading "Vragen van ... (ingezonden ...)" in `text`, white space folded. */
export function readQuestionsHeading(text: string): { askers: string; addressee: string; subject: string } | undefined {
  const heading = questionsHeading(text);
  if (!heading) return undefined;
  const fold = (group: string) => group.replace(/\s+/g, ' ').trim();
  return { askers: fold(heading[1]), addressee: fold(heading[2]), subject: fold(heading[3]) };
}

function questionsHeading(head: string): RegExpExecArray | undefined {
  for (const pattern of [HEADING, GLUED_HEADING]) {
    for (let at = head.indexOf('Vragen'); at >= 0; at = head.indexOf('Vragen', at + 1)) {
      if (!startsLine(head, at, true)) continue;
      pattern.lastIndex = at;
      const match = pattern.exec(head);
      if (match) return match;
    }
  }
  return undefined;
}

/** "Datum 13 maart 2024" at the start of a line (any line break: the original pattern was multi-line). */
function letterDateOf(text: string, tokens: LineTokens): RegExpExecArray | undefined {
  for (const at of tokens.offsets(DATUM_WORD)) {
    if (tokens.work) tokens.work.patternTries++;
    let i = at - 1;
    while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
    if (i >= 0 && !'\n\r\u2028\u2029'.includes(text[i])) continue;
    LETTER_DATE.lastIndex = at;
    const match = LETTER_DATE.exec(text);
    if (match) return match;
  }
  return undefined;
}

/** Only the 29th to 31st of a month can fail to exist: those are the dates worth reading. */
const LATE_DAY_DATE = new RegExp(`\\b(?:29|30|31)\\s+(?:${DUTCH_MONTHS.join('|')})\\s+\\d{4}\\b`, 'iy');

/** Dates that do not exist ("31 februari 2024"), anywhere in the text. */
export function readNonexistentDates(lines: TextLines, tokens = new LineTokens(lines)): DatedText[] {
  const found: DatedText[] = [];
  for (const m of tokens.matches(LATE_DAY, LATE_DAY_DATE)) {
    const date = dated(lines, m[0], m.index);
    if (date.date && !isRealDate(date.date)) found.push(date);
  }
  return found;
}
