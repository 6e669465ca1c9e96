import type { Position, Range } from '../text/lines';
import type { ParsedDocument } from '../parse/parseDocument';
import { questionNumbers } from '../model';
import { definitionInsertion, FILL_IN, type TextEdit } from '../edits';
import type { Messages } from '../messages';

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
function insertedText(text: string): string {
  return ['```', text, '```'].join('\n');
}

/** The word being typed before the cursor ("vr", "voetn"), which the item replaces. */
function wordRange(line: string, position: Position): { range: Range; word: string } {
  let start = position.character;
  while (start > 0 && /[\p{L}\d]/u.test(line[start - 1])) start--;
  return { range: { start: { line: position.line, character: start }, end: position }, word: line.slice(start, position.character) };
}

/**
 * Snippets that need the document: the next question with its answer heading, and a footnote
 * marker whose definition lands at the end of the document.
 */
export function snippetCompletions(parsed: ParsedDocument, requested: Position, messages: Messages): CompletionEntry[] {
  const { model, lines } = parsed;
  const position = lines.clamp(requested);
  const line = lines.lineText(position.line);
  const { range, word } = wordRange(line, position);
  const items: CompletionEntry[] = [];

  if (line.slice(0, range.start.character).trim() === '') {
    const next = maxOf(questionNumbers(model), 0) + 1;
    items.push({
      label: messages.nextQuestionLabel(next),
      kind: CompletionKind.Snippet,
      detail: messages.nextQuestionDetail(),
      documentation: { kind: 'markdown', value: insertedText(`Vraag ${next}\n<vraag>\n\nAntwoord op vraag ${next}\n<antwoord>`) },
      filterText: word.toLowerCase().startsWith('a') ? 'antwoord' : 'vraag',
      sortText: '0',
      // The question text first, then the answer: typing straight away never overwrites a heading.
      textEdit: { range, newText: `Vraag ${next}\n\${1:<vraag>}\n\nAntwoord op vraag ${next}\n\${2:<antwoord>}\n$0` },
      insertTextFormat: 2,
    });
  }

  const bracketNumbers = model.footnoteMarkers.concat().filter((m) => m.series === 'bracket').map((m) => m.number);
  const definedNumbers = model.footnoteDefinitions.filter((d) => d.series === 'bracket').map((d) => d.number);
  const nextFootnote = maxOf(bracketNumbers, maxOf(definedNumbers, 0)) + 1;
  items.push({
    label: messages.footnoteLabel(`[${nextFootnote}]`),
    kind: CompletionKind.Snippet,
    detail: messages.footnoteDetail(),
    documentation: { kind: 'markdown', value: insertedText(`…[${nextFootnote}]\n\n[${nextFootnote}] ${FILL_IN}`) },
    filterText: 'voetnoot',
    sortText: '1',
    textEdit: { range, newText: `[${nextFootnote}]$0` },
    insertTextFormat: 2,
    additionalTextEdits: [definitionInsertion(parsed, 'bracket', nextFootnote)],
  });
  return items;
}
