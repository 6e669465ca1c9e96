import type { Range } from '../text/lines';
import type { TextEdit } from '../edits';

/** LSP CompletionItemKind values used here. */
export const enum CompletionKind {
  Value = 12,
  Snippet = 15,
  Reference = 18,
  EnumMember = 20,
  Constant = 21,
}

/** Shaped like an LSP CompletionItem; insertTextFormat 1 = plain text, 2 = snippet. */
export interface CompletionEntry {
  label: string;
  /** Shown beside the label in the list (LSP 3.17 labelDetails). */
  labelDetails?: { description?: string };
  kind: CompletionKind;
  detail?: string;
  documentation?: string | { kind: 'markdown'; value: string };
  filterText?: string;
  sortText?: string;
  textEdit: { range: Range; newText: string };
  insertTextFormat: 1 | 2;
  additionalTextEdits?: TextEdit[];
}

/** The largest number, without spreading a large array into a call (which overflows the stack). */
export function maxOf(numbers: readonly number[], floor: number): number {
  let max = floor;
  for (const n of numbers) if (n > max) max = n;
  return max;
}

/** What an item inserts, shown as it will stand in the draft (in Dutch, whatever the messages' language). */
export function insertedText(text: string): string {
  return ['```', text, '```'].join('\n');
}
