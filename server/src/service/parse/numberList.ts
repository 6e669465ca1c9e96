/**
 * Lists of question numbers as drafters write them: "4 en 5", "7, 8 en 10", "1,2,3,4 en 5",
 * "2 t/m 6", "4-7", and the real typo "7, 8, 9 10 en 11" (a comma missing).
 */

export interface NumberList {
  numbers: number[];
  /** Each number as a question label: "4", or "2a" for a sub-question. */
  labels: string[];
  /** Start and end offset (within the parsed string) of each number as printed; a range's
   *  expanded members point at the range's whole span. */
  spans: Array<[number, number]>;
  /** Offset just past the list. */
  end: number;
}

/** Larger ranges are not question numbers ("1-1000" is a span of years or pages). */
const MAX_RANGE = 200;

/** Up to six digits: a document of 10,000 questions is read to its end (a longer run is no question number). */
const NUMBER = /\d{1,6}(?!\d)/y;
/** A sub-question's letter: "2a", "5b"; not the start of a word ("3april"). */
const SUB_LETTER = /[a-h](?![\p{L}\d])/uy;
const LIST_SEPARATOR = /\s*(?:,|&|\ben\b)\s*/y;
const RANGE_SEPARATOR = /\s*(?:t\/m|tot en met|[-\u2013\u2014])\s*/y;
const SPACE_SEPARATOR = /[ \t\u00a0]+(?=\d)/y;

function matchAt(pattern: RegExp, text: string, at: number): number | undefined {
  pattern.lastIndex = at;
  return pattern.test(text) ? pattern.lastIndex : undefined;
}

/**
 * Reads a number list at `start`. `allowSpaceSeparator` admits "9 10" (headings only: in running
 * text a space between numbers is more often a date or an amount).
 */
export function readNumberList(text: string, start: number, allowSpaceSeparator: boolean): NumberList | undefined {
  const numbers: number[] = [];
  const labels: string[] = [];
  const spans: Array<[number, number]> = [];
  let at = start;
  let end = matchAt(NUMBER, text, at);
  if (end === undefined) return undefined;
  let previous = Number(text.slice(at, end));
  const firstLetter = matchAt(SUB_LETTER, text, end);
  if (firstLetter !== undefined) end = firstLetter;
  numbers.push(previous);
  labels.push(text.slice(at, end));
  spans.push([at, end]);
  at = end;
  for (;;) {
    const afterRange = labels[labels.length - 1] === String(previous) ? matchAt(RANGE_SEPARATOR, text, at) : undefined;
    if (afterRange !== undefined) {
      const rangeEnd = matchAt(NUMBER, text, afterRange);
      if (rangeEnd !== undefined) {
        const last = Number(text.slice(afterRange, rangeEnd));
        if (last <= previous || last - previous > MAX_RANGE) return undefined;
        const span: [number, number] = [spans[spans.length - 1][0], rangeEnd];
        for (let n = previous + 1; n <= last; n++) {
          numbers.push(n);
          labels.push(String(n));
          spans.push(span);
        }
        previous = last;
        at = rangeEnd;
        continue;
      }
    }
    const afterSeparator =
      matchAt(LIST_SEPARATOR, text, at) ?? (allowSpaceSeparator ? matchAt(SPACE_SEPARATOR, text, at) : undefined);
    if (afterSeparator === undefined) break;
    let numberEnd = matchAt(NUMBER, text, afterSeparator);
    if (numberEnd === undefined) break;
    previous = Number(text.slice(afterSeparator, numberEnd));
    numberEnd = matchAt(SUB_LETTER, text, numberEnd) ?? numberEnd;
    numbers.push(previous);
    labels.push(text.slice(afterSeparator, numberEnd));
    spans.push([afterSeparator, numberEnd]);
    at = numberEnd;
  }
  return { numbers, labels, spans, end: at };
}
