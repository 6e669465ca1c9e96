import type { Range, TextLines } from '../text/lines';
import type { FootnoteDefinition, FootnoteMarker, FootnoteSeries } from '../model';
import type { NormalizedLine } from './lineKinds';
import { LineRole } from './structure';

/**
 * Footnote markers and definitions in three series that never resolve each other:
 *  - bracket:     "[1]" in the text, "[1] NOS, 8 februari 2022" as definition (the canonical form);
 *  - paren:       " 1)" after a sentence, "1) Nederlandse Orde ..." as definition (Word exports);
 *  - superscript: a digit glued to the text ("vertoont.1", "Nederland2", "»1?"), as PDF and web
 *                 extractions print a superscript; defined by a line starting with the number.
 * Extracted text is full of numbers that are not markers (years, article and measure numbers,
 * amounts), so the paren and superscript series are read in sequence, as printed: only the next
 * number of the series can be a marker, and a definition only resolves a marker already seen.
 */

export interface Footnotes {
  markers: FootnoteMarker[];
  definitions: FootnoteDefinition[];
}

const BRACKET_DEFINITION = /^\[(\d{1,3})\]/;
const BRACKET_MARKER = /\[(\d{1,3})\]/g;
const PAREN_DEFINITION = /^(\d{1,3})\)[ \t]+(?=\S)/;
const PAREN_MARKER = /[ \t](\d{1,3})\)/g;
const LEADING_DIGITS = /^\d{1,5}/;
const DIGIT_RUN = /\d+/g;
/** Closing punctuation a superscript is printed after: "vertoont.1", "ministeries’?1", "»1?". */
const CLOSING_PUNCTUATION = '.,;:?!)\u2019\u201d\u00bb"\'';
/** Abbreviations that are followed by a number, not by a footnote: "nr.1", "art.3". */
const NUMBER_ABBREVIATIONS = new Set(['nr', 'no', 'art', 'blz', 'p', 'pag', 'lid', 'fig', 'tab', 'hfst', 'par', 'jo', 'vgl']);
/** Words followed by a number in running text ("vraag 12", "artikel 23", "Kamerstuk 35"). */
const NUMBER_NOUNS = new Set([
  'vraag', 'vragen', 'antwoord', 'antwoorden', 'artikel', 'artikelen', 'lid', 'nummer', 'pagina', 'bijlage',
  'hoofdstuk', 'paragraaf', 'punt', 'stap', 'fase', 'week', 'kamerstuk', 'kamerstukken', 'motie', 'amendement',
  'postbus', 'nr', 'jaar', 'dag', 'dagen', 'uur', 'minuten', 'procent', 'euro', 'miljoen', 'miljard', 'van', 'tot',
  'tussen', 'sinds', 'in', 'op', 'per', 'ruim', 'circa', 'ongeveer', 'bijna', 'zo', 'die', 'dat',
]);

function isLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7);
}
function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}
function isUpper(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0xc0 && code <= 0xde && code !== 0xd7);
}

/** The word (letters only) that ends at `end` (exclusive). */
function wordBefore(text: string, end: number): { word: string; start: number } {
  let start = end;
  while (start > 0 && isLetter(text.charCodeAt(start - 1))) start--;
  return { word: text.slice(start, end), start };
}

/** For each number, the lines that start with it (possible definitions), for the weaker markers. */
function lineStartNumbers(normalized: NormalizedLine[], roles: LineRole[]): Map<number, number[]> {
  const found = new Map<number, number[]>();
  const add = (n: number, line: number) => {
    const list = found.get(n);
    if (list) list.push(line);
    else found.set(n, [line]);
  };
  for (let i = 0; i < normalized.length; i++) {
    if (roles[i] !== LineRole.Text) continue;
    const text = normalized[i].text;
    const digits = LEADING_DIGITS.exec(text);
    if (!digits) continue;
    const run = digits[0];
    const after = text.charCodeAt(run.length);
    if (Number.isNaN(after) || after === 0x20 || after === 0x09) add(Number(run), i);
    else if (isLetter(after) || isDigit(after)) {
      add(Number(run.slice(0, 1)), i);
      if (run.length > 1) add(Number(run.slice(0, 2)), i);
    }
  }
  return found;
}

