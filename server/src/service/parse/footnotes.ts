import type { Range, TextLines } from '../text/lines';
import type { FootnoteDefinition, FootnoteMarker, FootnoteSeries } from '../model';
import type { NormalizedLine } from './lineKinds';
import { LineRole } from './structure';
import { readSuperscriptFootnotes, type MarkerCandidateMemo } from './superscriptFootnotes';
import type { ParseWork } from '../text/work';

/**
 * Footnote markers and definitions in three series that never resolve each other:
 *  - bracket:     "[1]" in the text, "[1] NOS, 8 februari 2022" as definition (the canonical form);
 *  - paren:       " 1)" after a sentence, "1) Nederlandse Orde ..." as definition (Word exports);
 *  - superscript: a digit glued to the text ("vertoont.1", "Nederland2", "»1?"), as PDF and web
 *                 extractions print a superscript; defined by a line starting with the number.
 * The paren series is read in sequence, as printed: only the next number can be a marker, and a
 * definition only resolves a marker already seen. Superscripts are read definitions first (see
 * superscriptFootnotes.ts).
 */

export interface Footnotes {
  markers: FootnoteMarker[];
  definitions: FootnoteDefinition[];
  /** Footnote texts read whose marker was not found (pasted text): an import says so; no rule reports them. */
  withoutMarker: FootnoteDefinition[];
}

const BRACKET_DEFINITION = /^\[(\d{1,3})\]/;
const BRACKET_MARKER = /\[(\d{1,3})\]/g;
const PAREN_DEFINITION = /^(\d{1,3})\)[ \t]+(?=\S)/;
const PAREN_MARKER = /[ \t](\d{1,3})\)/g;

/** A paren marker closes no bracket opened earlier on the line: "(lid 1)" is not a marker. */
function closesOpenParenthesis(text: string, at: number, work?: ParseWork): boolean {
  if (work) work.steps += at;
  let depth = 0;
  for (let i = 0; i < at; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x28) depth++;
    else if (c === 0x29 && depth > 0) depth--;
  }
  return depth > 0;
}

