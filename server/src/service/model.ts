import type { Range } from './text/lines';
import type { CalendarDate } from './dates';

/**
 * The document model: what the parser recovers from a draft, and all that rules, outline,
 * hover and completion need. Nothing here refers back to the raw text except through ranges.
 */

/** How a question heading was written; decides nothing after parsing, but explains it in hover. */
export type QuestionHeadingStyle =
  | 'vraag' //          "Vraag 3", "Vraag 3, 4 en 5", "• Vraag 3"
  | 'bare-number' //    a line holding only "3" (PDF text of older letters)
  | 'numbered-item'; // "3. Bent u bekend ...?"

export interface QuestionHeading {
  numbers: number[];
  /** The questions as printed: "3", or "2a" for a sub-question; parallel to `numbers`. */
  labels: string[];
  /** Which question set of the file (0, then 1 after a second "Vragen van het lid ..."). */
  set: number;
  style: QuestionHeadingStyle;
  line: number;
  /** The heading itself ("Vraag 3"), or the number with its dot for a numbered item. */
  range: Range;
  /** Range of each number as printed, in the order of `numbers`; a range's members share one. */
  numberRanges: Range[];
  /** Heading plus body up to the next heading, for folding and the outline. */
  sectionRange: Range;
  /** The question's text, its lines joined with single spaces. */
  text: string;
  /**
   * Every line of the question's own text, up to the next heading, page furniture left out (the
   * heading's line too when the text starts on it). Footnote texts at a page foot may be among them.
   */
  textLines: number[];
}

/** A heading that answers questions: "Antwoord op vragen 4 en 5", or a bare "Antwoord". */
export interface AnswerHeading {
  /** The question numbers it answers; for a bare "Antwoord", the questions above it. */
  numbers: number[];
  labels: string[];
  set: number;
  /** True when the heading names its numbers; false for a bare "Antwoord". */
  numbered: boolean;
  /** False for the answers of a web rendering, which have no heading of their own. */
  hasHeading: boolean;
  line: number;
  range: Range;
  /** Range of each named number, in the order of `numbers` (numbered headings only). */
  numberRanges: Range[];
  sectionRange: Range;
  /** A heading with no answer text under it (nor after it on its line). */
  empty: boolean;
}

/** A "Mededeling" (postponement notice) section, which stands where answers would. */
export interface MededelingSection {
  line: number;
  range: Range;
  sectionRange: Range;
}

/** Footnote series never mix: "[1]" is resolved by "[1] ...", "1)" by "1) ...", "1" by "1 ...". */
export type FootnoteSeries = 'bracket' | 'paren' | 'superscript';

export interface FootnoteMarker {
  /** As printed: "[1]", "1)" or "1". */
  label: string;
  number: number;
  series: FootnoteSeries;
  range: Range;
  /**
   * Surely a marker: the canonical "[1]", or a pasted one ("1)", a flattened superscript) in a
   * series whose texts the document prints (a definition of it resolves a marker). Only a certain marker
   * without a text is a problem (undefined-footnote); the others shape outline, hover and import.
   */
  certain: boolean;
}

export interface FootnoteDefinition {
  label: string;
  number: number;
  series: FootnoteSeries;
  line: number;
  /** The label at the start of the definition. */
  range: Range;
  /** The whole definition line(s). */
  sectionRange: Range;
  text: string;
}

/** Markers resolve definitions of their own series only: "[1]" is not "1)" is not "1". */
export function footnoteKey(footnote: { series: FootnoteSeries; number: number }): string {
  return `${footnote.series}:${footnote.number}`;
}

/** "zie het antwoord op vraag 6", "het antwoord op vragen 4 en 5". */
export interface CrossReference {
  numbers: number[];
  labels: string[];
  /** The question set the reference stands in, which its numbers refer to. */
  set: number;
  numberRanges: Range[];
  range: Range;
}

/**
 * Reference numbers in the text (see ARCHITECTURE.md for the words): zaaknummers, Aanhangsel and
 * Kamerstuk citations, document ids (parse/kenmerken.ts reads them).
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
  problem?: KenmerkProblem;
}

/** What is wrong with a kenmerk; messages.ts says it in the drafter's language. */
export type KenmerkProblem =
  | { kind: 'zaaknummer-digits'; digits: number; year: string }
  | { kind: 'vergaderjaar'; first: string; second: string; expected: string }
  | { kind: 'dossier'; printed: string };

