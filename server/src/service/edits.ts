import type { Position, Range, TextLines } from './text/lines';
import type { DocumentModel, FootnoteSeries } from './model';
import type { ParsedDocument } from './parse/parseDocument';
import { footnoteName, type Messages } from './messages';

/** Edits the service proposes; shaped like LSP's, without depending on the protocol package. */
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

/** What the drafter still has to fill in; the grammar highlights it and the placeholder check finds it. */
export const FILL_IN = '<invullen>';

export function endOfLine(lines: TextLines, line: number): Position {
  return { line, character: lines.end(line) - lines.start(line) };
}

export function insertAt(position: Position, newText: string): TextEdit {
  return { range: { start: position, end: position }, newText };
}

/** Lines to insert, joined with the document's own line break. */
export function joinLines(lines: TextLines, ...parts: string[]): string {
  return parts.join(lines.eol);
}

/** Inserts the definition line of footnote `n`: after the definitions of its series, in number
 *  order, or as the first definition at the end of the document. */
export function definitionInsertion(parsed: ParsedDocument, series: FootnoteSeries, n: number): TextEdit {
  const { model, lines } = parsed;
  let sameSeries = model.footnoteDefinitions.filter((d) => d.series === series);
  if (series === 'superscript') {
    // A superscript's text stands at a page foot below its marker, never above it.
    const marker = model.footnoteMarkers.find((m) => m.series === series && m.number === n);
    const markerLine = marker ? marker.range.start.line : -1;
    sameSeries = sameSeries.filter((d) => d.line > markerLine);
    const following = sameSeries.find((d) => d.number > n);
    if (following) return insertAt({ line: following.line, character: 0 }, `${footnoteName(series, n)} ${FILL_IN}${lines.eol}`);
  }
  const before = sameSeries.filter((d) => d.number < n).pop() ?? sameSeries[sameSeries.length - 1];
  const text = `${footnoteName(series, n)} ${FILL_IN}`;
  if (before) return insertAt(endOfLine(lines, before.sectionRange.end.line), joinLines(lines, '', text));
  const last = lines.count - 1;
  const lastLineEmpty = lines.lineText(last).trim() === '';
  return insertAt(endOfLine(lines, last), lastLineEmpty ? joinLines(lines, '', text, '') : joinLines(lines, '', '', text));
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

export function renumberFootnotesFix(parsed: ParsedDocument, kind: Fix['kind'], messages: Messages): Fix | undefined {
  const edits = renumberFootnotes(parsed);
  return edits.length > 0 ? { title: messages.renumberFootnotes(), kind, edits } : undefined;
}

/**
 * The Mededeling (postponement notice) for the document's questions, filled in from the letter.
 * As a snippet (the command) unknown parts are tab stops; as plain text (the quick fix, which
 * any LSP editor can apply) they are FILL_IN, which the placeholder check then reports.
 */
export function mededelingText(model: DocumentModel, format: 'snippet' | 'plain'): string {
  const { letter } = model;
  const snippet = format === 'snippet';
  const escape = (text: string) => (snippet ? text.replace(/[$}\\]/g, (c) => `\\${c}`) : text);
  // a hint kept as the drafter tabs past it stays a placeholder the check reports ("<onderwerp>", never "onderwerp")
  const hole = (stop: number, hint: string) => (snippet ? `\${${stop}:<${hint}>}` : FILL_IN);
  const askers = letter.askers ? escape(letter.askers) : hole(1, 'het lid naam (partij)');
  const subject = letter.subject ? escape(letter.subject) : hole(2, 'onderwerp');
  const sent = letter.sent ? escape(letter.sent.text.replace(/\s+/g, ' ')) : hole(3, 'datum');
  const zaak = letter.zaaknummer ? `, ${letter.zaaknummer}` : '';
  const reason = snippet ? '${4:De reden hiervoor is dat ${5:afstemming met andere departementen meer tijd vraagt}.} ' : `De reden hiervoor is dat ${FILL_IN}. `;
  return [
    'Mededeling',
    '',
    `De vragen van ${askers} over ${subject} (ingezonden ${sent}${zaak}) kunnen niet binnen de gebruikelijke termijn van drie weken worden beantwoord. ${reason}Ik streef ernaar de vragen zo spoedig mogelijk te beantwoorden.`,
    ...(snippet ? ['$0'] : []),
  ].join('\n');
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
