import type { Messages } from '../messages';
import { normalizeZaaknummer } from '../parse/letter';
import type { RegisterEntry } from './registerEntry';
import { readCsvRegister } from './registerCsv';
import { readJsonRegister } from './registerJson';
import { RegisterRows, zaaknummerKey, type RegisterLoad } from './registerRows';
import { citationKey, compareMatches, FIELD_END, scoreText, searchText } from './search';

/**
 * Registers of earlier questions and answers, for what is not in the workspace: reading a
 * register file (JSON: an array of entries, or { "entries": [...] }; CSV with a header row; see
 * registerJson.ts and registerCsv.ts, each entry checked by registerEntry.ts), and the index of
 * all loaded registers by zaaknummer.
 */

export type { Indiener, RegisterEntry, RegisterProblem } from './registerEntry';
export { RegisterRows, type RegisterLoad };

const withoutByteOrderMark = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
const isCsv = (file: string) => /\.csv$/i.test(file);

function readRegister(text: string, file: string, messages: Messages): Generator<void, RegisterLoad> {
  const content = withoutByteOrderMark(text);
  return isCsv(file) ? readCsvRegister(content, file, messages) : readJsonRegister(content, file, messages);
}

/** Runs a generator to its end without pausing. */
function finish<T>(work: Generator<void, T>): T {
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
  }
}

/** Runs a generator to its end, with `pause` wherever it yields. */
async function finishPausing<T>(work: Generator<void, T>, pause: () => Promise<void>): Promise<T> {
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
    await pause();
  }
}

/** Reads a register file at once; its problems told in `messages`' language. */
export function parseRegister(text: string, file: string, messages: Messages): RegisterLoad {
  return finish(readRegister(text, file, messages));
}

/**
 * Reads a register file as `parseRegister` does, but pausing between slices with `pause` (the
 * server lets edits and requests in there): 100,000 entries are a few hundred milliseconds of
 * work, which must never stand between a keystroke and its diagnostics.
 */
export function parseRegisterPausing(text: string, file: string, pause: () => Promise<void>, messages: Messages): Promise<RegisterLoad> {
  return finishPausing(readRegister(text, file, messages), pause);
}

/** The entries' search texts one after another (entry i from starts[i] to starts[i + 1]), and the date each is sorted by. */
interface SearchIndex {
  text: string;
  starts: Int32Array;
  dates: string[];
}

/** Entries made into search texts between two pauses. */
const SEARCH_SLICE = 5000;

/** Per entry, sorted by zaaknummer: its table, its row and its key. */
interface Index {
  tableOf: Uint16Array;
  rowOf: Int32Array;
  keys: Int32Array;
}

/** Every zaaknummer's key (zaaknummerKey) lies from here to KEY_BASE + 2^24: 20YY, then five digits. */
const KEY_BASE = 200_000_000;
const KEY_BITS = 24;
/** Entries handled between two pauses while the index is built. */
const INDEX_SLICE = 65_536;

/**
 * Sorts the entries of `tables` by zaaknummer, a slice at a time: a radix sort of their keys in
 * two passes of 12 bits, stable, so that of a zaaknummer listed twice the later entry is kept.
 */
