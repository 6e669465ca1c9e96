import type { Position, Range, TextLines } from './text/lines';
import type { FootnoteSeries } from './model';
import type { ParsedDocument } from './parse/parseDocument';
import type { DiagnosticCode, DiagnosticData } from './diagnostics';
import { footnoteName, messages } from './messages';

/** Shaped like an LSP TextEdit. */
export interface TextEdit {
  range: Range;
  newText: string;
}

export const FIX_ALL_KIND = 'source.fixAll.kamervragen';

export interface Fix {
  title: string;
  kind: 'quickfix' | typeof FIX_ALL_KIND;
  edits: TextEdit[];
  isPreferred?: boolean;
}

/** Only what a quick fix reads of a diagnostic (as it comes back from the editor). */
export interface DiagnosticRef {
  code?: string | number;
  range: Range;
  data?: unknown;
}

/** What the drafter still has to fill in; the grammar highlights it. */
export const FILL_IN = '<invullen>';

function endOfLine(lines: TextLines, line: number): Position {
  return { line, character: lines.end(line) - lines.start(line) };
}

function insertAt(position: Position, newText: string): TextEdit {
  return { range: { start: position, end: position }, newText };
}

/** "Antwoord op vraag N" after the question's text, in the document's own style. */
function insertAnswerHeading(parsed: ParsedDocument, question: number, headingLine: number): Fix | undefined {
  const { model, lines } = parsed;
  const heading = model.questionHeadings.find((h) => h.line === headingLine && h.numbers.includes(question));
  if (!heading) return undefined;
  const bareStyle = model.answers.length > 0 && model.answers.every((a) => !a.numbered);
  const title = bareStyle ? 'Antwoord' : `Antwoord op vraag ${question}`;
  return {
    title: messages.addAnswerHeading(title),
    kind: 'quickfix',
    isPreferred: true,
    edits: [insertAt(endOfLine(lines, heading.sectionRange.end.line), `\n\n${title}\n`)],
  };
}

/** Inserts the definition line of footnote `n`: after the definitions of its series, in number
 *  order, or as the first definition at the end of the document. */
export function definitionInsertion(parsed: ParsedDocument, series: FootnoteSeries, n: number): TextEdit {
  const { model, lines } = parsed;
  const sameSeries = model.footnoteDefinitions.filter((d) => d.series === series);
  const before = sameSeries.filter((d) => d.number < n).pop() ?? sameSeries[sameSeries.length - 1];
  const text = `${footnoteName(series, n)} ${FILL_IN}`;
  if (before) return insertAt(endOfLine(lines, before.sectionRange.end.line), `\n${text}`);
  const last = lines.count - 1;
  const lastLineEmpty = lines.lineText(last).trim() === '';
  return insertAt(endOfLine(lines, last), lastLineEmpty ? `\n${text}\n` : `\n\n${text}`);
}

function addDefinition(parsed: ParsedDocument, series: FootnoteSeries, n: number): Fix {
  return { title: messages.addFootnoteDefinition(footnoteName(series, n)), kind: 'quickfix', isPreferred: true, edits: [definitionInsertion(parsed, series, n)] };
}

/** Removes a definition's line(s), line break included. */
function removeDefinition(parsed: ParsedDocument, series: FootnoteSeries, n: number, at: Range): Fix | undefined {
  const { model, lines } = parsed;
  const definition = model.footnoteDefinitions.find((d) => d.series === series && d.number === n && d.sectionRange.start.line === at.start.line);
  if (!definition) return undefined;
  const first = definition.sectionRange.start.line;
  const last = definition.sectionRange.end.line;
  const range: Range =
    last + 1 < lines.count
      ? { start: { line: first, character: 0 }, end: { line: last + 1, character: 0 } }
      : { start: first > 0 ? endOfLine(lines, first - 1) : { line: first, character: 0 }, end: endOfLine(lines, last) };
  return { title: messages.removeUnusedFootnote(footnoteName(series, n)), kind: 'quickfix', edits: [{ range, newText: '' }] };
}

/**
 * Renumbers the [n] footnotes 1, 2, 3 ... in the order their markers first appear; definitions
 * follow their markers, unused ones come last. Only the digits change.
 */
export function renumberFootnotes(parsed: ParsedDocument): TextEdit[] {
  const { model } = parsed;
  const markers = model.footnoteMarkers.filter((m) => m.series === 'bracket');
  const definitions = model.footnoteDefinitions.filter((d) => d.series === 'bracket');
  const mapping = new Map<number, number>();
  for (const marker of markers) if (!mapping.has(marker.number)) mapping.set(marker.number, mapping.size + 1);
  for (const definition of definitions) if (!mapping.has(definition.number)) mapping.set(definition.number, mapping.size + 1);
  if ([...mapping].every(([from, to]) => from === to)) return [];
  const digitsOf = (range: Range, n: number): TextEdit => ({
    range: { start: { line: range.start.line, character: range.start.character + 1 }, end: { line: range.start.line, character: range.start.character + 1 + String(n).length } },
    newText: String(mapping.get(n)),
  });
  return [...markers.map((m) => digitsOf(m.range, m.number)), ...definitions.map((d) => digitsOf(d.range, d.number))];
}

export function renumberFootnotesFix(parsed: ParsedDocument, kind: Fix['kind']): Fix | undefined {
  const edits = renumberFootnotes(parsed);
  return edits.length > 0 ? { title: messages.renumberFootnotes(), kind, edits } : undefined;
}

/** The quick fixes for one diagnostic, driven by its code and data. */
export function quickFixes(parsed: ParsedDocument, diagnostic: DiagnosticRef): Fix[] {
  const code = diagnostic.code as DiagnosticCode | undefined;
  const data = diagnostic.data as DiagnosticData | undefined;
  const fixes: Array<Fix | undefined> = [];
  if (code === 'unanswered-question' && data?.kind === 'question') {
    fixes.push(insertAnswerHeading(parsed, data.question, data.headingLine));
  } else if (data?.kind === 'footnote') {
    const series = data.series as FootnoteSeries;
    if (code === 'undefined-footnote') fixes.push(addDefinition(parsed, series, data.number));
    if (code === 'unused-footnote') fixes.push(removeDefinition(parsed, series, data.number, diagnostic.range));
    if (series === 'bracket') fixes.push(renumberFootnotesFix(parsed, 'quickfix'));
  }
  return fixes.filter((fix): fix is Fix => fix !== undefined);
}

/** Applies edits to a text (for tests and the CLI): later edits first, so offsets stay valid. */
export function applyEdits(lines: TextLines, edits: TextEdit[]): string {
  const sorted = edits
    .map((edit) => ({ start: lines.offsetAt(edit.range.start), end: lines.offsetAt(edit.range.end), text: edit.newText }))
    .sort((a, b) => b.start - a.start || b.end - a.end);
  let text = lines.text;
  for (const edit of sorted) text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
  return text;
}
