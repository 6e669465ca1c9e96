import type { LineEdit } from './lineEdit';
import type { TextLines } from './lines';
import type { ParseWork } from './work';
import { matchesAt } from './scan';

/** A finder's matches, in text order. */
interface TokenMemo {
  /** Where they start in this text. */
  offsets: number[];
  /**
   * Their lines and columns, which an edit shifts: made from the offsets only when the parse
   * after an edit asks for them, so that a parse no edit follows (the CLI's) never pays for them.
   */
  lines?: number[];
  columns?: number[];
}

/**
 * Where patterns that never match across a line break match ("finders": a word a longer pattern
 * starts with, or a whole pattern that stays within a line). They are found in the whole text
 * once; after an edit, only in the lines it touched, and the other lines' are taken over from
 * the parse before, each finder's as it was. The stages then try their full patterns only at
 * these places (`matchesAt`), which gives what a search of the whole text gives.
 */
export class LineTokens {
  private readonly memos = new Map<RegExp, TokenMemo>();
  private previous: { tokens: LineTokens; edit: LineEdit } | undefined;

  /** `previous`: the tokens of the parse before an edit whose lines `lines` already follows; `work`: counts what is searched. */
  constructor(
    private readonly lines: TextLines,
    previous?: { tokens: LineTokens; edit: LineEdit },
    readonly work?: ParseWork,
  ) {
    this.previous = previous;
  }

  /** Once the parse is done: the parse before is no longer needed (nor kept in memory). */
  settle(): void {
    this.previous = undefined;
  }

  /** Offsets where `finder` (global, never empty, never across a line break) matches, in order. */
  offsets(finder: RegExp): number[] {
    let memo = this.memos.get(finder);
    if (!memo) {
      this.work?.finders.add(finder);
      const before = this.previous?.tokens.memos.get(finder);
      memo = before && this.previous ? this.afterEdit(finder, positioned(before, this.previous.tokens.lines, this.work), this.previous.edit) : this.inWholeText(finder);
      this.memos.set(finder, memo);
    }
    return memo.offsets;
  }

  /** The matches of `pattern` that a search of the whole text finds, where `finder` says they can start. */
  matches(finder: RegExp, pattern: RegExp): Generator<RegExpExecArray> {
    return matchesAt(this.lines.text, this.offsets(finder), pattern, this.work);
  }

  private inWholeText(finder: RegExp): TokenMemo {
    const { text } = this.lines;
    if (this.work) {
      this.work.finderLinesSearched += this.lines.count;
      this.work.steps += text.length;
    }
    const offsets: number[] = [];
    finder.lastIndex = 0;
    for (let m = finder.exec(text); m; m = finder.exec(text)) {
      offsets.push(m.index);
      if (m[0].length === 0) finder.lastIndex++;
    }
    return { offsets };
  }

  private afterEdit(finder: RegExp, before: Required<TokenMemo>, edit: LineEdit): TokenMemo {
    const lines: number[] = [];
    const columns: number[] = [];
    let i = 0;
    for (; i < before.lines.length && before.lines[i] < edit.start; i++) {
      lines.push(before.lines[i]);
      columns.push(before.columns[i]);
    }
    for (let line = edit.start; line <= edit.newEnd; line++) {
      const text = this.lines.lineText(line);
      if (this.work) {
        this.work.finderLinesSearched++;
        this.work.steps += text.length;
      }
      finder.lastIndex = 0;
      for (let m = finder.exec(text); m; m = finder.exec(text)) {
        lines.push(line);
        columns.push(m.index);
        if (m[0].length === 0) finder.lastIndex++;
      }
    }
    const shift = edit.newEnd - edit.oldEnd;
    if (this.work) this.work.steps += before.lines.length;
    for (; i < before.lines.length; i++) {
      if (before.lines[i] <= edit.oldEnd) continue;
      lines.push(before.lines[i] + shift);
      columns.push(before.columns[i]);
    }
    const offsets = new Array<number>(lines.length);
    for (let k = 0; k < offsets.length; k++) offsets[k] = this.lines.start(lines[k]) + columns[k];
    return { offsets, lines, columns };
  }
}

/** `memo` (of the text `lines` holds) with its lines and columns, made from its offsets the first time. */
function positioned(memo: TokenMemo, lines: TextLines, work?: ParseWork): Required<TokenMemo> {
  if (!memo.lines || !memo.columns) {
    const count = memo.offsets.length;
    memo.lines = new Array<number>(count);
    memo.columns = new Array<number>(count);
    if (work) work.steps += count;
    for (let i = 0; i < count; i++) {
      const { line, character } = lines.positionAt(memo.offsets[i]);
      memo.lines[i] = line;
      memo.columns[i] = character;
    }
  }
  return memo as Required<TokenMemo>;
}
