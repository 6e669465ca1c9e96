import { footnoteKey, type FootnoteDefinition, type FootnoteMarker } from '../model';
import type { ParsedDocument } from '../parse/parseDocument';
import type { Range } from '../text/lines';
import { endOfLine, type Fix, type TextEdit } from '../edits';
import type { Messages } from '../messages';

/**
 * "Voetnoten omzetten naar [n]": the footnotes of pasted text in the canonical form. Each marker
 * that has its text (a flattened superscript "vertoont.1", Word's " 1)", a "[1]" whose text is
 * printed "1 Bron") becomes "[n]", numbered in order of appearance after any "[n]" the draft has,
 * and its text moves to the end as "[n] text" (its lines at the page foot go, page furniture
 * between them stays). A marker that is surely one but has no text becomes "[n]" too, so the
 * check then says it has no text. Digits that are not surely markers, and texts whose marker was
 * not found, are left as they are. After it, these footnotes are checked like any "[n]".
 */
export function convertFootnotes(parsed: ParsedDocument): TextEdit[] {
  const { model, lines } = parsed;
  const pastedDefinition = (d: FootnoteDefinition) => !d.label.startsWith('[');
  const definitions = new Map<string, FootnoteDefinition>();
  for (const definition of model.footnoteDefinitions) if (pastedDefinition(definition)) definitions.set(footnoteKey(definition), definition);
  const converting = (marker: FootnoteMarker) => marker.series !== 'bracket' ? definitions.has(footnoteKey(marker)) || marker.certain : definitions.has(footnoteKey(marker));
  const markers = model.footnoteMarkers.filter(converting);
  if (markers.length === 0) return [];

  let next = Math.max(0, ...model.footnoteMarkers.filter((m) => m.series === 'bracket').map((m) => m.number), ...model.footnoteDefinitions.filter((d) => !pastedDefinition(d)).map((d) => d.number));
  const numberOf = new Map<string, number>();
  const edits: TextEdit[] = [];
  for (const marker of markers) {
    const key = footnoteKey(marker);
    if (!numberOf.has(key)) numberOf.set(key, ++next);
    edits.push(...markerEdits(parsed, marker, `[${numberOf.get(key)}]`));
  }

  // the texts, in their new numbers' order, after the last line; their lines at the page foot go
  const texts: string[] = [];
  const removed: TextEdit[] = [];
  for (const [key, n] of [...numberOf].sort((a, b) => a[1] - b[1])) {
    const definition = definitions.get(key);
    if (!definition) continue;
    texts.push(`[${n}] ${definition.text}`);
    for (let line = definition.sectionRange.start.line; line <= definition.sectionRange.end.line; line++) {
      const kind = parsed.lineData.kinds[line].kind;
      if (kind === 'furniture' || kind === 'running-footer' || kind === 'blank') continue;
      removed.push({ range: wholeLine(parsed, line), newText: '' });
    }
  }
  if (texts.length > 0) {
    // inserted at the very end, where a removed last line ends: edits that touch do not overlap
    const last = lines.count - 1;
    const end = endOfLine(lines, last);
    const ending = lines.lineText(last).trim() === '' ? '' : lines.eol;
    edits.push({ range: { start: end, end }, newText: `${ending}${lines.eol}${texts.join(lines.eol)}${lines.eol}` });
  }
  return [...edits, ...removed];
}

/**
 * The edits that write a marker as `label`. It follows the word, as "[1]" does: the space before
 * " 1)" and "Tajikistan 3," goes. A superscript that the extraction pushed to the start of the next
 * line ("2 waarin ...") goes back to the end of the line before: at a line's start, "[2]" would
 * read as a footnote text.
 */
function markerEdits({ lines }: ParsedDocument, marker: FootnoteMarker, label: string): TextEdit[] {
  if (marker.series === 'bracket') return [{ range: marker.range, newText: label }];
  const line = marker.range.start.line;
  const text = lines.lineText(line);
  let start = marker.range.start.character;
  while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
  if (text.slice(0, start).trim() !== '') return [{ range: { start: { line, character: start }, end: marker.range.end }, newText: label }];
  let end = marker.range.end.character;
  while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
  let before = line - 1;
  while (before >= 0 && lines.lineText(before).trim() === '') before--;
  if (before < 0) return [{ range: marker.range, newText: label }];
  const beforeText = lines.lineText(before);
  const at = { line: before, character: beforeText.trimEnd().length };
  return [
    { range: { start: at, end: at }, newText: label },
    { range: { start: { line, character: 0 }, end: { line, character: end } }, newText: '' },
  ];
}

/** A line with its line break: removing it leaves no empty line behind. */
function wholeLine({ lines }: ParsedDocument, line: number): Range {
  if (line + 1 < lines.count) return { start: { line, character: 0 }, end: { line: line + 1, character: 0 } };
  return { start: line > 0 ? endOfLine(lines, line - 1) : { line, character: 0 }, end: endOfLine(lines, line) };
}

/** The fix, offered where the drafter stands on a pasted footnote (its marker or its text). */
export function convertFootnotesFix(parsed: ParsedDocument, range: Range, messages: Messages): Fix | undefined {
  const touches = (other: Range) => !(other.end.line < range.start.line || other.start.line > range.end.line);
  const { model } = parsed;
  const pasted = [...model.footnoteMarkers.filter((m) => m.series !== 'bracket'), ...model.footnoteDefinitions.filter((d) => !d.label.startsWith('['))];
  const touching = pasted.some((footnote) => touches('sectionRange' in footnote ? footnote.sectionRange : footnote.range));
  if (!touching) return undefined;
  const edits = convertFootnotes(parsed);
  return edits.length > 0 ? { title: messages.convertFootnotes(), kind: 'quickfix', edits } : undefined;
}
