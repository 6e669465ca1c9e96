import type { Range, TextLines } from '../text/lines';
import type { FootnoteDefinition, FootnoteMarker } from '../model';
import type { NormalizedLine } from './lineKinds';
import { LineRole } from './structure';
import type { ParseWork } from '../text/work';

/**
 * Superscript footnotes as PDF and web extractions print them: the marker is a digit glued to the
 * text ("vertoont.1", "Nederland2", "»1?"), the definition a line at the page foot that starts
 * with the number ("1 Kamerstuk 36 229, nr. 29", "1Kamerstuk ...", a line "1" above its text).
 *
 * Extracted text is full of numbers that are not markers, so the definitions are read first: the
 * ascending series 1, 2, 3 ... of definition-shaped lines. Then each defined number's marker is
 * looked for in reading order, between the previous marker found and its own definition, so that
 * one marker not found never hides the later ones. A definition whose marker is not found with
 * confidence is left out (nothing is reported about it); a marker is reported as undefined only
 * in the strong glued form and only where the series skips a definition, or continues past the
 * last one where a superscript sits: after or before closing punctuation ("gemeld.6", "inmenging4.").
 * Past the last text, a digit inside a phrase ("Amsterdam-Rotterdam4 en", "COVID19 is") is as likely
 * part of a name: it shapes the outline and the import, but is never an error.
 */

export interface SuperscriptFootnotes {
  markers: FootnoteMarker[];
  definitions: FootnoteDefinition[];
  /** Definitions read whose marker was not found: never a problem, but an import says so. */
  unmatched: FootnoteDefinition[];
}

interface DefinitionCandidate {
  line: number;
  /** The numbers this line can define: "32024Z15585" can only be 3, "12" is 12. */
  numbers: number[];
  /** Where the definition text starts, per number (after the label and spaces). */
  textStart: (n: number) => number;
  /** A bare number line ("1", text on the next line): weaker, never fills a gap in the series. */
  bare: boolean;
}

export interface MarkerCandidate {
  readonly line: number;
  readonly start: number;
  readonly end: number;
  readonly run: string;
  /**
   * glued: to a word or closing punctuation, a superscript for sure when its number is due;
   * own-line: a line of numbers only ("2", "2 3"); line-start: "2 waarin ik ...", pushed to the next
   * line; title-suffix: "Actoren 23", a title ending in 2 and marker 3; list: the "2" of "?1, 2";
   * decimal: "15.1.1.1.3", a section number or a superscript after one, taken only for a defined number
   * when nothing else in its window can be its marker; spaced: "in Tajikistan 3, Algerije", a superscript
   * flattened to a number after a name, taken last, only when it is the one candidate in its window.
   */
  readonly kind: 'glued' | 'own-line' | 'line-start' | 'title-suffix' | 'list' | 'decimal' | 'spaced';
}

