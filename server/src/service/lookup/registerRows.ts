import type { Indiener, RegisterEntry, RegisterProblem } from './registerEntry';

/** A register file read: its good entries, and its problems by line. */
export interface RegisterLoad {
  entries: RegisterRows;
  /** One per line, the first 1,000 of them. */
  problems: RegisterProblem[];
  /** How many lines have a problem in all. */
  problemLines: number;
}

/**
 * Register entries stored column by column, their texts in a few long strings: a register of
 * 100,000 entries takes some 14 MB this way instead of 70 MB as 700,000 small objects, and the
 * server keeps it for as long as it runs. `at(i)` builds the entry object a completion shows.
 */
export class RegisterRows {
  private readonly table: StringTable;
  /** Per row: string ids (-1 for a field that is absent), see COLUMNS. */
  private readonly cells: Int32Array;
  /** Per row: where its indieners and ministeries start in `people` and `ministries`, and how many. */
  private readonly lists: Int32Array;
  /** Per indiener: naam and partij ids. */
  private readonly people: Int32Array;
  private readonly ministries: Int32Array;
  /** Per row: its line in the file, 0 when the source names no line. */
  private readonly lines: Int32Array;
  readonly file: string;

  private constructor(table: StringTable, cells: Int32Array, lists: Int32Array, people: Int32Array, ministries: Int32Array, lines: Int32Array, file: string) {
    this.table = table;
    this.cells = cells;
    this.lists = lists;
    this.people = people;
    this.ministries = ministries;
    this.lines = lines;
    this.file = file;
  }

  static build(builder: RegisterRowsBuilder): RegisterRows {
    const steps = RegisterRows.buildInSlices(builder);
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
    }
  }

  /** As `build`, pausing (yielding) between slices: the columns of a million entries are some 100 MB to copy. */
  static *buildInSlices(builder: RegisterRowsBuilder): Generator<void, RegisterRows> {
    const table = yield* builder.table.finish();
    const cells = yield* builder.cells.finish();
    const lists = yield* builder.lists.finish();
    const people = yield* builder.people.finish();
    const ministries = yield* builder.ministries.finish();
    const lines = yield* builder.lines.finish();
    return new RegisterRows(table, cells, lists, people, ministries, lines, builder.file);
  }

  get length(): number {
    return this.lines.length;
  }

  zaaknummer(row: number): string {
    return this.table.get(this.cells[row * COLUMN_COUNT + Column.Zaaknummer])!;
  }

  /** The zaaknummer as a number that sorts as its text does ("2024Z00025" -> 202400025), read without making a string. */
  zaakKey(row: number): number {
    return this.table.zaakKey(this.cells[row * COLUMN_COUNT + Column.Zaaknummer]);
  }

  /** The Aanhangsel citation, or its id when there is no citation; undefined when there is neither. */
  citation(row: number): string | undefined {
    const citation = this.table.get(this.cells[row * COLUMN_COUNT + Column.Citatie]);
    return citation || this.table.get(this.cells[row * COLUMN_COUNT + Column.AanhangselId]) || undefined;
  }

  hasCitation(row: number): boolean {
    return this.cells[row * COLUMN_COUNT + Column.Citatie] >= 0 && this.table.get(this.cells[row * COLUMN_COUNT + Column.Citatie]) !== '';
  }

  at(row: number): RegisterEntry {
    const cell = (column: Column) => this.table.get(this.cells[row * COLUMN_COUNT + column]);
    const [peopleStart, peopleCount, ministriesStart, ministriesCount] = this.lists.subarray(row * 4, row * 4 + 4);
    const indieners: Indiener[] = [];
    for (let i = peopleStart; i < peopleStart + peopleCount; i++) {
      const partij = this.table.get(this.people[i * 2 + 1]);
      indieners.push(partij === undefined ? { naam: this.table.get(this.people[i * 2])! } : { naam: this.table.get(this.people[i * 2])!, partij });
    }
    const ministeries: string[] = [];
    for (let i = ministriesStart; i < ministriesStart + ministriesCount; i++) ministeries.push(this.table.get(this.ministries[i])!);
    const line = this.lines[row];
    return {
      zaaknummer: cell(Column.Zaaknummer)!,
      onderwerp: cell(Column.Onderwerp)!,
      indieners,
      ministeries,
      ingezonden: cell(Column.Ingezonden),
      beantwoord: cell(Column.Beantwoord),
      aanhangsel: this.cells[row * COLUMN_COUNT + Column.HasAanhangsel] ? { citatie: cell(Column.Citatie), id: cell(Column.AanhangselId) } : undefined,
      onsKenmerk: cell(Column.OnsKenmerk),
      uitgesteld: cell(Column.Uitgesteld),
      source: line > 0 ? `${this.file}:${line}` : this.file,
    };
  }

  *[Symbol.iterator](): IterableIterator<RegisterEntry> {
    for (let row = 0; row < this.length; row++) yield this.at(row);
  }

  toArray(): RegisterEntry[] {
    return [...this];
  }
}

const enum Column {
  Zaaknummer,
  Onderwerp,
  Ingezonden,
  Beantwoord,
  HasAanhangsel,
  Citatie,
  AanhangselId,
  OnsKenmerk,
  Uitgesteld,
}
const COLUMN_COUNT = 9;