function hasDefinitionAfter(starts: Map<number, number[]>, n: number, line: number): boolean {
  return (starts.get(n) ?? []).some((l) => l > line);
}

/** "32024Z15585" defines footnote 3 (PyPDF glues the number to the text): what follows the
 *  number must look like the start of a text or of an identifier, not like more digits. */
function gluedDefinitionNumber(text: string, pending: Set<number>): number | undefined {
  const digits = LEADING_DIGITS.exec(text);
  if (!digits) return undefined;
  const candidates = [...pending].sort((a, b) => a - b);
  for (const n of candidates) {
    const label = String(n);
    if (!digits[0].startsWith(label)) continue;
    const rest = text.slice(label.length);
    if (isUpper(rest.charCodeAt(0)) || /^20\d\d[ZD]\d{5}/.test(rest)) return n;
  }
  return undefined;
}

/** A paren marker closes no bracket opened earlier on the line: "(lid 1)" is not a marker. */
function closesOpenParenthesis(text: string, at: number): boolean {
  let depth = 0;
  for (let i = 0; i < at; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x28) depth++;
    else if (c === 0x29 && depth > 0) depth--;
  }
  return depth > 0;
}

export function readFootnotes(lines: TextLines, normalized: NormalizedLine[], roles: LineRole[], scanFrom: number[]): Footnotes {
  const markers: FootnoteMarker[] = [];
  const definitions: FootnoteDefinition[] = [];
  const starts = lineStartNumbers(normalized, roles);
  const next: Record<'paren' | 'superscript', number> = { paren: 1, superscript: 1 };
  const pending: Record<'paren' | 'superscript', Set<number>> = { paren: new Set(), superscript: new Set() };

  const rangeOf = (line: number, from: number, to: number): Range => {
    const offset = normalized[line].offset;
    return { start: { line, character: offset + from }, end: { line, character: offset + to } };
  };
  const define = (series: FootnoteSeries, n: number, label: string, line: number, labelEnd: number, text: string) => {
    definitions.push({
      label,
      number: n,
      series,
      line,
      range: rangeOf(line, 0, labelEnd),
      sectionRange: lines.trimmedLineRange(line),
      text: text.trim(),
    });
    if (series !== 'bracket') pending[series].delete(n);
  };
  const mark = (series: FootnoteSeries, n: number, label: string, line: number, from: number, to: number) => {
    markers.push({ label, number: n, series, range: rangeOf(line, from, to) });
    if (series !== 'bracket') {
      pending[series].add(n);
      next[series] = n + 1;
    }
  };
  const followingText = (line: number): string => {
    for (let i = line + 1; i < normalized.length; i++) {
      if (roles[i] === LineRole.Text) return normalized[i].text;
      if (roles[i] !== LineRole.Blank && roles[i] !== LineRole.Furniture) return '';
    }
    return '';
  };

  for (let i = 0; i < normalized.length; i++) {
    const role = roles[i];
    if (role === LineRole.Blank || role === LineRole.Furniture) continue;
    const text = normalized[i].text;
    let from = scanFrom[i];
    let definitionLine = false;

    const first = text.charCodeAt(0);
    if (role === LineRole.Text && (first === 0x5b || isDigit(first))) {
      const bracket = BRACKET_DEFINITION.exec(text);
      const paren = PAREN_DEFINITION.exec(text);
      const digits = LEADING_DIGITS.exec(text);
      if (bracket) {
        define('bracket', Number(bracket[1]), bracket[0], i, bracket[0].length, text.slice(bracket[0].length));
        from = bracket[0].length;
        definitionLine = true;
      } else if (paren && pending.paren.has(Number(paren[1]))) {
        define('paren', Number(paren[1]), `${paren[1]})`, i, paren[1].length + 1, text.slice(paren[0].length));
        definitionLine = true;
      } else if (digits && pending.superscript.size > 0) {
        const n = Number(digits[0]);
        const after = text.charCodeAt(digits[0].length);
        if (pending.superscript.has(n) && Number.isNaN(after)) {
          define('superscript', n, digits[0], i, digits[0].length, followingText(i));
          definitionLine = true;
        } else if (pending.superscript.has(n) && (after === 0x20 || after === 0x09)) {
          define('superscript', n, digits[0], i, digits[0].length, text.slice(digits[0].length));
          definitionLine = true;
        } else {
          const glued = gluedDefinitionNumber(text, pending.superscript);
          if (glued !== undefined) {
            const label = String(glued);
            define('superscript', glued, label, i, label.length, text.slice(label.length));
            definitionLine = true;
          }
        }
      }
    }
    if (from >= text.length) continue;

    if (text.indexOf('[', from) >= 0) {
      BRACKET_MARKER.lastIndex = from;
      for (let m = BRACKET_MARKER.exec(text); m; m = BRACKET_MARKER.exec(text)) {
        mark('bracket', Number(m[1]), m[0], i, m.index, m.index + m[0].length);
      }
    }
    if (definitionLine) continue;

    if (text.indexOf(')', from) >= 0) {
      PAREN_MARKER.lastIndex = from;
      for (let m = PAREN_MARKER.exec(text); m; m = PAREN_MARKER.exec(text)) {
        const n = Number(m[1]);
        const start = m.index + 1;
        if (n === next.paren && !closesOpenParenthesis(text, start)) mark('paren', n, `${m[1]})`, i, start, start + m[1].length + 1);
      }
    }
    scanSuperscripts(text, from, i, next.superscript, starts, (n, s, e) => {
      if (n === next.superscript) mark('superscript', n, String(n), i, s, e);
    });
  }
  return { markers, definitions };
}