const DIGIT_RUN = /\d+/g;
const BARE_NUMBER = /^(\d{1,3})$/;
const NUMBER_THEN_TEXT = /^(\d{1,3})[ \t]+(\S)/;
const NUMBERS_ONLY = /^\d{1,3}(?:[ \t,]+\d{1,3})*$/;
const GLUED_NUMBER = /^(\d{1,4})(?=[A-Z\u00c0-\u00de\u00ab\u201c\u2018"'(]|https?:|www\.)/;
const GLUED_ZAAK = /^(\d{1,3})(?=(?:19|20)\d\d[ZD]\d{5})/;
const NOTES_HEADING = /^(?:voetnoten|noten|bronnen)\s*:?$/i;
/** Most lines are not that heading: their first letter and length say so without the pattern. */
const NOTES_HEADING_FIRST = new Set([0x76, 0x6e, 0x62]); // v, n, b
const NOTES_HEADING_LONGEST = 40;
const NOTES_ITEM = /^(\d{1,3})[.)]?[ \t]+\S/;
/** What a footnote's text starts with: a source, a title, a quote, a link, an identifier. */
const SOURCE_START = /^(?:[<A-Z\u00c0-\u00de\u00ab\u201c\u2018"'(\[]|https?:|www\.|\d)/;
const CLOSING_PUNCTUATION = '.,;:?!)\u2019\u201d\u00bb"\'';
/** Abbreviations that are followed by a number, not by a footnote: "nr.1", "art.3". */
const NUMBER_ABBREVIATIONS = new Set(['nr', 'no', 'art', 'blz', 'p', 'pag', 'lid', 'fig', 'tab', 'hfst', 'par', 'jo', 'vgl', 'jl']);
/** Words followed by a number in running text ("vraag 12", "artikel 23", "Kamerstuk 35"). */
const NUMBER_NOUNS = new Set([
  'vraag', 'vragen', 'antwoord', 'antwoorden', 'artikel', 'artikelen', 'lid', 'nummer', 'pagina', 'bijlage',
  'hoofdstuk', 'paragraaf', 'punt', 'stap', 'fase', 'week', 'kamerstuk', 'kamerstukken', 'motie', 'amendement',
  'postbus', 'nr', 'jaar', 'dag', 'dagen', 'uur', 'minuten', 'procent', 'euro', 'miljoen', 'miljard', 'van', 'tot',
  'tussen', 'sinds', 'in', 'op', 'per', 'ruim', 'circa', 'ongeveer', 'bijna', 'zo', 'die', 'dat', 'tabel', 'versie',
  'figuur', 'bijlagen', 'en', 'of', 't/m',
]);
/** The chamber's title line, where a stray page-header digit is glued on: "Staten-Generaal2". */
const CHAMBER_TITLE = /Staten-Generaal\d{1,3}$/;

function isLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7);
}
function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}
function isUpper(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0xc0 && code <= 0xde && code !== 0xd7);
}
function isLower(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0xdf && code <= 0xff && code !== 0xf7);
}

function wordBefore(text: string, end: number): { word: string; start: number } {
  let start = end;
  while (start > 0 && isLetter(text.charCodeAt(start - 1))) start--;
  return { word: text.slice(start, end), start };
}

/** Whether a line (by its neighbours) is a page number: next to the page furniture. */
function besideFurniture(roles: LineRole[], line: number, work?: ParseWork): boolean {
  for (let i = line - 1; i >= 0; i--) {
    if (work) work.steps++;
    if (roles[i] === LineRole.Blank) continue;
    return roles[i] === LineRole.Furniture;
  }
  return false;
}

/** Whether a text line follows (past blank lines and furniture) before the next heading. */
function textFollows(roles: LineRole[], line: number, work?: ParseWork): boolean {
  for (let i = line + 1; i < roles.length; i++) {
    if (work) work.steps++;
    if (roles[i] === LineRole.Blank || roles[i] === LineRole.Furniture) continue;
    return roles[i] === LineRole.Text;
  }
  return false;
}

function definitionCandidate(text: string, line: number, inNotesList: boolean): DefinitionCandidate | undefined {
  const bare = BARE_NUMBER.exec(text);
  if (bare) return { line, numbers: [Number(bare[1])], textStart: () => text.length, bare: true };
  if (inNotesList) {
    const item = NOTES_ITEM.exec(text);
    if (item) return { line, numbers: [Number(item[1])], textStart: () => item[0].length - 1, bare: false };
  }
  const spaced = NUMBER_THEN_TEXT.exec(text);
  if (spaced) {
    const rest = text.slice(spaced[0].length - 1);
    if (!SOURCE_START.test(rest) || NUMBERS_ONLY.test(text)) return undefined;
    return { line, numbers: [Number(spaced[1])], textStart: () => spaced[0].length - 1, bare: false };
  }
  const zaak = GLUED_ZAAK.exec(text);
  const glued = GLUED_NUMBER.exec(text);
  const numbers = new Set<number>();
  // PyPDF glues the number to the text: "1Kamerstuk", "3https://", "32024Z15585" (3, then a zaak).
  if (zaak) numbers.add(Number(zaak[1]));
  if (glued && glued[1].length <= 3) numbers.add(Number(glued[1]));
  if (numbers.size === 0) return undefined;
  return { line, numbers: [...numbers], textStart: (n) => String(n).length, bare: false };
}

