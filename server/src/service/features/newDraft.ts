import { footnoteKey, type DocumentModel, type FootnoteMarker } from '../model';
import type { ParsedDocument } from '../parse/parseDocument';
import { readQuestionsHeading } from '../parse/letter';
import { FILL_IN } from '../edits';
import { formatDutchDate, type CalendarDate } from '../dates';
import { joinWrapped } from './wrappedLines';
import type { Messages } from '../messages';

/**
 * A canonical draft from the questions as the Kamer sends them (the text of the PDF, web page or
 * Word file, in any layout the parser reads): the cover letter filled in from the questions' heading,
 * each "Vraag N" with its exact text, "Antwoord op vraag N" with a placeholder, and every footnote
 * of the questions as "[n]" with its text.
 *
 * Nothing of a question's words is changed: its lines are joined with single spaces (a word the
 * typesetter broke at a line end made whole, see wrappedLines.ts), page furniture and footnote
 * texts are taken out, and a footnote marker the parser found becomes "[n]". A digit that is not
 * surely a marker stays as printed. What cannot be placed (a footnote text whose marker is not
 * found, a marker whose text is not) is said in `unplaced` and written in the draft as a
 * `<controleer: …>` placeholder, which the placeholder check reports: it never reaches the letter
 * unnoticed.
 */
export interface NewDraft {
  text: string;
  questions: number;
  footnotes: number;
  /** What the import could not place, by the line of the questions' text where it stands. */
  unplaced: Unplaced[];
}

export interface Unplaced {
  /** A footnote text without its marker, a marker without its text, or a paragraph of text that belongs to no question. */
  kind: 'footnote-text' | 'footnote-marker' | 'text';
  /** 0-based line in the questions' text (a paragraph's first). */
  line: number;
  /** The footnote's number as printed ('' for text). */
  label: string;
}

/** What the caller knows besides the text: the date for the letter. */
export interface NewDraftInputs {
  today: CalendarDate;
}

const ANSWER = '<antwoord>';
/** A footnote text without its marker, and a marker without its text: placed, to be checked. */
const CHECK_TEXT_WITHOUT_MARKER = '<controleer: voetnoottekst zonder verwijzing in de vragen>';
const CHECK_MARKER_WITHOUT_TEXT = '<controleer: voetnoottekst niet gevonden>';
/** Text between the heading and the first question: kept before the questions, to be checked. */
const CHECK_TEXT_OUTSIDE_QUESTIONS = '<controleer: tekst buiten de vragen>';

/** A question as the draft writes it: its labels and the lines of its text. */
interface ImportedQuestion {
  labels: string[];
  /** The heading's line, when the text starts on it (after "1." or "Vraag 1:"), with where. */
  headingLine?: { line: number; textStart: number };
  lines: number[];
}

