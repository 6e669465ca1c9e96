import { readNumberList } from './numberList';

/**
 * What one line is, judged from that line alone. Which bare numbers and numbered items are
 * questions depends on the document's layout and is decided later (see structure.ts).
 */
export type LineKind =
  | { kind: 'blank' }
  | { kind: 'furniture' }
  | { kind: 'running-footer' }
  | { kind: 'question-heading'; numbers: number[]; labels: string[]; spans: Array<[number, number]>; end: number; inlineText?: number; bullet: boolean }
  | { kind: 'answer-heading'; numbers: number[]; labels: string[]; spans: Array<[number, number]>; end: number; inlineText?: number }
  | { kind: 'bare-answer-heading'; end: number; inlineText?: number }
  | { kind: 'mededeling-heading'; end: number }
  | { kind: 'bare-number'; number: number; end: number }
  | { kind: 'numbered-item'; number: number; end: number; delimiter: '.' | ')' }
  | { kind: 'text' };

/** A line with its decoration removed; `offset` maps an index in `text` back to the raw line. */
export interface NormalizedLine {
  text: string;
  offset: number;
  bullet: boolean;
}

const LEADING_DECORATION = /^[\ufeff\f\v \t\u00a0\u2007\u202f]*(?:([\u2022\u00b7\u25aa\u25e6*])[ \t\u00a0]+)?/;

const NO_BREAK_SPACES = /[\u00a0\u2007\u202f]/g;

/** Whether a line's first character may be decoration (space, BOM, form feed, bullet). */
function mayStartWithDecoration(code: number): boolean {
  return code <= 0x20 || code === 0xa0 || code === 0xfeff || code === 0x2022 || code === 0xb7 || code === 0x25aa || code === 0x25e6 || code === 0x2a || code === 0x2007 || code === 0x202f;
}

/** Whether a text has any no-break space: when it has none, no line needs to be searched for one. */
export function hasNoBreakSpaces(text: string): boolean {
  return text.indexOf('\u00a0') >= 0 || text.indexOf('\u2007') >= 0 || text.indexOf('\u202f') >= 0;
}

/** `noBreakSpaces` false: the caller knows the line has none (searching each line costs more than the text once). */
export function normalizeLine(raw: string, noBreakSpaces = true): NormalizedLine {
  let offset = 0;
  let bullet = false;
  if (raw.length > 0 && mayStartWithDecoration(raw.charCodeAt(0))) {
    const decoration = LEADING_DECORATION.exec(raw)!;
    offset = decoration[0].length;
    bullet = decoration[1] !== undefined;
  }
  let text = offset === 0 ? raw : raw.slice(offset);
  const first = text.charCodeAt(0);
  if ((first === 0x54 || first === 0x45 || first === 0x41 || first === 0x61 || first === 0x6b || first === 0x2019 || first === 0x27) && text.length < 200) {
    const glued = FURNITURE_BEFORE_HEADING.exec(text);
    if (glued) {
      offset += glued[0].length;
      text = text.slice(glued[0].length);
    }
  }
  // No-break spaces are spaces to a reader; replacing one character by one keeps offsets valid.
  if (noBreakSpaces && hasNoBreakSpaces(text)) text = text.replace(NO_BREAK_SPACES, ' ');
  const last = text.charCodeAt(text.length - 1);
  if (last <= 0x20 || last === 0xa0) text = text.trimEnd();
  return { text, offset, bullet };
}

const BLANK: LineKind = { kind: 'blank' };
const TEXT: LineKind = { kind: 'text' };
const FURNITURE: LineKind = { kind: 'furniture' };

