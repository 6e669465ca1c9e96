import type { Range } from '../text/lines';
import type { DocumentModel } from '../model';
import type { Messages } from '../messages';

/** LSP's SymbolKind values used here. */
const SYMBOL_STRING = 15 as const;
const SYMBOL_EVENT = 24 as const;

/** Shaped like an LSP DocumentSymbol. */
export interface OutlineSymbol {
  name: string;
  detail: string;
  kind: typeof SYMBOL_STRING | typeof SYMBOL_EVENT;
  range: Range;
  selectionRange: Range;
  children: OutlineSymbol[];
}

/** Shaped like an LSP FoldingRange. */
export interface FoldingSection {
  startLine: number;
  endLine: number;
  kind?: string;
}

function shorten(text: string, length = 80): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}

/** The outline: every question, answer and Mededeling in document order. */
export function documentSymbols(model: DocumentModel, messages: Messages): OutlineSymbol[] {
  const symbols: Array<OutlineSymbol & { line: number }> = [];
  for (const heading of model.questionHeadings) {
    const detail = model.postponed ? `${messages.outlinePostponed()} · ${shorten(heading.text)}` : shorten(heading.text);
    symbols.push({ line: heading.line, name: messages.outlineQuestion(heading.labels), detail, kind: SYMBOL_STRING, range: heading.sectionRange, selectionRange: heading.range, children: [] });
  }
  for (const answer of model.answers) {
    symbols.push({ line: answer.line, name: messages.outlineAnswer(answer.labels), detail: '', kind: SYMBOL_STRING, range: answer.sectionRange, selectionRange: answer.range, children: [] });
  }
  for (const mededeling of model.mededelingen) {
    symbols.push({ line: mededeling.line, name: messages.outlineMededeling(), detail: messages.outlineMededelingDetail(), kind: SYMBOL_EVENT, range: mededeling.sectionRange, selectionRange: mededeling.range, children: [] });
  }
  symbols.sort((a, b) => a.line - b.line);
  return symbols.map(({ line: _line, ...symbol }) => symbol);
}

/** Every question and answer folds; so does a Mededeling. */
export function foldingSections(model: DocumentModel): FoldingSection[] {
  const ranges = [
    ...model.questionHeadings.map((h) => h.sectionRange),
    ...model.answers.filter((a) => a.hasHeading).map((a) => a.sectionRange),
    ...model.mededelingen.map((m) => m.sectionRange),
  ];
  return ranges
    .filter((range) => range.end.line > range.start.line)
    .map((range) => ({ startLine: range.start.line, endLine: range.end.line }))
    .sort((a, b) => a.startLine - b.startLine);
}
