import type { Messages } from '../messages';
import { emptyRawEntry, fieldIndex, RegisterProblems, setField, toEntry } from './registerEntry';
import { RegisterRows, RegisterRowsBuilder, type RegisterLoad } from './registerRows';

/**
 * Reads a CSV register (RFC 4180: a header row naming the fields, quotes around a field that
 * holds the separator, a quote or a line break, "" for a quote within one). The separator is a
 * comma, or a semicolon when the header has semicolons and no commas (Excel's CSV in Dutch).
 *
 * A row that is not valid CSV (a stray quote, a column too many or too few) is reported by its
 * line and skipped; reading goes on at the next line. After a quote that is not closed where the
 * row needs it, a quoted field may no longer run over lines: that keeps the rows after it, and
 * the work linear in the length of the file.
 *
 * A generator: it pauses (yields) after every slice of rows.
 */
export function* readCsvRegister(text: string, file: string, messages: Messages): Generator<void, RegisterLoad> {
  const rows = new RegisterRowsBuilder(file);
  const problems = new RegisterProblems(file);
  function* finish(): Generator<void, RegisterLoad> {
    const entries = yield* RegisterRows.buildInSlices(rows);
    return { entries, ...problems.finish() };
  }
  const reader = new CsvReader(text, separatorOf(text));
  if (!reader.skipBlankLines()) {
    problems.add(1, messages.registerEmpty());
    return yield* finish();
  }
  const headerLine = reader.line;
  const header = reader.read();
  if (!header) {
    problems.add(headerLine, messages.registerBadCsvHeader());
    return yield* finish();
  }
  const names = header.map((name) => name.trim());
  if (!names.includes('zaaknummer')) {
    problems.add(headerLine, messages.registerCsvNoZaakColumn());
    return yield* finish();
  }
  const columns = names.flatMap((name, column) => {
    const field = fieldIndex(name);
    return field === undefined ? [] : [{ field, column }];
  });
  for (let count = 1; reader.skipBlankLines(); count++) {
    const line = reader.line;
    const fields = reader.read(names.length);
    if (!fields) problems.add(line, messages.registerBadCsvRow());
    else {
      const raw = emptyRawEntry();
      for (const { field, column } of columns) setField(raw, field, fields[column]);
      const entry = toEntry(raw, messages);
      if (typeof entry === 'string') problems.add(line, entry);
      else rows.add(entry, line);
    }
    if (count % ROWS_PER_SLICE === 0) yield;
  }
  return yield* finish();
}

/** Rows read between two pauses: a few milliseconds of work. */
const ROWS_PER_SLICE = 2000;

/** A semicolon when the header row has semicolons and no commas, else a comma. */
function separatorOf(text: string): string {
  const end = text.search(/\r|\n|$/);
  const header = text.slice(0, end);
  return header.includes(';') && !header.includes(',') ? ';' : ',';
}

class CsvReader {
  /** Where the next row starts, and its line (from 1). */
  at = 0;
  line = 1;
  /** Set after a quote left open: from then on a quoted field ends within its line. */
  private singleLine = false;
  private readonly field: RegExp;
  private readonly fieldInLine: RegExp;
  /** Where the next quote and carriage return stand (Infinity: none), each searched for once per stretch. */
  private nextQuote = -1;
  private nextCarriageReturn = -1;

  constructor(
    private readonly text: string,
    private readonly separator: string,
  ) {
    // optional blanks, then a quoted field (with blanks after it) or a plain one, then what ends it
    const pattern = (quoted: string) => `[ \\t]*(?:"(${quoted}*(?:""${quoted}*)*)"[ \\t]*|([^"${separator}\\r\\n]*))(${separator}|\\r\\n|\\n|\\r|$)`;
    this.field = new RegExp(pattern('[^"]'), 'y');
    this.fieldInLine = new RegExp(pattern('[^"\\r\\n]'), 'y');
  }