/** A line that carries on the definition above it: the rest of a title, a link, "29" after "nr.". */
function continuesDefinition(previous: string, text: string, raw: string): boolean {
  if (text.length === 0) return false;
  if (/^(?:https?:|www\.)/.test(text) || (!text.includes(' ') && /[/%#]/.test(text))) return true;
  const first = text.charCodeAt(0);
  if (raw.length > 0 && (raw.charCodeAt(0) === 0x20 || raw.charCodeAt(0) === 0x09)) return false; // page text, indented
  const open = !/[.?!]$/.test(previous) || /\b(?:nr|blz|p|pag)\.$/.test(previous);
  return open && (isLower(first) || first === 0xbb || /^\d{1,5}[).,]?$/.test(text));
}

/** Words a sentence never ends with: a line ending in one goes on ("... van de zorg in"). */
const OPEN_WORDS = new Set(['de', 'het', 'een', 'van', 'in', 'op', 'voor', 'met', 'aan', 'over', 'bij', 'door', 'naar', 'uit', 'tot', 'om', 'te', 'en', 'of', 'als', 'dat', 'die', 'der', 'des', 'ten', 'ter']);

/** Whether a definition's line stops where its text cannot end: after a comma, an opening quote or bracket, a word like "in". */
function endsOpen(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  if (last === 0x2c || last === 0x28 || last === 0xab || last === 0x201c || last === 0x2018 || last === 0x2d || last === 0x3a) return true;
  return OPEN_WORDS.has(wordBefore(text, text.length).word.toLowerCase()) || /\b(?:nr|blz|p|pag)\.$/.test(text);
}

/**
 * Per line, the marker candidates found last time and for which start and weak-allowed they were
 * found: a line an edit did not touch keeps its entry (parseDocument carries it over), and its
 * candidates are not searched for again.
 */
export type MarkerCandidateMemo = Array<{ from: number; weakAllowed: boolean; found: readonly LineCandidate[] } | undefined>;

/** A candidate as the memo keeps it: without its line, which an edit above it changes. */
type LineCandidate = Omit<MarkerCandidate, 'line'>;

/** A definition of the series: its candidate line and the number it defines. */
interface SeriesEntry {
  candidate: DefinitionCandidate;
  number: number;
}

/** A definition with the lines that carry it on (its last line included). */
interface DefinitionSpan extends SeriesEntry {
  lastLine: number;
}

/** A marker candidate taken as the marker of `number`. */
interface Matched {
  candidate: MarkerCandidate;
  number: number;
}

/**
 * Read in four steps, each a function of what the ones before returned: the definition series
 * (`readDefinitionSeries`), the lines each definition runs on over (`extendDefinitions`), the
 * digit runs that could be markers (`collectCandidates`), and each defined number's marker
 * (`matchDefinedMarkers`, then `continueSeries` past the last definition).
 */
export function readSuperscriptFootnotes(
  lines: TextLines,
  normalized: NormalizedLine[],
  roles: LineRole[],
  scanFrom: number[],
  otherDefinitionLines: Set<number>,
  memo: MarkerCandidateMemo,
  work?: ParseWork,
): SuperscriptFootnotes {
  const series = readDefinitionSeries(normalized, roles, otherDefinitionLines, work);
  const side = readSideColumn(normalized, roles, series, otherDefinitionLines, work);
  const { spans: allSpans, footnoteText } = extendDefinitions([...series, ...side], lines, normalized, roles, work);
  const spans = allSpans.slice(0, series.length);
  const sideSpans = allSpans.slice(series.length);
  const candidates = collectCandidates(normalized, roles, scanFrom, footnoteText, otherDefinitionLines, memo, work);
  const defined = matchDefinedMarkers(spans, candidates, normalized, work);
  const continued = continueSeries(spans, defined, candidates, normalized, work);
  const beside = matchSideColumn(sideSpans, [...defined.markers, ...continued], candidates);

  const rangeOf = (line: number, from: number, to: number): Range => {
    const offset = normalized[line].offset;
    return { start: { line, character: offset + from }, end: { line, character: offset + to } };
  };
  const markers = [...defined.markers, ...continued, ...beside.markers].sort((a, b) => a.candidate.line - b.candidate.line || a.candidate.start - b.candidate.start);
  // certain where the document prints the series' texts in order: a definition found its marker,
  // and no side column of definitions in no order leaves the reading open
  const certain = defined.spans.length > 0 && sideSpans.length === 0;
  const pastTheTexts = new Set(continued);
  const isCertain = (marker: Matched) => certain && (!pastTheTexts.has(marker) || !gluedToWord(marker.candidate, normalized));
  const definitionsOf = (list: DefinitionSpan[]) => list.map((span) => definitionOf(span, lines, normalized, footnoteText, rangeOf));
  const used = new Set([...defined.spans, ...beside.spans]);
  return {
    markers: markers.map((marker) => ({
      label: String(marker.number),
      number: marker.number,
      series: 'superscript' as const,
      range: rangeOf(marker.candidate.line, marker.candidate.start, marker.candidate.end),
      certain: isCertain(marker),
    })),
    definitions: definitionsOf([...defined.spans, ...beside.spans]).sort((a, b) => a.line - b.line),
    unmatched: definitionsOf(allSpans.filter((span) => !used.has(span))).sort((a, b) => a.line - b.line),
  };
}

/** 1. The definition series: ascending from 1, at most one number skipped (a lost text). */
function readDefinitionSeries(normalized: NormalizedLine[], roles: LineRole[], otherDefinitionLines: Set<number>, work?: ParseWork): SeriesEntry[] {
  const series: SeriesEntry[] = [];
  let expected = 1;
  let inNotesList = false;
  for (let i = 0; i < normalized.length; i++) {
    if (work) work.steps++;
    const role = roles[i];
    if (role !== LineRole.Text) {
      if (role !== LineRole.Blank && role !== LineRole.Furniture) inNotesList = false;
      continue;
    }
    const text = normalized[i].text;
    if (text.length <= NOTES_HEADING_LONGEST && NOTES_HEADING_FIRST.has(text.charCodeAt(0) | 0x20) && NOTES_HEADING.test(text)) {
      inNotesList = true;
      continue;
    }
    if (otherDefinitionLines.has(i) || !isDigit(text.charCodeAt(0))) continue;
    const candidate = definitionCandidate(text, i, inNotesList);
    if (!candidate) continue;
    if (candidate.bare && (besideFurniture(roles, i, work) || !textFollows(roles, i, work))) continue;
    let number: number | undefined;
    if (candidate.numbers.includes(expected)) number = expected;
    else if (!candidate.bare && candidate.numbers.includes(expected + 1)) number = expected + 1;
    if (number === undefined) continue;
    series.push({ candidate, number });
    expected = number + 1;
  }
  return series;
}

/** A source in a side column is a short line ("Kamerstuk 35 334, nr. 82"); a page's text runs longer. */
const SIDE_SOURCE_LONGEST = 160;

/**
 * 1b. Definitions printed in a side column: bare number lines in no order (8, 9, 6, 3 ...), each
 * followed by its source on the next text line. Read only when there are two or more beside the
 * series and they are in no order, so neither a stray number above a capitalised line nor page
 * numbers are taken for one.
 */
function readSideColumn(normalized: NormalizedLine[], roles: LineRole[], series: SeriesEntry[], otherDefinitionLines: Set<number>, work?: ParseWork): SeriesEntry[] {
  const inSeries = new Set(series.map((entry) => entry.candidate.line));
  const numbers = new Set(series.map((entry) => entry.number));
  const found: SeriesEntry[] = [];
  for (let i = 0; i < normalized.length; i++) {
    if (work) work.steps++;
    if (roles[i] !== LineRole.Text || inSeries.has(i) || otherDefinitionLines.has(i)) continue;
    const text = normalized[i].text;
    if (!isDigit(text.charCodeAt(0))) continue;
    const bare = BARE_NUMBER.exec(text);
    const n = bare ? Number(bare[1]) : 0;
    if (n === 0 || numbers.has(n) || besideFurniture(roles, i, work)) continue;
    let next = i + 1;
    while (next < normalized.length && roles[next] === LineRole.Blank) next++;
    if (next >= normalized.length || roles[next] !== LineRole.Text) continue;
    const source = normalized[next].text;
    if (!SOURCE_START.test(source) || BARE_NUMBER.test(source) || source.length > SIDE_SOURCE_LONGEST) continue;
    numbers.add(n);
    found.push({ candidate: { line: i, numbers: [n], textStart: () => text.length, bare: true }, number: n });
  }
  // in no order: page numbers above a page's first line go up, a side column does not
  const inNoOrder = found.some((entry, k) => k > 0 && entry.number < found[k - 1].number);
  return found.length >= 2 && inNoOrder ? found : [];
}

/** The side column's definitions to the glued markers of their numbers that no other definition took. */
function matchSideColumn(sideSpans: DefinitionSpan[], taken: Matched[], candidates: readonly MarkerCandidate[]): { markers: Matched[]; spans: DefinitionSpan[] } {
  const markers: Matched[] = [];
  const spans: DefinitionSpan[] = [];
  const takenNumbers = new Set(taken.map((m) => m.number));
  const takenCandidates = new Set(taken.map((m) => `${m.candidate.line}:${m.candidate.end}`));
  for (const span of sideSpans) {
    const label = String(span.number);
    if (takenNumbers.has(span.number)) {
      spans.push(span); // its marker was found continuing the series
      continue;
    }
    const found = candidates.find((c) => c.kind === 'glued' && c.run === label && !takenCandidates.has(`${c.line}:${c.end}`));
    if (!found) continue;
    markers.push({ candidate: found, number: span.number });
    spans.push(span);
  }
  return { markers, spans };
}

/**
 * 2. A definition runs on over the lines that continue it; they are footnote text, not page text.
 * `footnoteText` marks every line of every definition.
 */
function extendDefinitions(series: SeriesEntry[], lines: TextLines, normalized: NormalizedLine[], roles: LineRole[], work?: ParseWork): { spans: DefinitionSpan[]; footnoteText: Uint8Array } {
  const count = normalized.length;
  const footnoteText = new Uint8Array(count);
  for (const entry of series) footnoteText[entry.candidate.line] = 1;
  const spans = series.map((entry): DefinitionSpan => {
    let previous = normalized[entry.candidate.line].text;
    let last = entry.candidate.line;
    if (entry.candidate.bare) {
      // The text follows on the next text line, past blank lines and page furniture.
      for (let i = last + 1; i < count; i++) {
        if (work) work.steps++;
        if (roles[i] === LineRole.Blank || roles[i] === LineRole.Furniture) continue;
        if (roles[i] === LineRole.Text && !footnoteText[i]) {
          footnoteText[i] = 1;
          last = i;
          previous = normalized[i].text;
        }
        break;
      }
    }
    let pageBreak = false;
    let blanks = 0;
    for (let i = last + 1, added = 0; i < count && added < 4; i++) {
      if (work) work.steps++;
      if (roles[i] === LineRole.Blank) {
        // a gap of blank lines is a page's end: the body text after it is not the definition's
        if (++blanks >= 2 && !endsOpen(previous)) break;
        continue;
      }
      blanks = 0;
      if (roles[i] === LineRole.Furniture) {
        // a definition cut by a page break goes on after the page's furniture ("... over de zorg in" / footer / "Nederland, ...")
        if (!endsOpen(previous)) break;
        pageBreak = true;
        continue;
      }
      if (roles[i] !== LineRole.Text || footnoteText[i]) break;
      const text = normalized[i].text;
      if (pageBreak ? !endsOpen(previous) : !continuesDefinition(previous, text, lines.lineText(i))) break;
      pageBreak = false;
      footnoteText[i] = 1;
      last = i;
      previous = text;
      added++;
    }
    return { ...entry, lastLine: last };
  });
  return { spans, footnoteText };
}

/** 3. Every digit run that could be a marker, in reading order (a line's own from the memo when it has not changed). */
function collectCandidates(
  normalized: NormalizedLine[],
  roles: LineRole[],
  scanFrom: number[],
  footnoteText: Uint8Array,
  otherDefinitionLines: Set<number>,
  memo: MarkerCandidateMemo,
  work?: ParseWork,
): readonly MarkerCandidate[] {
  const candidates: MarkerCandidate[] = [];
  for (let i = 0; i < normalized.length; i++) {
    if (work) work.steps++;
    const role = roles[i];
    if (role === LineRole.Blank || role === LineRole.Furniture || footnoteText[i] || otherDefinitionLines.has(i)) continue;
    const text = normalized[i].text;
    const from = scanFrom[i];
    if (from >= text.length) continue;
    const weakAllowed = role === LineRole.Text && !besideFurniture(roles, i, work);
    let known = memo[i];
    if (!known || known.from !== from || known.weakAllowed !== weakAllowed) {
      if (work) work.markerLinesSearched++;
      const found: LineCandidate[] = [];
      collectMarkerCandidates(text, from, weakAllowed, found, work);
      known = memo[i] = { from, weakAllowed, found };
    }
    for (const c of known.found) candidates.push({ line: i, start: c.start, end: c.end, run: c.run, kind: c.kind });
  }
  return candidates;
}

/** The strong candidate for `n` from `from` on, before `beforeLine`: glued, or "n" right after the last marker ("?1, 2"). */
function findStrong(candidates: readonly MarkerCandidate[], last: Matched | undefined, normalized: NormalizedLine[], n: number, from: number, beforeLine: number, work?: ParseWork): number {
  if (last && from < candidates.length) {
    const next = candidates[from];
    const between = normalized[last.candidate.line].text.slice(last.candidate.end, next.start);
    const listed = /^,[ \t]?$/.test(between) || (next.kind === 'own-line' && /^[ \t]+$/.test(between));
    if (next.line === last.candidate.line && next.run === String(n) && listed) return from;
  }
  for (let k = from; k < candidates.length && candidates[k].line < beforeLine; k++) {
    if (work) work.steps++;
    if (candidates[k].kind === 'glued' && candidates[k].run === String(n)) return k;
  }
  return -1;
}

/** A weaker candidate for `n` (own line, start of a line, "Actoren 23", after a section number), only when it is the only one. */
function findWeak(candidates: readonly MarkerCandidate[], n: number, from: number, beforeLine: number, work?: ParseWork): number {
  const label = String(n);
  // first the weak forms; a number after a name ("Tajikistan 3,") only when none of them is there
  for (const spaced of [false, true]) {
    let found = -1;
    let ambiguous = false;
    for (let k = from; k < candidates.length && candidates[k].line < beforeLine; k++) {
      if (work) work.steps++;
      const c = candidates[k];
      const matches = c.kind === 'title-suffix' ? c.run.length > label.length && c.run.endsWith(label) : c.run === label;
      if (c.kind === 'glued' || c.kind === 'list' || (c.kind === 'spaced') !== spaced || !matches) continue;
      if (found >= 0) {
        ambiguous = true;
        break;
      }
      found = k;
    }
    if (ambiguous) return -1;
    if (found >= 0) return found;
  }
  return -1;
}

/** "Actoren 23" taken as marker 3: only its last digits are the marker (a new candidate; the memo's stays as found). */
function asMarkerOf(candidate: MarkerCandidate, n: number): MarkerCandidate {
  const label = String(n);
  return candidate.run === label ? candidate : { ...candidate, start: candidate.end - label.length, run: label };
}

/**
 * 4. Each defined number's marker, between the previous marker found and its definition. Returns
 * the markers, the definitions whose marker was found (the others are left out, and nothing is
 * said about them), and where in `candidates` the search goes on.
 */
function matchDefinedMarkers(spans: DefinitionSpan[], candidates: readonly MarkerCandidate[], normalized: NormalizedLine[], work?: ParseWork): { markers: Matched[]; spans: DefinitionSpan[]; next: number } {
  const markers: Matched[] = [];
  const found: DefinitionSpan[] = [];
  const defined = new Set(spans.map((span) => span.number));
  let from = 0;
  for (const span of spans) {
    const n = span.number;
    const last = markers[markers.length - 1];
    let index = findStrong(candidates, last, normalized, n, from, span.candidate.line, work);
    const previousFound = n === 1 || (last !== undefined && last.number === n - 1);
    if (index < 0 && previousFound) index = findWeak(candidates, n, from, span.candidate.line, work);
    // Not found with confidence: the definition is left out, and nothing is said about it.
    if (index < 0) continue;
    // A number the definitions skip: its marker, if printed before this one, has no text.
    const skipped = last ? last.number + 1 : 1;
    if (skipped < n && !defined.has(skipped)) {
      const gap = findStrong(candidates, last, normalized, skipped, from, candidates[index].line + 1, work);
      if (gap >= 0 && gap < index) {
        markers.push({ candidate: candidates[gap], number: skipped });
        from = gap + 1;
      }
    }
    markers.push({ candidate: asMarkerOf(candidates[index], n), number: n });
    from = index + 1;
    found.push(span);
  }
  return { markers, spans: found, next: from };
}

/**
 * A digit run inside a phrase: right after a letter or digit and not closing it ("Rotterdam4 en"),
 * unlike "gemeld.6" or "inmenging4." where a superscript sits.
 */
function gluedToWord(candidate: MarkerCandidate, normalized: NormalizedLine[]): boolean {
  const text = normalized[candidate.line].text;
  return /[\p{L}\p{N}]/u.test(text.charAt(candidate.start - 1)) && !/[.,;:?!)»”’"']/u.test(text.charAt(candidate.end));
}

/** 5. Past the last definition, the series may go on without texts: strong markers only. */
function continueSeries(spans: DefinitionSpan[], defined: { markers: Matched[]; next: number }, candidates: readonly MarkerCandidate[], normalized: NormalizedLine[], work?: ParseWork): Matched[] {
  let n = spans.length > 0 ? spans[spans.length - 1].number + 1 : 1;
  const lastDefined = defined.markers.length > 0 ? defined.markers[defined.markers.length - 1].number : 0;
  if (spans.length > 0 && lastDefined !== n - 1) return [];
  const continued: Matched[] = [];
  let last = defined.markers[defined.markers.length - 1];
  for (let index = findStrong(candidates, last, normalized, n, defined.next, normalized.length, work); index >= 0; index = findStrong(candidates, last, normalized, n, index + 1, normalized.length, work)) {
    last = { candidate: candidates[index], number: n };
    continued.push(last);
    n++;
  }
  return continued;
}

/** A definition's text: its first line after the label, and the lines that carry it on. */
function definitionOf(span: DefinitionSpan, lines: TextLines, normalized: NormalizedLine[], footnoteText: Uint8Array, rangeOf: (line: number, from: number, to: number) => Range): FootnoteDefinition {
  const label = String(span.number);
  const line = span.candidate.line;
  const parts = [normalized[line].text.slice(span.candidate.textStart(span.number))];
  for (let i = line + 1; i <= span.lastLine; i++) if (footnoteText[i]) parts.push(normalized[i].text);
  return {
    label,
    number: span.number,
    series: 'superscript',
    line,
    range: rangeOf(line, 0, label.length),
    sectionRange: { start: lines.trimmedLineRange(line).start, end: lines.trimmedLineRange(span.lastLine).end },
    text: parts.join(' ').trim(),
  };
}

/** The digit runs of one line that could be superscript markers. */
function collectMarkerCandidates(text: string, from: number, weakAllowed: boolean, into: LineCandidate[], work?: ParseWork): void {
  if (isDigit(text.charCodeAt(text.length - 1)) && CHAMBER_TITLE.test(text)) return;
  const numbersOnly = from === 0 && isDigit(text.charCodeAt(0)) && NUMBERS_ONLY.test(text);
  DIGIT_RUN.lastIndex = from;
  if (work) work.steps += text.length - from;
  for (let m = DIGIT_RUN.exec(text); m; m = DIGIT_RUN.exec(text)) {
    const run = m[0];
    if (run.length > 3) continue;
    const start = m.index;
    const end = start + run.length;
    const after = text.charCodeAt(end);
    if (isLetter(after)) continue; // "11.7a", "2024Tweede": part of a word
    if (after === 0x2e && isDigit(text.charCodeAt(end + 1))) continue; // "5.1", "1.1.2026"
    if (after === 0x2c && isDigit(text.charCodeAt(end + 1)) && !listsNext(text, end + 1, Number(run))) continue; // "tot1,5°C", but "?1,2"
    const before = start > 0 ? text.charCodeAt(start - 1) : NaN;

    if (isLetter(before)) {
      const { word, start: wordStart } = wordBefore(text, start);
      if (wordStart > 0 && isDigit(text.charCodeAt(wordStart - 1))) continue; // 2024Z00025
      if (word.length <= 2 && [...word].every((c) => isUpper(c.charCodeAt(0)))) continue; // CO2, D66
      into.push({ start, end, run, kind: 'glued' });
      continue;
    }
    if (!Number.isNaN(before) && CLOSING_PUNCTUATION.includes(text[start - 1])) {
      if (before === 0x2c && isDigit(text.charCodeAt(start - 2)) && !isDigit(after)) {
        into.push({ start, end, run, kind: 'list' }); // "?1,2", or "4,6": only right after a marker
        continue;
      }
      if ((before === 0x2e || before === 0x2c || before === 0x3a) && isDigit(text.charCodeAt(start - 2))) {
        // "4,64", "3:10", "5.1", "1.1": a number goes on. Only a year ends a sentence: "in 2021.2".
        if (before !== 0x2e) continue;
        const year = /(?:^|[^\d.,:])(?:19|20)\d\d$/.test(text.slice(Math.max(0, start - 6), start - 1));
        if (!year) {
          if (!isDigit(after)) into.push({ start, end, run, kind: 'decimal' });
          continue;
        }
      }
      if (before === 0x2e && NUMBER_ABBREVIATIONS.has(wordBefore(text, start - 1).word.toLowerCase())) continue;
      into.push({ start, end, run, kind: 'glued' });
      continue;
    }
    if (before === 0x20 && text.charCodeAt(start - 2) === 0x2c && isDigit(text.charCodeAt(start - 3))) {
      into.push({ start, end, run, kind: 'list' }); // "?1, 2"
      continue;
    }
    if (!weakAllowed) continue;
    if (numbersOnly) {
      into.push({ start, end, run, kind: 'own-line' });
      continue;
    }
    if (start === 0 && after === 0x20 && isLower(text.charCodeAt(end + 1))) {
      into.push({ start, end, run, kind: 'line-start' });
      continue;
    }
    if (before === 0x20 && run.length > 1 && run[0] !== '0' && !(after === 0x20 && isDigit(text.charCodeAt(end + 1)))) {
      // "Actoren 23": a title ending in "2" followed by superscript 3.
      const { word } = wordBefore(text, start - 1);
      if (word.length > 0 && !NUMBER_NOUNS.has(word.toLowerCase()) && isUpper(word.charCodeAt(0))) into.push({ start, end, run, kind: 'title-suffix' });
      continue;
    }
    if (before === 0x20 && run.length === 1 && run !== '0' && (Number.isNaN(after) || after === 0x2c || after === 0x3b || (after === 0x20 && isLower(text.charCodeAt(end + 1))))) {
      // "in Tajikistan 3, Algerije": a superscript flattened to a number after a name
      const { word } = wordBefore(text, start - 1);
      if (word.length > 2 && !NUMBER_NOUNS.has(word.toLowerCase()) && isUpper(word.charCodeAt(0))) into.push({ start, end, run, kind: 'spaced' });
    }
  }
}

/** Whether the number at `at` is `n + 1` and ends there ("1,2": two markers), not a decimal ("1,5"). */
function listsNext(text: string, at: number, n: number): boolean {
  let end = at;
  while (isDigit(text.charCodeAt(end))) end++;
  return Number(text.slice(at, end)) === n + 1 && text.charCodeAt(end) !== 0x25 && text.charCodeAt(end) !== 0xb0;
}