/** A closing note after the questions ("Toelichting: ..."): the Kamer's text, kept after the last question, never in it. */
const NOTE_HEADING = /^\s*toelichting\s*:?/i;
/** Page furniture printed at the end of a question's last line: "... hierop? ’s-Gravenhage 2025 Tweede Kamer, vergaderjaar 2025–2026, Vragen 1". */
const FURNITURE_AT_END = /\s*[\u2019']s-Gravenhage \d{4}(?:\s+(?:Tweede|Eerste) Kamer, vergaderjaar \d{4}\s*[-\u2013]\s*\d{4}, (?:Vragen|Aanhangsel)(?:\s+\d{1,4})?)?\s*$|\s+(?:Tweede|Eerste) Kamer, vergaderjaar \d{4}\s*[-\u2013]\s*\d{4}, (?:Vragen|Aanhangsel)(?:\s+\d{1,4})?\s*$/;
/** The heading of a question set at a line's start: "Vragen van het lid ...". */
const SET_HEADING = /^\s*(?:[\u2022\u00b7-]\s*)?Vragen van (?:het (?:kamer)?lid|de (?:kamer)?leden)\b/i;

export function draftFromQuestions(parsed: ParsedDocument, inputs: NewDraftInputs): NewDraft | undefined {
  const { model, lines } = parsed;
  const found = model.questionHeadings.length > 0 ? questionsOf(parsed) : unnumberedQuestions(parsed);
  if (found.length === 0) return undefined;
  const lowerText = lines.text.toLowerCase();

  // footnote texts are the draft's "[n]" lines, never part of a question
  const footnoteLines = footnoteTextLines(model);
  const definitionOf = new Map(model.footnoteDefinitions.map((d) => [footnoteKey(d), d]));
  const markersByLine = new Map<number, FootnoteMarker[]>();
  for (const marker of model.footnoteMarkers) {
    // a marker is written as "[n]" where its text is known, or where it is surely a marker
    if (!definitionOf.has(footnoteKey(marker)) && !marker.certain) continue;
    const list = markersByLine.get(marker.range.start.line) ?? [];
    list.push(marker);
    markersByLine.set(marker.range.start.line, list);
  }

  const footnotes: string[] = [];
  const unplaced: Unplaced[] = [];
  const renumbered = new Map<string, number>();
  /** A marker's number in the draft (numbered anew, in order); its text joins the footnotes when it is new. */
  const numberOf = (marker: FootnoteMarker): number => {
    const key = footnoteKey(marker);
    if (!renumbered.has(key)) {
      renumbered.set(key, renumbered.size + 1);
      const definition = definitionOf.get(key);
      if (!definition) unplaced.push({ kind: 'footnote-marker', line: marker.range.start.line, label: marker.label });
      footnotes.push(`[${renumbered.size}] ${definition ? definition.text : CHECK_MARKER_WITHOUT_TEXT}`);
    }
    return renumbered.get(key)!;
  };
  // the heading's footnotes ("over het bericht «…»1 (ingezonden"): the first in the draft, after the subject
  const heading = questionsHeadingOf(parsed, [...markersByLine.values()].flat());
  const headingMarkers = heading.markers.map((marker) => `[${numberOf(marker)}]`).join('');
  /** Lines that start with a superscript the extraction pushed there from the line before ("»" / "1 van de NOS"). */
  const pushedMarker = new Set<number>();
  /** One line of a question, its footnote markers written as "[n]". */
  const lineText = (line: number, from: number): string => {
    const text = lines.lineText(line);
    let out = '';
    let at = from;
    for (const marker of (markersByLine.get(line) ?? []).filter((m) => m.range.start.character >= from).sort((a, b) => a.range.start.character - b.range.start.character)) {
      const number = numberOf(marker);
      if (marker.series !== 'bracket' && text.slice(from, marker.range.start.character).trim() === '') pushedMarker.add(line);
      // " 1)" and "Tajikistan 3," lose their space: the marker follows the word, as "[1]" does
      const before = text.slice(at, marker.range.start.character);
      out += (marker.series === 'bracket' ? before : before.trimEnd()) + `[${number}]`;
      at = marker.range.end.character;
    }
    return (out + text.slice(at)).trim().replace(FURNITURE_AT_END, '');
  };
  const textOf = (lineNumbers: number[], headingLine?: ImportedQuestion['headingLine']): string => {
    let joined = '';
    for (const line of lineNumbers) {
      const part = lineText(line, headingLine && line === headingLine.line ? headingLine.textStart : 0);
      const pushed = joined && pushedMarker.has(line) ? /^\[\d+\]\s*/.exec(part) : null;
      // the pushed superscript goes back after the word it belongs to
      if (pushed) joined = joinWrapped(joined + pushed[0].trim(), part.slice(pushed[0].length), lowerText);
      else if (part) joined = joinWrapped(joined, part, lowerText);
    }
    return joined;
  };

  const blocks: string[] = [];
  // text between the heading and the first question (no furniture, no footnote text): kept, marked and said
  for (const paragraph of paragraphsBeforeQuestions(parsed, footnoteLines)) {
    unplaced.push({ kind: 'text', line: paragraph[0], label: '' });
    blocks.push(`${CHECK_TEXT_OUTSIDE_QUESTIONS} ${textOf(paragraph)}`);
  }
  for (const question of found) {
    const own = question.lines.filter((line) => !footnoteLines.has(line));
    const noteAt = own.findIndex((line) => line !== question.headingLine?.line && NOTE_HEADING.test(lines.lineText(line)));
    const questionLines = noteAt >= 0 ? own.slice(0, noteAt) : own;
    const note = noteAt >= 0 ? textOf(own.slice(noteAt)) : '';
    const list = labelList(question.labels);
    const answer = `Antwoord op ${question.labels.length === 1 ? 'vraag' : 'vragen'} ${list}\n${ANSWER}`;
    blocks.push(`Vraag ${list}\n${textOf(questionLines, question.headingLine) || '<vraag>'}\n\n${note ? `${note}\n\n` : ''}${answer}`);
  }
  // the footnote texts among the questions that no marker uses: kept, and marked to be checked
  const marked = new Set(model.footnoteMarkers.map(footnoteKey));
  // in a document of questions only (their numbering lost), the notes after the last question are theirs too
  const numbered = model.questionHeadings.length > 0;
  const beforeQuestions = linesBeforeQuestions(parsed);
  const inQuestions = (line: number) =>
    found.some((q) => q.lines.length > 0 && line >= q.lines[0] && line <= q.lines[q.lines.length - 1]) ||
    (!numbered && line >= found[0].lines[0]) ||
    (beforeQuestions !== undefined && line >= beforeQuestions.from && line < beforeQuestions.to);
  const withoutMarker = [...model.footnoteDefinitions.filter((d) => !marked.has(footnoteKey(d))), ...model.footnoteTextsWithoutMarker].filter((d) => inQuestions(d.line));
  for (const definition of withoutMarker.sort((a, b) => a.line - b.line)) {
    unplaced.push({ kind: 'footnote-text', line: definition.line, label: definition.label });
    footnotes.push(`[${footnotes.length + 1}] ${CHECK_TEXT_WITHOUT_MARKER} ${definition.text}`);
  }
  unplaced.sort((a, b) => a.line - b.line);

  const letter = model.letter;
  const eersteKamer = letter.chamber === 'eerste-kamer';
  const askers = heading.facts?.askers ?? letter.askers ?? '<het lid naam (partij)>';
  const subject = heading.facts?.subject ?? letter.subject ?? '<onderwerp>';
  // "30 mei" / "2024" broken over two lines in the printed heading is one date on one line of the draft
  const sent = letter.sent ? letter.sent.text.replace(/^\s*(?:ingezonden|ingediend)\s+(?:op\s+)?/i, '').replace(/\s+/g, ' ') : '<datum>';
  const zaak = letter.zaaknummer ?? '<zaaknummer>';
  // "(ingezonden 10 oktober 2024, 2024Z15585)"; without a known zaaknummer Uw kenmerk asks for it
  const sentWith = letter.zaaknummer ? `${sent}, ${letter.zaaknummer}` : sent;
  const addressee = heading.facts?.addressee ?? letter.addressee ?? 'minister van <ministerie>';
  const today = formatDutchDate(inputs.today);
  const text = [
    '> Retouradres <retouradres>',
    '',
    `Aan de Voorzitter van de ${eersteKamer ? 'Eerste' : 'Tweede'} Kamer der Staten-Generaal`,
    eersteKamer ? 'Postbus 20017' : 'Postbus 20018',
    '2500 EA Den Haag',
    '',
    `Datum ${today}`,
    `Betreft Antwoorden Kamervragen over ${subject}`,
    '',
    `Ons kenmerk ${FILL_IN}`,
    `Uw kenmerk ${zaak}`,
    'Bijlage(n) 1',
    '',
    'Geachte Voorzitter,',
    '',
    `Hierbij zend ik u de antwoorden op de vragen van ${askers} over ${subject} (ingezonden ${sentWith}).`,
    '',
    // each minister addressed signs, in the singular, one under the other
    ...signers(addressee).flatMap((signer) => [`De ${signer},`, '', '', '', '<naam>', '']),
    '',
    `Vragen van ${askers} aan de ${addressee} over ${subject}${headingMarkers} (ingezonden ${sentWith}).`,
    '',
    `Antwoord van <minister of staatssecretaris> <naam> (<ministerie>) (ontvangen ${today}).`,
    '',
    blocks.join('\n\n'),
    ...(footnotes.length > 0 ? ['', footnotes.join('\n')] : []),
    '',
  ].join('\n');
  return { text, questions: found.reduce((n, q) => n + q.labels.length, 0), footnotes: footnotes.length, unplaced };
}

/** The lines of every footnote text the parser read, with or without its marker. */
function footnoteTextLines(model: DocumentModel): Set<number> {
  const lines = new Set<number>();
  for (const definition of [...model.footnoteDefinitions, ...model.footnoteTextsWithoutMarker]) {
    for (let line = definition.sectionRange.start.line; line <= definition.sectionRange.end.line; line++) lines.add(line);
  }
  return lines;
}

/**
 * The paragraphs of a questions document between its heading and its first question ("Naar
 * aanleiding van het debat ... stel ik de volgende vragen."), page furniture and footnote texts
 * left out. Only in a document without answers: in an answer document that is the answer's heading.
 */
function paragraphsBeforeQuestions(parsed: ParsedDocument, footnoteLines: Set<number>): number[][] {
  const { lines, lineData } = parsed;
  const between = linesBeforeQuestions(parsed);
  if (!between) return [];
  const paragraphs: number[][] = [];
  let current: number[] = [];
  for (let line = between.from; line < between.to; line++) {
    const kind = lineData.kinds[line]?.kind;
    if (kind === 'furniture' || kind === 'running-footer' || footnoteLines.has(line)) continue;
    if (lines.lineText(line).trim() === '') {
      if (current.length > 0) paragraphs.push(current);
      current = [];
    } else current.push(line);
  }
  if (current.length > 0) paragraphs.push(current);
  return paragraphs;
}

/**
 * The lines of a questions document between its heading and its first question (`from` up to, not
 * including, `to`): its text is kept before the questions, and a footnote text read there is kept
 * too, marked, never dropped. None in a document with answers: there that is the answer's heading.
 */
function linesBeforeQuestions({ model }: ParsedDocument): { from: number; to: number } | undefined {
  const heading = model.letter.headingRange;
  const first = model.questionHeadings[0];
  if (!heading || !first || model.answers.length > 0) return undefined;
  return { from: heading.end.line + 1, to: first.line };
}

/** The questions the parser found, each with the lines of its text. */
function questionsOf({ model, lines }: ParsedDocument): ImportedQuestion[] {
  return model.questionHeadings.map((heading) => ({
    labels: heading.labels,
    headingLine: heading.textLines[0] === heading.line ? { line: heading.line, textStart: inlineTextStart(lines.lineText(heading.line), heading.range.end.character) } : undefined,
    lines: heading.textLines,
  }));
}

/**
 * Word text whose automatic numbering was lost: under the heading "Vragen van het lid ...", each
 * paragraph is a question, numbered in order. Only when the heading is there: without it, a text's
 * paragraphs are not questions.
 */
function unnumberedQuestions({ model, lines }: ParsedDocument): ImportedQuestion[] {
  let line = 0;
  while (line < lines.count && !SET_HEADING.test(lines.lineText(line))) line++;
  if (line >= lines.count) return [];
  while (line < lines.count && lines.lineText(line).trim() !== '') line++; // the heading's own paragraph
  const definitionLines = footnoteTextLines(model);
  const paragraphs: number[][] = [];
  let current: number[] = [];
  let inNote = false;
  for (; line < lines.count; line++) {
    const text = lines.lineText(line);
    if (text.trim() === '') {
      if (current.length > 0) paragraphs.push(current);
      current = [];
      continue;
    }
    if (NOTE_HEADING.test(text)) inNote = true;
    // a closing note belongs to the last question, as it does where questions are numbered
    if (inNote && paragraphs.length > 0 && current.length === 0) {
      paragraphs[paragraphs.length - 1].push(line);
      continue;
    }
    if (!definitionLines.has(line)) current.push(line);
  }
  if (current.length > 0) paragraphs.push(current);
  return paragraphs.map((paragraph, i) => ({ labels: [String(i + 1)], lines: paragraph }));
}

/**
 * Who signs, each in the singular: "minister van A en de staatssecretaris van B" and "ministers
 * van A en van B" are two; "minister en staatssecretaris van Financiën" is two of one ministry.
 */
function signers(addressee: string): string[] {
  // a published heading capitalises: "aan de Ministers van ... en van ..."
  const plural = /^(ministers|staatssecretarissen)\s+((?:van|voor)\s.*)$/i.exec(addressee);
  if (plural) {
    const role = /^m/i.test(plural[1]) ? 'minister' : 'staatssecretaris';
    const titled = plural[1][0] === plural[1][0].toUpperCase() ? `${role[0].toUpperCase()}${role.slice(1)}` : role;
    return plural[2].split(/\s+en\s+(?=(?:van|voor)\s)/).map((ministry) => `${titled} ${ministry}`);
  }
  // as printed: "de minister van A" in a letter, "de Minister van A" in a published heading
  const both = /^(minister)\s+en\s+(?:de\s+)?(staatssecretaris)\s+((?:van|voor)\s.*)$/i.exec(addressee);
  if (both) return [`${both[1]} ${both[3]}`, `${both[2]} ${both[3]}`];
  return addressee.split(/\s+en\s+(?:de\s+)?(?=(?:minister|staatssecretaris)\b)/i);
}

/** "4", "4 en 5", "2 t/m 6" (a run of three or more, as drafters write it). */
function labelList(labels: string[]): string {
  if (labels.length === 1) return labels[0];
  const numbers = labels.map(Number);
  const run = labels.length >= 3 && numbers.every((n, i) => Number.isInteger(n) && (i === 0 || n === numbers[i - 1] + 1));
  return run ? `${labels[0]} t/m ${labels[labels.length - 1]}` : `${labels.slice(0, -1).join(', ')} en ${labels[labels.length - 1]}`;
}

/** Where a question's own text starts on its heading's line: after "1." or "Vraag 1:". */
function inlineTextStart(line: string, headingEnd: number): number {
  let at = headingEnd;
  while (at < line.length && /[\s:.]/.test(line[at])) at++;
  return at;
}

/**
 * The questions' heading without its footnote markers: the markers the parser found in it (in
 * order), and its askers, addressee and subject read from its text with exactly those markers taken
 * out. A number the parser did not take for a marker stays as printed ("de A12", "artikel 3.12").
 */
function questionsHeadingOf({ model, lines }: ParsedDocument, markers: FootnoteMarker[]): { markers: FootnoteMarker[]; facts?: ReturnType<typeof readQuestionsHeading> } {
  const range = model.letter.headingRange;
  if (!range) return { markers: [] };
  const start = lines.offsetAt(range.start);
  const end = lines.offsetAt(range.end);
  const inside = markers
    .map((marker) => ({ marker, from: lines.offsetAt(marker.range.start), to: lines.offsetAt(marker.range.end) }))
    .filter(({ from, to }) => from >= start && to <= end)
    .sort((a, b) => a.from - b.from);
  let text = '';
  let at = start;
  for (const { from, to } of inside) {
    text += lines.text.slice(at, from);
    at = to;
  }
  text += lines.text.slice(at, end);
  return { markers: inside.map(({ marker }) => marker), facts: readQuestionsHeading(text) };
}

/** What `new` says about the text it could not place, with a count and where; undefined when all was placed. */
export function describeUnplaced(
  unplaced: Unplaced[],
  m: Pick<Messages, 'newDraftUnplaced' | 'newDraftFootnoteTextsWithoutMarker' | 'newDraftMarkersWithoutText' | 'newDraftWhere' | 'newDraftTextOutsideQuestions' | 'newDraftLine'>,
): string | undefined {
  const where = (list: Unplaced[]) => list.map((u) => m.newDraftWhere(u.label, u.line)).join(', ');
  const texts = unplaced.filter((u) => u.kind === 'footnote-text');
  const markers = unplaced.filter((u) => u.kind === 'footnote-marker');
  const outside = unplaced.filter((u) => u.kind === 'text');
  const parts = [
    ...(outside.length > 0 ? [m.newDraftTextOutsideQuestions(outside.length, outside.map((u) => m.newDraftLine(u.line)).join(', '))] : []),
    ...(texts.length > 0 ? [m.newDraftFootnoteTextsWithoutMarker(texts.length, where(texts))] : []),
    ...(markers.length > 0 ? [m.newDraftMarkersWithoutText(markers.length, where(markers))] : []),
  ];
  return parts.length > 0 ? m.newDraftUnplaced(parts) : undefined;
}