function* buildIndex(tables: RegisterRows[]): Generator<void, Index> {
  let total = 0;
  for (const table of tables) total += table.length;
  const keys = new Int32Array(total);
  const placeTable = new Uint16Array(total);
  const placeRow = new Int32Array(total);
  let n = 0;
  for (let t = 0; t < tables.length; t++) {
    const table = tables[t];
    for (let row = 0; row < table.length; row++) {
      const key = table.zaakKey(row) - KEY_BASE;
      if (!(key >= 0 && key < 2 ** KEY_BITS)) continue; // no zaaknummer: it cannot be looked up
      keys[n] = key;
      placeTable[n] = t;
      placeRow[n] = row;
      if (++n % INDEX_SLICE === 0) yield;
    }
  }
  // every pass over the entries pauses after a slice of them: a million entries take some 10 ms a pass
  let order = new Int32Array(n);
  let sorted = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    order[i] = i;
    if ((i + 1) % INDEX_SLICE === 0) yield;
  }
  const half = KEY_BITS / 2;
  const mask = (1 << half) - 1;
  for (const shift of [0, half]) {
    const starts = new Int32Array(mask + 2);
    for (let i = 0; i < n; i++) {
      starts[((keys[i] >> shift) & mask) + 1]++;
      if ((i + 1) % INDEX_SLICE === 0) yield;
    }
    for (let digit = 1; digit < starts.length; digit++) starts[digit] += starts[digit - 1];
    yield;
    for (let i = 0; i < n; i++) {
      const place = order[i];
      sorted[starts[(keys[place] >> shift) & mask]++] = place;
      if ((i + 1) % INDEX_SLICE === 0) yield;
    }
    [order, sorted] = [sorted, order];
  }
  let kept = 0;
  for (let i = 0; i < n; i++) {
    if (i + 1 === n || keys[order[i + 1]] !== keys[order[i]]) order[kept++] = order[i]; // the later one wins
    if ((i + 1) % INDEX_SLICE === 0) yield;
  }
  const index: Index = { tableOf: new Uint16Array(kept), rowOf: new Int32Array(kept), keys: new Int32Array(kept) };
  for (let i = 0; i < kept; i++) {
    const place = order[i];
    index.tableOf[i] = placeTable[place];
    index.rowOf[i] = placeRow[place];
    index.keys[i] = keys[place] + KEY_BASE;
    if ((i + 1) % INDEX_SLICE === 0) yield;
  }
  return index;
}

/**
 * All loaded registers, looked up by zaaknummer and searched by prefix for completion. The
 * entries stay in their compact tables; one sorted array of keys is the whole index.
 */
export class Register {
  private tables: RegisterRows[] = [];
  private index: Index = { tableOf: new Uint16Array(0), rowOf: new Int32Array(0), keys: new Int32Array(0) };

  constructor(tables: RegisterRows | RegisterRows[] = []) {
    this.replace(Array.isArray(tables) ? tables : [tables]);
  }

  /** Makes `tables` the registers, at once. */
  replace(tables: RegisterRows[]): void {
    const kept = tables.slice(0, 0xffff);
    this.use(kept, finish(buildIndex(kept)));
  }

  /** Makes `tables` the registers once their index is built, pausing between its slices; the registers before serve until then. */
  async replacePausing(tables: RegisterRows[], pause: () => Promise<void>): Promise<void> {
    const kept = tables.slice(0, 0xffff);
    this.use(kept, await finishPausing(buildIndex(kept), pause));
  }

  private use(tables: RegisterRows[], index: Index): void {
    this.tables = tables;
    this.index = index;
    this.searchIndex = undefined;
    this.citations = undefined;
  }

  /** Per citation key (search.ts), the entry that has it, made on the first look-up after a change. */
  private citations: Map<string, number> | undefined;

  /** The entry answered with this Aanhangsel citation or id, however it is written. */
  byCitation(citation: string): RegisterEntry | undefined {
    const key = citationKey(citation);
    if (key === undefined) return undefined;
    if (!this.citations) {
      this.citations = new Map();
      for (let i = 0; i < this.size; i++) {
        const cited = this.tables[this.index.tableOf[i]].citation(this.index.rowOf[i]);
        const entryKey = cited === undefined ? undefined : citationKey(cited);
        if (entryKey !== undefined) this.citations.set(entryKey, i);
      }
    }
    const i = this.citations.get(key);
    return i === undefined ? undefined : this.entryAt(i);
  }

  /** The entries' folded texts for search, in index order, made on the first search after a change. */
  private searchIndex: SearchIndex | undefined;

  /** Builds what `search` needs, pausing between slices; a search without it builds it at once. */
  async prepareSearch(pause: () => Promise<void>): Promise<void> {
    if (this.searchIndex) return;
    const index = this.index;
    const built = await finishPausing(this.buildSearchIndex(), pause);
    if (this.index === index) this.searchIndex = built; // not replaced meanwhile
  }

