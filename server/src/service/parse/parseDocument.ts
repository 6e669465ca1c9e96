import { TextLines } from '../text/lines';
import type { LineEdit } from '../text/lineEdit';
import { LineTokens } from '../text/lineTokens';
import type { ParseWork } from '../text/work';
import type { DocumentModel, Letter } from '../model';
import { classifyLine, hasNoBreakSpaces, normalizeLine, type LineKind, type NormalizedLine } from './lineKinds';
import { closeSections, LineRole, readStructure, setOf, type Structure } from './structure';
import { readFootnotes } from './footnotes';
import type { MarkerCandidateMemo } from './superscriptFootnotes';
import { readCrossReferences } from './crossReferences';
import { readKenmerken } from './kenmerken';
import { readLetter, readNonexistentDates } from './letter';
import { readPlaceholders } from './placeholders';

export interface ParsedDocument {
  lines: TextLines;
  model: DocumentModel;
  /** What each line is on its own: kept so that the next parse after an edit reads only the lines it changed. */
  lineData: LineData;
  /** Where the whole-text searches can match, per line: kept for the same reason. */
  tokens: LineTokens;
}

interface LineData {
  normalized: NormalizedLine[];
  kinds: LineKind[];
  /** Found in the lines by later stages and kept with them (see MarkerCandidateMemo). */
  markerCandidates: MarkerCandidateMemo;
}

/** The parse of the text before an edit, and which lines the edit replaced. */
export interface PreviousParse {
  parsed: ParsedDocument;
  edit: LineEdit;
}

/** Each line with its decoration removed, and what it is judged from itself alone. */
export function readLines(lines: TextLines, work?: ParseWork): LineData {
  const normalized = new Array<NormalizedLine>(lines.count);
  const kinds = new Array<LineKind>(lines.count);
  // which lines hold a no-break space: found in the whole text at once, not searched for line by line
  const noBreakSpaces = hasNoBreakSpaces(lines.text) ? noBreakSpaceOffsets(lines.text) : [];
  let nextSpace = 0;
  if (work) {
    work.linesRead += lines.count;
    work.steps += lines.text.length;
  }
  for (let i = 0; i < lines.count; i++) {
    const start = lines.start(i);
    while (nextSpace < noBreakSpaces.length && noBreakSpaces[nextSpace] < start) nextSpace++;
    const hasSpace = nextSpace < noBreakSpaces.length && (i + 1 === lines.count || noBreakSpaces[nextSpace] < lines.start(i + 1));
    normalized[i] = normalizeLine(lines.lineText(i), hasSpace);
    kinds[i] = classifyLine(normalized[i]);
  }
  return { normalized, kinds, markerCandidates: new Array(lines.count) };
}

const NO_BREAK_SPACES = ['\u00a0', '\u2007', '\u202f'];

/**
 * Where the no-break spaces stand, in order: found with indexOf, a character at a time (a pattern
 * of the three reads the text character by character: 18 ms a megabyte of text with a '•').
 */
function noBreakSpaceOffsets(text: string): number[] {
  const offsets: number[] = [];
  let kinds = 0;
  for (const space of NO_BREAK_SPACES) {
    const before = offsets.length;
    for (let at = text.indexOf(space); at >= 0; at = text.indexOf(space, at + 1)) offsets.push(at);
    if (offsets.length > before) kinds++;
  }
  return kinds > 1 ? offsets.sort((a, b) => a - b) : offsets;
}

/**
 * The lines of `previous` that the edit did not touch, taken over (their starts, and what each
 * is), and only the edited ones read: what a line is depends on that line alone. Undefined when
 * the edit does not fit the texts; the caller then reads every line.
 */