  /** Steps over empty and blank lines; false at the end of the text. */
  skipBlankLines(): boolean {
    const text = this.text;
    let at = this.at;
    for (;;) {
      let c = text.charCodeAt(at);
      while (c === 0x20 || c === 0x09) c = text.charCodeAt(++at);
      if (c === 0x0a) at++;
      else if (c === 0x0d) at += text.charCodeAt(at + 1) === 0x0a ? 2 : 1;
      else break;
      this.at = at;
      this.line++;
    }
    return this.at < text.length;
  }

  /**
   * The fields of the row at `at` (`columns` of them, when given), the reader then standing at
   * the next row; undefined for a row that is not valid CSV, the reader then standing at the
   * line after the one the row began on.
   */
  read(columns?: number): string[] | undefined {
    const text = this.text;
    const start = this.at;
    const lineEnd = this.lineEnd(start);
    // most rows have no quotes: split them at once
    if (this.quoteFrom(start) > lineEnd) {
      this.toNextLine(lineEnd);
      const fields = text.slice(start, lineEnd).split(this.separator);
      return columns === undefined || fields.length === columns ? fields : undefined;
    }
    const field = this.singleLine ? this.fieldInLine : this.field;
    const fields: string[] = [];
    let at = start;
    let lineBreaks = 0;
    for (;;) {
      field.lastIndex = at;
      const m = field.exec(text);
      if (!m) return this.skipBadRow(start, lineEnd);
      if (m[1] === undefined) fields.push(m[2]);
      else {
        const value = m[1];
        lineBreaks += countLineBreaks(value);
        fields.push(value.indexOf('"') < 0 ? value : value.replace(/""/g, '"'));
      }
      at = field.lastIndex;
      if (m[3] === this.separator) continue;
      // a row that ran over lines with the wrong number of fields: a quote opened by mistake swallowed them
      if (columns !== undefined && fields.length !== columns) return lineBreaks > 0 ? this.skipBadRow(start, lineEnd) : this.toNextLine(lineEnd);
      this.at = at;
      this.line += 1 + lineBreaks;
      return fields;
    }
  }

  /** A bad row: on at the line after the one it began on; an open quote in that line closes within its line from now on. */
  private skipBadRow(start: number, lineEnd: number): undefined {
    let quotes = 0;
    for (let q = this.text.indexOf('"', start); q >= 0 && q < lineEnd; q = this.text.indexOf('"', q + 1)) quotes++;
    if (quotes % 2 === 1) this.singleLine = true;
    return this.toNextLine(lineEnd);
  }

  private toNextLine(lineEnd: number): undefined {
    this.at = lineEnd + (this.text.charCodeAt(lineEnd) === 0x0d && this.text.charCodeAt(lineEnd + 1) === 0x0a ? 2 : 1);
    this.line++;
    return undefined;
  }

  private quoteFrom(from: number): number {
    if (this.nextQuote !== Infinity && this.nextQuote < from) {
      const found = this.text.indexOf('"', from);
      this.nextQuote = found < 0 ? Infinity : found;
    }
    return this.nextQuote;
  }

  /** Where the line that `from` stands in ends: at a \n, a \r, or the end of the text. */
  private lineEnd(from: number): number {
    const text = this.text;
    const n = text.indexOf('\n', from);
    const end = n < 0 ? text.length : n;
    if (this.nextCarriageReturn !== Infinity && this.nextCarriageReturn < from) {
      const found = text.indexOf('\r', from);
      this.nextCarriageReturn = found < 0 ? Infinity : found;
    }
    return this.nextCarriageReturn < end ? this.nextCarriageReturn : end;
  }
}

function countLineBreaks(value: string): number {
  let count = 0;
  for (let at = value.indexOf('\n'); at >= 0; at = value.indexOf('\n', at + 1)) count++;
  for (let at = value.indexOf('\r'); at >= 0; at = value.indexOf('\r', at + 1)) if (value.charCodeAt(at + 1) !== 0x0a) count++;
  return count;
}