/** The letter's own facts (parse/letter.ts reads them); a fact the text does not settle stays undefined. */
/** A date as printed, where it stands, and what it means (undefined: not a Dutch date). */
export interface DatedText {
  date: CalendarDate | undefined;
  text: string;
  range: Range;
}

export interface LetterField {
  label: 'Ons kenmerk' | 'Uw kenmerk';
  value: string;
  range: Range;
}

export type Chamber = 'tweede-kamer' | 'eerste-kamer';

export interface Letter {
  /** "het lid Six Dijkstra (Nieuw Sociaal Contract)" or "de leden Sneller (D66), Chakor ...". */
  askers?: string;
  addressee?: string;
  subject?: string;
  /** Where the questions' heading "Vragen van ... (ingezonden ...)" stands, when the letter has one. */
  headingRange?: Range;
  /** When the questions being answered were sent ("ingezonden 3 januari 2024"). */
  sent?: DatedText;
  /** The zaaknummer of the questions being answered, as the letter itself names it (not Uw kenmerk). */
  setZaaknummer?: { value: string; range: Range };
  /** The questions' zaaknummer: the set's own, else Uw kenmerk, else the first in the heading. */
  zaaknummer?: string;
  /** "(ontvangen 7 juni 2024)": the answers reached the Kamer. */
  received?: DatedText;
  /** Printed in the Aanhangsel ("Aanhangsel van de Handelingen", "Beantwoord 13 maart 2024"). */
  published: boolean;
  /** "Datum 13 maart 2024" of the cover letter. */
  letterDate?: DatedText;
  /** Its own citation once published ("Aanhangsel Handelingen, vergaderjaar 2023-2024, nr. 2367"). */
  citation?: string;
  onsKenmerk?: LetterField;
  uwKenmerk?: LetterField;
  /** Every "Ons kenmerk" and "Uw kenmerk" field, in order. */
  fields: LetterField[];
  chamber: Chamber;
}

/** Text still to be filled in: "PM", "XXX", "[...]", "<invullen>", "<naam>", a zaaknummer "2026Z00000". */
export interface Placeholder {
  text: string;
  range: Range;
}

export interface DocumentModel {
  questionHeadings: QuestionHeading[];
  answers: AnswerHeading[];
  mededelingen: MededelingSection[];
  footnoteMarkers: FootnoteMarker[];
  footnoteDefinitions: FootnoteDefinition[];
  /** Footnote texts of pasted text whose marker was not found: never a problem, but an import says so. */
  footnoteTextsWithoutMarker: FootnoteDefinition[];
  crossReferences: CrossReference[];
  /** Zaaknummers, citations and document ids in the text. */
  kenmerken: Kenmerk[];
  /** The letter's own facts: the set of questions answered, its dates, kenmerken and chamber. */
  letter: Letter;
  /** Dates that do not exist ("31 februari 2024"). */
  nonexistentDates: DatedText[];
  /** Questions followed by a Mededeling and no answers: postponed, not forgotten. */
  postponed: boolean;
  /** Text still to be filled in. */
  placeholders: Placeholder[];
}

/** Question numbers in the order the document prints them. */
export function questionNumbers(model: DocumentModel): number[] {
  return model.questionHeadings.flatMap((heading) => heading.numbers);
}

/**
 * What identifies a question within a file: its set and its label ("0:3", "1:2a"). Two question
 * sets in one file each number their questions from 1.
 */
export function questionKeys(item: { labels: string[]; set: number }): string[] {
  return item.labels.map((label) => questionKey(item.set, label));
}

export function questionKey(set: number, label: string): string {
  return `${set}:${label}`;
}

/** The question set a line is in: that of the last question heading at or above it. */
export function questionSetAt(model: DocumentModel, line: number): number {
  let set = 0;
  for (const heading of model.questionHeadings) {
    if (heading.line > line) break;
    set = heading.set;
  }
  return set;
}
