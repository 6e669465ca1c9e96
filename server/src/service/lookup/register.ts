import type { Messages } from '../messages';
import { normalizeZaaknummer } from '../parse/letter';
import type { RegisterEntry } from './registerEntry';
import { readCsvRegister } from './registerCsv';
import { readJsonRegister } from './registerJson';
import { RegisterRows, zaaknummerKey, type RegisterLoad } from './registerRows';

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

/** Reads a register file at once; its problems told in `messages`' language. */
export function parseRegister(text: string, file: string, messages: Messages): RegisterLoad {
  const reader = readRegister(text, file, messages);
  for (;;) {
    const step = reader.next();
    if (step.done) return step.value;
  }
}

/**
 * Reads a register file as `parseRegister` does, but pausing between slices with `pause` (the
 * server lets edits and requests in there): 100,000 entries are a few hundred milliseconds of
 * work, which must never stand between a keystroke and its diagnostics.
 */
export async function parseRegisterPausing(text: string, file: string, pause: () => Promise<void>, messages: Messages): Promise<RegisterLoad> {
  const reader = readRegister(text, file, messages);
  for (;;) {
    const step = reader.next();
    if (step.done) return step.value;
    await pause();
  }
}

/** Room for 16 million entries beside the key in one exact double. */
const ORDER_BITS = 2 ** 24;

/**
 * All loaded registers, looked up by zaaknummer and searched by prefix for completion. The
 * entries stay in their compact tables; one sorted array of keys is the whole index.
 */
export class Register {
  private tables: RegisterRows[] = [];
  /** Per entry, sorted by zaaknummer: its table and row. A zaaknummer listed twice keeps its last entry. */
  private tableOf = new Uint16Array(0);
  private rowOf = new Int32Array(0);
  private keys = new Float64Array(0);

  constructor(tables: RegisterRows | RegisterRows[] = []) {
    this.replace(Array.isArray(tables) ? tables : [tables]);
  }

  replace(tables: RegisterRows[]): void {
    this.tables = tables.slice(0, 0xffff);
    let total = 0;
    for (const table of this.tables) total += table.length;
    // key and place in one number: a typed-array sort is numeric, and equal zaaknummers keep their order
    const ordered = new Float64Array(total);
    const placeTable = new Uint16Array(total);
    const placeRow = new Int32Array(total);
    let n = 0;
    this.tables.forEach((table, t) => {
      for (let row = 0; row < table.length; row++, n++) {
        ordered[n] = table.zaakKey(row) * ORDER_BITS + n;
        placeTable[n] = t;
        placeRow[n] = row;
      }
    });
    ordered.sort();
    let kept = 0;
    for (let i = 0; i < ordered.length; i++) {
      const key = Math.floor(ordered[i] / ORDER_BITS);
      if (i + 1 < ordered.length && Math.floor(ordered[i + 1] / ORDER_BITS) === key) continue; // the later one wins
      ordered[kept++] = ordered[i];
    }
    this.tableOf = new Uint16Array(kept);
    this.rowOf = new Int32Array(kept);
    this.keys = new Float64Array(kept);
    for (let i = 0; i < kept; i++) {
      const place = ordered[i] % ORDER_BITS;
      this.tableOf[i] = placeTable[place];
      this.rowOf[i] = placeRow[place];
      this.keys[i] = Math.floor(ordered[i] / ORDER_BITS);
    }
  }

  get size(): number {
    return this.keys.length;
  }

  private zaaknummerAt(i: number): string {
    return this.tables[this.tableOf[i]].zaaknummer(this.rowOf[i]);
  }

  private entryAt(i: number): RegisterEntry {
    return this.tables[this.tableOf[i]].at(this.rowOf[i]);
  }

  get(zaaknummer: string): RegisterEntry | undefined {
    const key = zaaknummerKey(normalizeZaaknummer(zaaknummer));
    if (Number.isNaN(key)) return undefined;
    let low = 0;
    let high = this.keys.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.keys[mid] < key) low = mid + 1;
      else high = mid;
    }
    return low < this.keys.length && this.keys[low] === key ? this.entryAt(low) : undefined;
  }

  /** Index of the first entry whose zaaknummer is not below `key` (binary search). */
  private lowerBound(key: string): number {
    let low = 0;
    let high = this.keys.length;
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
    for (let i = this.keys.length - 1; i >= 0 && found.length < limit; i--) {
      if (!this.tables[this.tableOf[i]].hasCitation(this.rowOf[i])) continue;
      const entry = this.entryAt(i);
      if (filter(entry)) found.push(entry);
    }
    return found;
  }
}