function reuseLines(text: string, previous: PreviousParse, work?: ParseWork): { lines: TextLines; lineData: LineData } | undefined {
  const { parsed, edit } = previous;
  const before = parsed.lines;
  const lines = TextLines.afterEdit(before, text, edit);
  if (!lines || lines.count !== before.count + edit.newEnd - edit.oldEnd) return undefined;
  // a cheap check that the edit is this one: the lines either side of it are the same text
  if (edit.start > 0 && before.lineText(edit.start - 1) !== lines.lineText(edit.start - 1)) return undefined;
  if (edit.oldEnd + 1 < before.count && before.lineText(edit.oldEnd + 1) !== lines.lineText(edit.newEnd + 1)) return undefined;
  if (before.lineText(before.count - 1) !== lines.lineText(lines.count - 1) && edit.oldEnd + 1 < before.count) return undefined;
  const normalized = parsed.lineData.normalized.slice(0, edit.start);
  const kinds = parsed.lineData.kinds.slice(0, edit.start);
  if (work) {
    work.linesRead += edit.newEnd - edit.start + 1;
    work.steps += lines.count + lines.end(edit.newEnd) - lines.start(edit.start);
  }
  for (let i = edit.start; i <= edit.newEnd; i++) {
    normalized.push(normalizeLine(lines.lineText(i)));
    kinds.push(classifyLine(normalized[i]));
  }
  const markerCandidates: MarkerCandidateMemo = parsed.lineData.markerCandidates.slice(0, edit.start);
  markerCandidates.length = edit.newEnd + 1;
  for (let i = edit.oldEnd + 1; i < before.count; i++) {
    normalized.push(parsed.lineData.normalized[i]);
    kinds.push(parsed.lineData.kinds[i]);
    markerCandidates.push(parsed.lineData.markerCandidates[i]);
  }
  return { lines, lineData: { normalized, kinds, markerCandidates } };
}

/** What the workspace index needs of another draft: its letter and its questions, nothing more. */
export function readLetterAndQuestions(text: string): { letter: Letter; questionHeadings: Structure['questionHeadings'] } {
  const lines = new TextLines(text);
  const { normalized, kinds } = readLines(lines);
  return { letter: readLetter(lines), questionHeadings: readStructure(lines, normalized, kinds).questionHeadings };
}

/**
 * text -> lines -> line kinds -> structure (headings) -> footnotes and references -> model.
 * With `previous`, the parse of the text before an edit, the lines the edit did not touch are
 * not read again; the result is the same as without (the property tests hold it to that; what is
 * kept and what is read again is ARCHITECTURE.md's "incremental parse"). `work` counts what the
 * parse does, for the tests of that contract.
 */
export function parseDocument(text: string, previous?: PreviousParse, work?: ParseWork): ParsedDocument {
  const reused = previous && reuseLines(text, previous, work);
  const lines = reused?.lines ?? new TextLines(text);
  const lineData = reused?.lineData ?? readLines(lines, work);
  const { normalized, kinds } = lineData;
  const structure = readStructure(lines, normalized, kinds, work);

  // Markers may stand in a heading line's own text ("1. Bent u bekend ...?1"), never in the heading.
  const scanFrom = new Array<number>(lines.count).fill(0);
  for (const heading of structure.questionHeadings) {
    scanFrom[heading.line] = heading.style === 'numbered-item' ? heading.range.end.character - normalized[heading.line].offset : normalized[heading.line].text.length;
  }
  for (const answer of structure.answers) if (answer.hasHeading) scanFrom[answer.line] = normalized[answer.line].text.length;
  for (const mededeling of structure.mededelingen) scanFrom[mededeling.line] = normalized[mededeling.line].text.length;

  const footnotes = readFootnotes(lines, normalized, structure.roles, scanFrom, lineData.markerCandidates, work);
  const endBlocks = footnotes.definitions.filter((d) => d.series !== 'superscript').map((d) => d.line);
  const sections = closeSections(lines, structure, endBlocks, work);

  const tokens = new LineTokens(lines, reused && previous ? { tokens: previous.parsed.tokens, edit: previous.edit } : undefined, work);
  const crossReferences = readCrossReferences(lines, structure.roles, (line) => setOf(structure.setStarts, line), tokens);
  const kenmerken = readKenmerken(lines, tokens);
  const letter = readLetter(lines, tokens);
  const nonexistentDates = readNonexistentDates(lines, tokens);
  const placeholders = readPlaceholders(lines, tokens);
  tokens.settle();

  return {
    lines,
    lineData,
    tokens,
    model: {
      questionHeadings: sections.questionHeadings,
      answers: sections.answers,
      mededelingen: sections.mededelingen,
      footnoteMarkers: footnotes.markers,
      footnoteDefinitions: footnotes.definitions,
      footnoteTextsWithoutMarker: footnotes.withoutMarker,
      crossReferences,
      kenmerken,
      letter,
      nonexistentDates,
      postponed: structure.mededelingen.length > 0 && structure.answers.length === 0 && structure.questionHeadings.length > 0,
      placeholders,
    },
  };
}

export { LineRole };
