import type { Position, Range } from '../text/lines';
import { questionKey, type FootnoteSeries } from '../model';
import type { ParsedDocument } from '../parse/parseDocument';
import type { Kenmerk } from '../model';
import type { TextEdit } from '../edits';
import { footnoteName, type Messages } from '../messages';

/**
 * What stands at a position, and everything that refers to the same thing: the basis of hover,
 * go to definition, find references, highlights and rename.
 */
export type Target =
  | { kind: 'footnote'; series: FootnoteSeries; number: number; range: Range }
  | { kind: 'question'; number: number; label: string; set: number; range: Range }
  | { kind: 'kenmerk'; kenmerk: Kenmerk; range: Range };

export interface Occurrence {
  range: Range;
  /** The definition (footnote text, question heading) rather than a use. */
  isDefinition: boolean;
}

type NumberedItem = { numbers: number[]; labels: string[]; set: number; numberRanges: Range[] };

function contains(range: Range, position: Position): boolean {
  const afterStart = position.line > range.start.line || (position.line === range.start.line && position.character >= range.start.character);
  const beforeEnd = position.line < range.end.line || (position.line === range.end.line && position.character <= range.end.character);
  return afterStart && beforeEnd;
}

export function targetAt(parsed: ParsedDocument, position: Position): Target | undefined {
  const { model } = parsed;
  for (const footnote of [...model.footnoteMarkers, ...model.footnoteDefinitions]) {
    if (contains(footnote.range, position)) return { kind: 'footnote', series: footnote.series, number: footnote.number, range: footnote.range };
  }
  const numbered: NumberedItem[] = [...model.questionHeadings, ...model.answers, ...model.crossReferences];
  for (const item of numbered) {
    const index = item.numberRanges.findIndex((range) => contains(range, position));
    if (index >= 0) return { kind: 'question', number: item.numbers[index], label: item.labels[index], set: item.set, range: item.numberRanges[index] };
  }
  // anywhere on "het antwoord op vraag 6": the (first) question it names
  const reference = model.crossReferences.find((r) => contains(r.range, position));
  if (reference) return { kind: 'question', number: reference.numbers[0], label: reference.labels[0], set: reference.set, range: reference.range };
  const kenmerk = model.kenmerken.find((k) => contains(k.range, position));
  return kenmerk ? { kind: 'kenmerk', kenmerk, range: kenmerk.range } : undefined;
}

/** Every place the target's footnote or question number stands, definitions first. */
export function occurrences(parsed: ParsedDocument, target: Target): Occurrence[] {
  const { model } = parsed;
  if (target.kind === 'footnote') {
    const same = (f: { series: FootnoteSeries; number: number }) => f.series === target.series && f.number === target.number;
    return [
      ...model.footnoteDefinitions.filter(same).map((d) => ({ range: d.range, isDefinition: true })),
      ...model.footnoteMarkers.filter(same).map((m) => ({ range: m.range, isDefinition: false })),
    ];
  }
  if (target.kind === 'question') {
    const key = questionKey(target.set, target.label);
    const where = (items: NumberedItem[], isDefinition: boolean) =>
      items.flatMap((item) => item.labels.flatMap((label, i) => (questionKey(item.set, label) === key && item.numberRanges[i] ? [{ range: item.numberRanges[i], isDefinition }] : [])));
    return [...where(model.questionHeadings, true), ...where(model.answers, false), ...where(model.crossReferences, false)];
  }
  return model.kenmerken.filter((k) => k.value === target.kenmerk.value).map((k) => ({ range: k.range, isDefinition: false }));
}

/** Hover text (Markdown) for a footnote or a question; kenmerken are described by the caller. */
export function hoverText(parsed: ParsedDocument, target: Target, messages: Messages): string | undefined {
  const { model } = parsed;
  if (target.kind === 'footnote') {
    const definition = model.footnoteDefinitions.find((d) => d.series === target.series && d.number === target.number);
    return messages.hoverFootnote(footnoteName(target.series, target.number), definition?.text);
  }
  if (target.kind === 'question') {
    const heading = model.questionHeadings.find((h) => h.set === target.set && h.labels.includes(target.label));
    return heading ? messages.hoverQuestion(target.label, heading.text) : undefined;
  }
  return undefined;
}

/** Go to definition within the document: a marker to its text, a question number to its heading. */
export function definitionRanges(parsed: ParsedDocument, target: Target): Range[] {
  return occurrences(parsed, target).filter((o) => o.isDefinition).map((o) => o.range);
}

/**
 * The digits of a footnote label ("[1]", "1)", "1") or question number, which rename replaces.
 * A member of a range ("3" in "2 t/m 6") is not printed on its own and has no digits to replace.
 */
function digitsRange(parsed: ParsedDocument, range: Range, number: number): Range | undefined {
  if (range.start.line !== range.end.line) return undefined;
  const printed = parsed.lines.lineText(range.start.line).slice(range.start.character, range.end.character);
  const label = /^\[?(\d+)[\]).]?$/.exec(printed);
  if (!label || Number(label[1]) !== number) return undefined;
  const at = range.start.character + printed.indexOf(label[1]);
  return { start: { line: range.start.line, character: at }, end: { line: range.start.line, character: at + label[1].length } };
}

/** Rename works on footnote and question numbers only; anything else is refused (undefined). */
export function prepareRename(parsed: ParsedDocument, position: Position): { range: Range; placeholder: string } | undefined {
  const target = targetAt(parsed, position);
  if (!target || target.kind === 'kenmerk') return undefined;
  const range = digitsRange(parsed, target.range, target.number);
  return range ? { range, placeholder: String(target.number) } : undefined;
}

/** Renumbers every marker and definition, or every heading, answer and reference, of the target. */
export function renameEdits(parsed: ParsedDocument, position: Position, newName: string, messages: Messages): TextEdit[] | { error: string } {
  const target = targetAt(parsed, position);
  if (!target || target.kind === 'kenmerk') return { error: messages.renameOnlyNumbers() };
  if (!/^\d{1,3}$/.test(newName.trim())) return { error: messages.renameNotANumber(newName) };
  const newText = String(Number(newName.trim()));
  return occurrences(parsed, target)
    .map((o) => digitsRange(parsed, o.range, target.number))
    .filter((range): range is Range => range !== undefined)
    .map((range) => ({ range, newText }));
}