/** Collects rows while a register is read; `RegisterRows.build` makes them compact. */
export class RegisterRowsBuilder {
  readonly table = new StringTableBuilder();
  readonly cells = new GrowingInt32Array();
  readonly lists = new GrowingInt32Array();
  readonly people = new GrowingInt32Array();
  readonly ministries = new GrowingInt32Array();
  readonly lines = new GrowingInt32Array();

  constructor(readonly file: string) {}

  /** `line`: the entry's line in the file, 0 when not known. */
  add(entry: Omit<RegisterEntry, 'source'>, line: number): void {
    const t = this.table;
    const cells = this.cells;
    cells.push(t.add(entry.zaaknummer));
    cells.push(t.add(entry.onderwerp));
    cells.push(t.add(entry.ingezonden));
    cells.push(t.add(entry.beantwoord));
    cells.push(entry.aanhangsel ? 1 : 0);
    cells.push(t.add(entry.aanhangsel?.citatie));
    cells.push(t.add(entry.aanhangsel?.id));
    cells.push(t.add(entry.onsKenmerk));
    cells.push(t.add(entry.uitgesteld));
    this.lists.push(this.people.length / 2);
    this.lists.push(entry.indieners.length);
    this.lists.push(this.ministries.length);
    this.lists.push(entry.ministeries.length);
    for (const indiener of entry.indieners) {
      this.people.push(t.add(indiener.naam));
      this.people.push(t.add(indiener.partij));
    }
    for (const ministerie of entry.ministeries) this.ministries.push(t.add(ministerie));
    this.lines.push(line);
  }
}

/** The texts in chunks of CHUNK; an id is its place in `starts`, which counts from its chunk's start. */
class StringTable {
  constructor(
    private readonly chunks: string[],
    private readonly starts: Int32Array,
  ) {}

  /** See zaaknummerKey. */
  zaakKey(id: number): number {
    const chunk = this.chunks[Math.floor(id / CHUNK)];
    const start = this.starts[id];
    return zaaknummerKey(chunk, start, (id + 1) % CHUNK === 0 ? chunk.length : this.starts[id + 1]);
  }

  get(id: number): string | undefined {
    if (id < 0) return undefined;
    const chunk = this.chunks[Math.floor(id / CHUNK)];
    const end = (id + 1) % CHUNK === 0 ? chunk.length : this.starts[id + 1];
    return chunk.slice(this.starts[id], end);
  }
}

/**
 * Texts are joined into a chunk every CHUNK of them, so that each one dies young: a register's
 * 800,000 small strings kept until the end would be copied by every collection on the way, and
 * one string of them all would be a second copy at the end.
 */
class StringTableBuilder {
  /** The texts of the chunk being filled, added one after another (V8 keeps them as a rope until the chunk is read). */
  private chunk = '';
  private count = 0;
  private readonly chunks: string[] = [];
  private readonly starts = new GrowingInt32Array();

  /** The id of a text; undefined (an absent field) is -1. */
  add(text: string | undefined): number {
    if (text === undefined) return -1;
    this.starts.push(this.chunk.length);
    this.chunk += text;
    if (++this.count % CHUNK === 0) this.flush();
    return this.count - 1;
  }

  private flush(): void {
    // reading it once makes the rope one flat string, which no longer holds the texts it was made of
    this.chunk.charCodeAt(0);
    this.chunks.push(this.chunk);
    this.chunk = '';
  }

  *finish(): Generator<void, StringTable> {
    this.starts.push(this.chunk.length); // where the last text ends
    this.flush();
    return new StringTable(this.chunks, yield* this.starts.finish());
  }
}

const CHUNK = 4096;

/** Numbers copied between two pauses (4 MB, a millisecond or two). */
const COPY_SLICE = 1 << 20;

/** An Int32Array that grows as numbers are pushed; `finish` gives it its final length. */
export class GrowingInt32Array {
  private array = new Int32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.array.length) {
      const larger = new Int32Array(this.array.length * 2);
      larger.set(this.array);
      this.array = larger;
    }
    this.array[this.length++] = value;
  }

  /** The numbers pushed, in an array of their length: copied a slice at a time, pausing (yielding) after each. */
  *finish(): Generator<void, Int32Array> {
    const finished = new Int32Array(this.length);
    for (let at = 0; at < this.length; at += COPY_SLICE) {
      finished.set(this.array.subarray(at, Math.min(this.length, at + COPY_SLICE)), at);
      yield;
    }
    return finished;
  }
}

/**
 * A zaaknummer ("2024Z00025", from `start` to `end` in `text`) as a number that sorts as the text
 * does (202400025), read without making a string; NaN for a text that is not one.
 */
export function zaaknummerKey(text: string, start = 0, end = text.length): number {
  if (end - start !== 10 || text.charCodeAt(start + 4) !== 0x5a /* Z */) return NaN;
  let key = 0;
  for (let i = start; i < end; i++) {
    if (i === start + 4) continue;
    const digit = text.charCodeAt(i) - 0x30;
    if (digit < 0 || digit > 9) return NaN;
    key = key * 10 + digit;
  }
  return key;
}
