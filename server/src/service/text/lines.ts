import type { LineEdit } from './lineEdit';
/** Positions as the LSP counts them: 0-based line and UTF-16 character. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/**
 * The text split into lines once, so that every later stage can address lines by number and
 * map offsets back to positions without scanning the text again.
 * Line breaks are \n, \r\n and a lone \r (old Word exports still produce it).
 */
export class TextLines {
  readonly text: string;
  /** Offset of the first character of every line. */
  private readonly starts: number[];

  /** `starts`: the line starts, when the caller already knows them (see `afterEdit`). */
  constructor(text: string, starts?: number[]) {
    this.text = text;
    if (starts) {
      this.starts = starts;
      return;
    }
    starts = [0];
    if (text.indexOf('\r') < 0) {
      // The common case, and much faster: indexOf scans natively.
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    } else {
      const length = text.length;
      for (let i = 0; i < length; i++) {
        const code = text.charCodeAt(i);
        if (code === 10) {
          starts.push(i + 1);
        } else if (code === 13) {
          if (text.charCodeAt(i + 1) === 10) i++;
          starts.push(i + 1);
        }
      }
    }
    this.starts = starts;
  }

  /**
   * The lines of `text`, which is `before` with the lines `edit` names replaced: only the edited
   * lines are searched for line breaks, the others' starts are taken over (shifted by the change
   * in length). Undefined when the text does not fit the edit; the caller then splits it afresh.
   */
  static afterEdit(before: TextLines, text: string, edit: LineEdit): TextLines | undefined {
    const { start, oldEnd, newEnd } = edit;
    if (start < 0 || oldEnd < start || newEnd < start || oldEnd >= before.count) return undefined;
    const shift = text.length - before.text.length;
    const from = before.starts[start];
    const to = oldEnd + 1 < before.count ? before.starts[oldEnd + 1] + shift : text.length;
    if (to < from || to > text.length) return undefined;
    // a \r\n pair split by the edit's boundaries would count as one line break when read whole
    if (from > 0 && text.charCodeAt(from - 1) === 13 && text.charCodeAt(from) === 10) return undefined;
    if (to > 0 && to < text.length && text.charCodeAt(to - 1) === 13 && text.charCodeAt(to) === 10) return undefined;
    const following = oldEnd + 1 < before.count;
    const starts = before.starts.slice(0, start + 1);
    for (let i = from; i < to; i++) {
      const code = text.charCodeAt(i);
      if (code === 10 || code === 13) {
        if (code === 13 && text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    // the edited lines' starts, and the start of the first line after them, which must be where it was
    if (starts.length !== newEnd + 1 + (following ? 1 : 0) || (following && starts[starts.length - 1] !== to)) return undefined;
    for (let line = oldEnd + 2; line < before.count; line++) starts.push(before.starts[line] + shift);
    return new TextLines(text, starts);
  }

  /** The document's own line break (the first one it uses), so inserted lines match it. */
  get eol(): string {
    const at = this.text.search(/\r\n?|\n/);
    if (at < 0) return '\n';
    return this.text[at] === '\n' ? '\n' : this.text[at + 1] === '\n' ? '\r\n' : '\r';
  }

  get count(): number {
    return this.starts.length;
  }

  /** Offset where line `line` starts. */
  start(line: number): number {
    return this.starts[line];
  }

  /** Offset just past the last character of `line`, before its line break. */
  end(line: number): number {
    if (line + 1 >= this.starts.length) return this.text.length;
    let end = this.starts[line + 1] - 1;
    if (end > this.starts[line] && this.text.charCodeAt(end) === 10 && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  lineText(line: number): string {
    return this.text.slice(this.start(line), this.end(line));
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid] <= clamped) low = mid;
      else high = mid - 1;
    }
    const character = Math.min(clamped, this.end(low)) - this.starts[low];
    return { line: low, character };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.starts.length) return this.text.length;
    const start = this.starts[position.line];
    return Math.min(start + Math.max(0, position.character), this.end(position.line));
  }

  /** The nearest position that exists: a client may send one past the end of a line or the text. */
  clamp(position: Position): Position {
    return this.positionAt(this.offsetAt(position));
  }

  range(startOffset: number, endOffset: number): Range {
    return { start: this.positionAt(startOffset), end: this.positionAt(endOffset) };
  }

  /** The range of a line's content with surrounding white space left out. */
  trimmedLineRange(line: number): Range {
    const text = this.lineText(line);
    const leading = text.length - text.trimStart().length;
    const trailing = text.trimEnd().length;
    return {
      start: { line, character: Math.min(leading, trailing) },
      end: { line, character: trailing },
    };
  }
}