const QUESTION_WORD = /^vra(?:ag|gen)[ \t]+(?=\d)/iy;
const ANSWER_WORDS = /^antwoord(?:en)?(?:[ \t]+(?:op|bij|van))?(?:[ \t]+(?:de[ \t]+)?vra(?:ag|gen))?[ \t]+(?=\d)/iy;
const HEADING_ONLY_REST = /^[ \t]*[:.]?[ \t]*$/;
const INLINE_TEXT_REST = /^[ \t]*[:.][ \t]+(?=\S)/;
const BARE_ANSWER = /^antwoord[ \t]*([:.]?)[ \t]*/i;
const MEDEDELING = /^mededeling(?:[ \t]*[-\u2013:].*)?$/i;
const BARE_NUMBER = /^\d{1,6}$/;
const NUMBERED_ITEM = /^(\d{1,6})[.)][ \t]+(?=\S)/;
const PAGE_OF = /^pagina \d+ van \d+$/i;
/** A page's running footer: "Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel", or a question document's "..., Vragen 1", after the colophon glued before it or nothing. */
const RUNNING_FOOTER = /^(?:ISSN [\d -]+|[\u2019']s-Gravenhage \d{4}|(?:ah|kv)-(?:tk|ek)-[0-9A-Z-]+|[ \t])*(?:Tweede|Eerste) Kamer, vergaderjaar \d{4}\s*[-\u2013]\s*\d{4}, (?:Aanhangsel|Vragen(?: \d{1,4})?)$/;
const DOCUMENT_ID_LINE = /^(?:ah|kv)-(?:tk|ek)-[0-9A-Z]+(?:-\d+)?$/;
const PRINT_DETAILS = /^(?:ISSN \d{4}|[\u2019']s-Gravenhage \d{4}(?:$|[ \t]+(?:Tweede|Eerste) Kamer, vergaderjaar))/;
/** The colophon and title lines of a published question document, each a line of its own. */
const COLOPHON = /^(?:(?:Tweede|Eerste) Kamer der Staten-Generaal|Vergaderjaar \d{4}\s*[-\u2013]\s*\d{4}|Aanhangsel van de Handelingen|Vragen gesteld door de leden der Kamer\b.*)$/;
/**
 * Page furniture that a PDF extraction glues before a heading ("... Aanhangsel 1Antwoord 3", with the
 * colophon's "’s-Gravenhage 2025" before it or not): read as decoration, so the heading is still a heading.
 */
const FURNITURE_BEFORE_HEADING = /^(?:(?:ah|kv)-(?:tk|ek)-[0-9A-Z-]+[ \t]+)?(?:[\u2019']s-Gravenhage \d{4}[ \t]+)?(?:(?:Tweede|Eerste) Kamer, vergaderjaar \d{4}[ \t]*[-\u2013][ \t]*\d{4}, (?:Aanhangsel|Vragen)|Aanhangsel)[ \t]*\d{0,4}[ \t]*(?=(?:Antwoord|Vraag)\b)/;

/** After the heading's numbers: nothing, or a colon or dot and the question or answer text. */
function headingRest(text: string, at: number): { end: number; inlineText?: number } | undefined {
  const rest = text.slice(at);
  if (HEADING_ONLY_REST.test(rest)) return { end: at };
  const inline = INLINE_TEXT_REST.exec(rest);
  if (inline) return { end: at, inlineText: at + inline[0].length };
  return undefined;
}

export function classifyLine(line: NormalizedLine): LineKind {
  const text = line.text;
  if (text.length === 0) return BLANK;
  const first = text.charCodeAt(0);
  const lower = first | 0x20;

  if (lower === 0x76 /* v */) {
    QUESTION_WORD.lastIndex = 0;
    if (QUESTION_WORD.test(text)) {
      const list = readNumberList(text, QUESTION_WORD.lastIndex, true);
      const rest = list && headingRest(text, list.end);
      if (list && rest) return { kind: 'question-heading', numbers: list.numbers, labels: list.labels, spans: list.spans, ...rest, bullet: line.bullet };
    }
    return COLOPHON.test(text) ? FURNITURE : TEXT;
  }
  if (lower === 0x61 /* a */) {
    ANSWER_WORDS.lastIndex = 0;
    if (ANSWER_WORDS.test(text)) {
      const list = readNumberList(text, ANSWER_WORDS.lastIndex, true);
      const rest = list && headingRest(text, list.end);
      if (list && rest) return { kind: 'answer-heading', numbers: list.numbers, labels: list.labels, spans: list.spans, ...rest };
    }
    const bare = BARE_ANSWER.exec(text);
    if (bare) {
      const end = bare[0].length;
      if (end === text.length) return { kind: 'bare-answer-heading', end: 8 };
      if (bare[1] === ':') return { kind: 'bare-answer-heading', end: 8, inlineText: end };
    }
    if (DOCUMENT_ID_LINE.test(text) || COLOPHON.test(text)) return FURNITURE;
    return TEXT;
  }
  if (lower === 0x6d /* m */ && MEDEDELING.test(text)) return { kind: 'mededeling-heading', end: text.length };
  if (first >= 0x30 && first <= 0x39) {
    if (BARE_NUMBER.test(text)) return { kind: 'bare-number', number: Number(text), end: text.length };
    const item = NUMBERED_ITEM.exec(text);
    if (item) return { kind: 'numbered-item', number: Number(item[1]), end: item[1].length + 1, delimiter: text[item[1].length] as '.' | ')' };
    return TEXT;
  }
  if (PAGE_OF.test(text) || PRINT_DETAILS.test(text) || DOCUMENT_ID_LINE.test(text) || COLOPHON.test(text)) return FURNITURE;
  if (text.length < 200 && text.includes(', vergaderjaar ') && RUNNING_FOOTER.test(text)) return { kind: 'running-footer' };
  return TEXT;
}
