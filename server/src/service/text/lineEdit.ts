/**
 * Which lines an edit replaced: lines `start`..`oldEnd` of the text before became lines
 * `start`..`newEnd` after (both inclusive); every line before `start` is unchanged, and every
 * line after `oldEnd` is unchanged and now `newEnd - oldEnd` further on. A parse uses it to keep
 * what it read from the lines an edit did not touch.
 */
export interface LineEdit {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/**
 * The lines of a protocol change's range: only its lines count here, so this file depends on no
 * other (lines.ts builds on it, not the other way round).
 */
interface LineSpan {
  start: { line: number };
  end: { line: number };
}

/** Line breaks as TextLines counts them: \r\n, \n and a lone \r. */
function lineBreaks(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) count++;
    else if (code === 13) {
      count++;
      if (text.charCodeAt(i + 1) === 10) i++;
    }
  }
  return count;
}

/** The lines one change of the protocol replaces: its range's lines, by as many lines as its text has. */
export function lineEditOf(change: { range: LineSpan; text: string }): LineEdit {
  const { start, end } = change.range;
  return { start: start.line, oldEnd: end.line, newEnd: start.line + lineBreaks(change.text) };
}

/** One edit that does what `first` and then `second` did. */
export function composeLineEdits(first: LineEdit, second: LineEdit): LineEdit {
  // in the lines between the two edits, `second` counts in the text `first` made
  const firstShift = first.newEnd - first.oldEnd;
  const secondShift = second.newEnd - second.oldEnd;
  const start = Math.min(first.start, second.start);
  const end = Math.max(first.newEnd, second.oldEnd); // in the middle text
  return {
    start,
    oldEnd: end === first.newEnd ? first.oldEnd : end - firstShift,
    newEnd: end === second.oldEnd ? second.newEnd : end + secondShift,
  };
}

/** The lines a protocol notification's changes replace, one after the other; undefined when one of them replaces the whole text. */
export function lineEditOfChanges(changes: ReadonlyArray<{ text: string } | { range: LineSpan; text: string }>): LineEdit | undefined {
  let edit: LineEdit | undefined;
  for (const change of changes) {
    if (!('range' in change)) return undefined;
    edit = edit ? composeLineEdits(edit, lineEditOf(change)) : lineEditOf(change);
  }
  return edit;
}