export function readFootnotes(lines: TextLines, normalized: NormalizedLine[], roles: LineRole[], scanFrom: number[], memo: MarkerCandidateMemo, work?: ParseWork): Footnotes {
  const markers: FootnoteMarker[] = [];
  const definitions: FootnoteDefinition[] = [];
  const definitionLines = new Set<number>();
  let nextParen = 1;
  const pendingParen = new Set<number>();
  /** Word's texts "2) ..." that follow "1) ..." in the notes while no " 2)" was surely a marker: kept, never checked. */
  const parenWithoutMarker: FootnoteDefinition[] = [];
  /** The last paren text read, and whether the line before this one (past blank lines and furniture) was one. */
  let lastParen = 0;
  let afterParenText = false;

  const rangeOf = (line: number, from: number, to: number): Range => {
    const offset = normalized[line].offset;
    return { start: { line, character: offset + from }, end: { line, character: offset + to } };
  };
  const define = (series: FootnoteSeries, n: number, label: string, line: number, labelEnd: number, text: string) => {
    definitions.push({ label, number: n, series, line, range: rangeOf(line, 0, labelEnd), sectionRange: lines.trimmedLineRange(line), text: text.trim() });
    definitionLines.add(line);
    if (series === 'paren') pendingParen.delete(n);
  };
  const mark = (series: FootnoteSeries, n: number, label: string, line: number, from: number, to: number) => {
    markers.push({ label, number: n, series, range: rangeOf(line, from, to), certain: series === 'bracket' });
    if (series === 'paren') {
      pendingParen.add(n);
      nextParen = n + 1;
    }
  };

  for (let i = 0; i < normalized.length; i++) {
    if (work) work.steps++;
    const role = roles[i];
    if (role === LineRole.Blank || role === LineRole.Furniture) continue;
    const text = normalized[i].text;
    let from = scanFrom[i];
    let definitionLine = false;
    const followsParenText = afterParenText;
    afterParenText = false;

    const first = text.charCodeAt(0);
    if (role === LineRole.Text && (first === 0x5b || (first >= 0x30 && first <= 0x39))) {
      const bracket = BRACKET_DEFINITION.exec(text);
      const paren = PAREN_DEFINITION.exec(text);
      if (bracket) {
        define('bracket', Number(bracket[1]), bracket[0], i, bracket[0].length, text.slice(bracket[0].length));
        from = bracket[0].length;
        definitionLine = true;
      } else if (paren && pendingParen.has(Number(paren[1]))) {
        define('paren', Number(paren[1]), `${paren[1]})`, i, paren[1].length + 1, text.slice(paren[0].length));
        definitionLine = true;
        lastParen = Number(paren[1]);
        afterParenText = true;
      } else if (paren && followsParenText && Number(paren[1]) === lastParen + 1) {
        // the next text in the notes: its marker was not read (" 2) dat ..." is no sure marker), yet it is no one's text
        parenWithoutMarker.push({ label: `${paren[1]})`, number: Number(paren[1]), series: 'paren', line: i, range: rangeOf(i, 0, paren[1].length + 1), sectionRange: lines.trimmedLineRange(i), text: text.slice(paren[0].length).trim() });
        definitionLines.add(i);
        definitionLine = true;
        lastParen = Number(paren[1]);
        afterParenText = true;
      }
    }
    if (from >= text.length) continue;
    if (work) work.steps += text.length - from;

    if (text.indexOf('[', from) >= 0) {
      BRACKET_MARKER.lastIndex = from;
      for (let m = BRACKET_MARKER.exec(text); m; m = BRACKET_MARKER.exec(text)) {
        mark('bracket', Number(m[1]), m[0], i, m.index, m.index + m[0].length);
      }
    }
    if (definitionLine || text.indexOf(')', from) < 0) continue;
    PAREN_MARKER.lastIndex = from;
    for (let m = PAREN_MARKER.exec(text); m; m = PAREN_MARKER.exec(text)) {
      const n = Number(m[1]);
      const start = m.index + 1;
      const end = start + m[1].length + 1;
      if (n === nextParen && !closesOpenParenthesis(text, start, work) && endsSentencePart(text, end)) mark('paren', n, `${m[1]})`, i, start, end);
    }
  }
  // Word's " 1)" is surely a marker where the document prints the texts of its series
  if (definitions.some((d) => d.series === 'paren')) for (const marker of markers) if (marker.series === 'paren') marker.certain = true;
  const superscripts = readSuperscriptFootnotes(lines, normalized, roles, scanFrom, definitionLines, memo, work);
  const mixed = resolveMixedForms(markers, definitions, superscripts.unmatched);
  const byPosition = (a: { range: Range }, b: { range: Range }) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
  return {
    markers: [...markers, ...superscripts.markers].sort(byPosition),
    definitions: [...definitions, ...superscripts.definitions, ...mixed.definitions].sort(byPosition),
    withoutMarker: [...mixed.unmatched, ...parenWithoutMarker].sort(byPosition),
  };
}

/**
 * "[1]" markers whose texts are printed "1 NOS, ..." (a converted document): a bracket marker with
 * no "[1] ..." text of its own takes the definition of its number that no superscript marker took.
 * Such a definition resolves the marker as a "[1] ..." would; it keeps its own label.
 */
function resolveMixedForms(markers: FootnoteMarker[], definitions: FootnoteDefinition[], unmatched: FootnoteDefinition[]): { definitions: FootnoteDefinition[]; unmatched: FootnoteDefinition[] } {
  const bracketDefined = new Set(definitions.filter((d) => d.series === 'bracket').map((d) => d.number));
  const wanted = new Set(markers.filter((m) => m.series === 'bracket' && !bracketDefined.has(m.number)).map((m) => m.number));
  const resolved: FootnoteDefinition[] = [];
  const left: FootnoteDefinition[] = [];
  for (const definition of unmatched) {
    if (wanted.has(definition.number)) {
      resolved.push({ ...definition, series: 'bracket' });
      wanted.delete(definition.number);
    } else left.push(definition);
  }
  return { definitions: resolved, unmatched: left };
}

/**
 * A Word footnote " 1)" ends a sentence or stands before the next one; "aangeven 1) hoeveel ..., 2) wie
 * ..." is an enumeration inside a sentence.
 */
function endsSentencePart(text: string, end: number): boolean {
  const rest = text.slice(end, end + 3);
  return rest.length === 0 || /^[ \t]*(?:$|[A-Z\u00c0-\u00de.,;:?!\u2018\u201c"'(\[])/.test(rest);
}