/** Finds the superscript-looking digit runs of one line, calling `found` for the expected one. */
function scanSuperscripts(
  text: string,
  from: number,
  line: number,
  expected: number,
  definitionStarts: Map<number, number[]>,
  found: (n: number, start: number, end: number) => void,
): void {
  DIGIT_RUN.lastIndex = from;
  for (let m = DIGIT_RUN.exec(text); m; m = DIGIT_RUN.exec(text)) {
    const run = m[0];
    const start = m.index;
    const end = start + run.length;
    const after = text.charCodeAt(end);
    if (isLetter(after)) continue; // "11.7a", "2024Tweede": part of a word
    const before = start > 0 ? text.charCodeAt(start - 1) : NaN;
    const value = run.length <= 3 ? Number(run) : NaN;

    if (isLetter(before)) {
      const { word, start: wordStart } = wordBefore(text, start);
      if (wordStart > 0 && isDigit(text.charCodeAt(wordStart - 1))) continue; // 2024Z00025
      if (word.length <= 2 && [...word].every((c) => isUpper(c.charCodeAt(0)))) continue; // CO2, D66
      found(value, start, end);
      if (value === expected) expected++;
      continue;
    }
    if (!Number.isNaN(before) && CLOSING_PUNCTUATION.includes(text[start - 1])) {
      const beforePunctuation = text.charCodeAt(start - 2);
      if ((before === 0x2c || before === 0x3a) && isDigit(beforePunctuation)) continue; // 4,64 and 3:10
      if (before === 0x2e && NUMBER_ABBREVIATIONS.has(wordBefore(text, start - 1).word.toLowerCase())) continue;
      found(value, start, end);
      if (value === expected) expected++;
      continue;
    }
    // The weaker forms need a document that already has superscripts (expected > 1), and a
    // definition of that number further down.
    if (expected < 2 || !hasDefinitionAfter(definitionStarts, expected, line)) continue;
    const label = String(expected);
    if (start === 0 && after === 0x20 && /^ [a-z\u00e0-\u00ff]/.test(text.slice(end, end + 2)) && run === label) {
      // "2 waarin ik ...": a superscript that PyPDF put at the start of the next line.
      found(expected, start, end);
      expected++;
      continue;
    }
    if (before === 0x20 && run.length > label.length && run.endsWith(label) && run[0] !== '0') {
      // "Actoren 23": the title "... Actoren 2" followed by superscript 3.
      if (after === 0x20 && isDigit(text.charCodeAt(end + 1))) continue; // "Kamerstuk 35 570"
      const { word } = wordBefore(text, start - 1);
      if (word.length === 0 || NUMBER_NOUNS.has(word.toLowerCase())) continue;
      found(expected, end - label.length, end);
      expected++;
    }
  }
}