  private *buildSearchIndex(): Generator<void, SearchIndex> {
    const starts = new Int32Array(this.size + 1);
    const dates: string[] = [];
    // each slice's texts joined at its end: one join of 100,000 texts at the end was a long slice of its own
    const joined: string[] = [];
    let parts: string[] = [];
    let length = 0;
    // the first slices small: before the code is optimised an entry costs many times more
    for (let i = 0, slice = SEARCH_SLICE / 8, sliceEnd = slice; i < this.size; i++) {
      const entry = this.entryAt(i);
      const part = searchText(entry.onderwerp, entry.indieners.map((p) => p.naam).join(', '), entry.zaaknummer, entry.aanhangsel?.citatie);
      starts[i] = length;
      length += part.length;
      parts.push(part);
      dates.push(entry.beantwoord ?? entry.ingezonden ?? '');
      if (i + 1 === sliceEnd) {
        joined.push(parts.join(''));
        parts = [];
        slice = Math.min(SEARCH_SLICE, 2 * slice);
        sliceEnd += slice;
        yield;
      }
    }
    joined.push(parts.join(''));
    starts[this.size] = length;
    return { text: joined.join(''), starts, dates };
  }

  /**
   * Entries matching the words (`terms`, see search.ts): each with how many of them it matched
   * and how well, best first, at most `limit`.
   */
  search(terms: string[], limit: number): Array<{ entry: RegisterEntry; matched: number; score: number }> {
    if (terms.length === 0) return [];
    this.searchIndex ??= finish(this.buildSearchIndex());
    const { text, starts, dates } = this.searchIndex;
    // the rows where any word stands, found by searching the whole text; then each of them scored
    const candidate = new Uint8Array(this.size);
    for (const term of terms) {
      let row = 0;
      for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
        while (starts[row + 1] <= at) row++;
        candidate[row] = 1;
        at = Math.max(at, text.indexOf(FIELD_END, at)); // one hit a field is enough to find the row
      }
    }
    const found: Array<{ i: number; matched: number; score: number; date: string; zaaknummer: string }> = [];
    for (let i = 0; i < this.size; i++) {
      if (!candidate[i]) continue;
      const { matched, score } = scoreText(text.slice(starts[i], starts[i + 1]), terms);
      if (matched > 0) found.push({ i, matched, score, date: dates[i], zaaknummer: '' });
    }
    // the zaaknummer breaks a tie only between entries of the same date: read for those alone
    found.sort((a, b) => compareMatches(a, b) || this.index.keys[b.i] - this.index.keys[a.i]);
    return found.slice(0, limit).map(({ i, matched, score }) => ({ entry: this.entryAt(i), matched, score }));
  }

  get size(): number {
    return this.index.keys.length;
  }

  private zaaknummerAt(i: number): string {
    return this.tables[this.index.tableOf[i]].zaaknummer(this.index.rowOf[i]);
  }

  private entryAt(i: number): RegisterEntry {
    return this.tables[this.index.tableOf[i]].at(this.index.rowOf[i]);
  }

  get(zaaknummer: string): RegisterEntry | undefined {
    const key = zaaknummerKey(normalizeZaaknummer(zaaknummer));
    if (Number.isNaN(key)) return undefined;
    let low = 0;
    let high = this.index.keys.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.index.keys[mid] < key) low = mid + 1;
      else high = mid;
    }
    return low < this.index.keys.length && this.index.keys[low] === key ? this.entryAt(low) : undefined;
  }

  /** Index of the first entry whose zaaknummer is not below `key` (binary search). */
  private lowerBound(key: string): number {
    let low = 0;
    let high = this.index.keys.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.zaaknummerAt(mid) < key) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** Entries whose zaaknummer starts with `prefix`, newest first, at most `limit`. */
  withPrefix(prefix: string, limit: number): RegisterEntry[] {
    const key = prefix.toUpperCase().replace(/\s/g, '');
    const low = this.lowerBound(key);
    const high = this.lowerBound(`${key}\uffff`);
    const found: RegisterEntry[] = [];
    for (let i = high - 1; i >= low && found.length < limit; i--) found.push(this.entryAt(i));
    return found;
  }

  /** Entries with an Aanhangsel citation, newest first, at most `limit`. */
  answered(limit: number, filter: (entry: RegisterEntry) => boolean = () => true): RegisterEntry[] {
    const found: RegisterEntry[] = [];
    for (let i = this.index.keys.length - 1; i >= 0 && found.length < limit; i--) {
      if (!this.tables[this.index.tableOf[i]].hasCitation(this.index.rowOf[i])) continue;
      const entry = this.entryAt(i);
      if (filter(entry)) found.push(entry);
    }
    return found;
  }
}
