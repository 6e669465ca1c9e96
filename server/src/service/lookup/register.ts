import { parse as parseCsv } from 'csv-parse/sync';
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { TextLines } from '../text/lines';
import type { Messages } from '../messages';
import { normalizeZaaknummer } from '../parse/letter';
import { RegisterRows, RegisterRowsBuilder, zaaknummerKey } from './registerRows';
import { readRegisterEntries } from './registerJson';

/**
 * A register of earlier questions and answers, for what is not in the workspace. JSON (an array
 * of entries, or { "entries": [...] }) or CSV with a header row. The fields follow the Tweede
 * Kamer open data (see README): Zaak.Nummer -> zaaknummer, Zaak.Onderwerp -> onderwerp,
 * ZaakActor "Indiener"/"Medeindiener" -> indieners, ZaakActor "Gericht aan" -> ministeries,
 * Zaak.GestartOp -> ingezonden, Document "Antwoord schriftelijke vragen": Datum -> beantwoord,
 * Aanhangselnummer -> aanhangsel, KenmerkAfzender -> onsKenmerk.
 */

export interface Indiener {
  naam: string;
  partij?: string;
}

export interface RegisterEntry {
  zaaknummer: string;
  onderwerp: string;
  indieners: Indiener[];
  ministeries: string[];
  /** ISO dates (2024-01-03). */
  ingezonden?: string;
  beantwoord?: string;
  aanhangsel?: { citatie?: string; id?: string };
  onsKenmerk?: string;
  /** Where it came from: "register.json:12". */
  source: string;
}

export interface RegisterProblem {
  file: string;
  line: number;
  message: string;
}

export interface RegisterLoad {
  entries: RegisterRows;
  problems: RegisterProblem[];
}

export { RegisterRows };

const ZAAKNUMMER = /^20\d\dZ ?\d{5}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** "Rajkowski (VVD); Van der Lee (GroenLinks-PvdA)" */
function parseIndieners(value: string): Indiener[] {
  return value
    .split(/;|\n/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const m = /^(.*?)\s*\(([^)]+)\)$/.exec(part);
      return m ? { naam: m[1], partij: m[2] } : { naam: part };
    });
}

/** The fields `toEntry` reads: the JSON reader steps over every other value. */
const ENTRY_FIELDS: ReadonlySet<string> = new Set(['zaaknummer', 'onderwerp', 'indieners', 'ministeries', 'ingezonden', 'beantwoord', 'aanhangsel', 'aanhangselId', 'onsKenmerk']);

const stringOrUndefined = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** A field as text: a string with content (trimmed), or a number; undefined for anything else. */
function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') {
    const trimmed = value.trim();
    return trimmed ? trimmed : undefined;
  }
  return typeof value === 'number' ? String(value) : undefined;
}

function indienersOf(value: unknown): Indiener[] {
  if (!Array.isArray(value)) return parseIndieners(textOf(value) ?? '');
  const indieners: Indiener[] = [];
  for (const item of value as unknown[]) {
    if (typeof item === 'string') indieners.push(...parseIndieners(item));
    else if (typeof item === 'object' && item && typeof (item as Indiener).naam === 'string') indieners.push({ naam: (item as Indiener).naam, partij: stringOrUndefined((item as Indiener).partij) });
  }
  return indieners;
}

/** Checks and normalises one entry; a string is the reason it was refused. Called for every entry of a large register. */
function toEntry(raw: Record<string, unknown>, messages: Messages): Omit<RegisterEntry, 'source'> | string {
  const zaaknummer = textOf(raw.zaaknummer);
  if (!zaaknummer) return messages.registerMissingZaak();
  if (!ZAAKNUMMER.test(zaaknummer)) return messages.registerBadZaak(zaaknummer);
  const ingezonden = textOf(raw.ingezonden);
  if (ingezonden && !ISO_DATE.test(ingezonden)) return messages.registerBadDate('ingezonden', ingezonden);
  const beantwoord = textOf(raw.beantwoord);
  if (beantwoord && !ISO_DATE.test(beantwoord)) return messages.registerBadDate('beantwoord', beantwoord);
  const ministeries = Array.isArray(raw.ministeries) ? (raw.ministeries as unknown[]).filter((m): m is string => typeof m === 'string') : (textOf(raw.ministeries) ?? '').split(';').map((m) => m.trim()).filter(Boolean);
  const aanhangselRaw = raw.aanhangsel;
  let aanhangsel: RegisterEntry['aanhangsel'];
  if (typeof aanhangselRaw === 'object' && aanhangselRaw !== null) {
    aanhangsel = { citatie: stringOrUndefined((aanhangselRaw as { citatie?: unknown }).citatie), id: stringOrUndefined((aanhangselRaw as { id?: unknown }).id) };
  } else {
    const citatie = textOf(aanhangselRaw);
    const id = textOf(raw.aanhangselId);
    if (citatie || id) aanhangsel = { citatie, id };
  }
  return {
    zaaknummer: zaaknummer.indexOf(' ') < 0 ? zaaknummer : normalizeZaaknummer(zaaknummer),
    onderwerp: textOf(raw.onderwerp) ?? '',
    indieners: indienersOf(raw.indieners),
    ministeries,
    ingezonden,
    beantwoord,
    aanhangsel,
    onsKenmerk: textOf(raw.onsKenmerk),
  };
}

function jsonLine(lines: TextLines, offset: number): number {
  return lines.positionAt(offset).line + 1;
}

/**
 * A register that is good JSON with good entries is read in one pass that keeps only the
 * entries' fields (registerJson.ts). Anything else is read again with JSON.parse, and where that
 * fails or an entry does not fit, with jsonc-parser, which says on which line it is wrong.
 */
export function parseRegisterJson(text: string, file: string, messages: Messages): RegisterLoad {
  return finish(readRegisterJson(text, file, messages));
}

/** Reads a JSON register a slice at a time: it pauses (yields) between slices of entries. */
function* readRegisterJson(text: string, file: string, messages: Messages): Generator<void, RegisterLoad> {
  const rows = new RegisterRowsBuilder(file);
  const read = yield* readRegisterEntries(text, ENTRY_FIELDS, (raw) => {
    const entry = toEntry(raw, messages);
    if (typeof entry === 'string') return false;
    rows.add(entry, 0);
    return true;
  });
  return read ? { entries: RegisterRows.build(rows), problems: [] } : parseRegisterJsonWhole(text, file, messages);
}

/** Runs a reader to its end without pausing. */
function finish<T>(reader: Generator<void, T>): T {
  for (;;) {
    const step = reader.next();
    if (step.done) return step.value;
  }
}

/**
 * A register read as `parseRegister` reads it, but pausing between slices of a JSON register
 * with `pause` (the server lets edits and requests in there): 100,000 entries are a third of a
 * second of work, which must never stand between a keystroke and its diagnostics.
 */
export async function parseRegisterPausing(text: string, file: string, pause: () => Promise<void>, messages: Messages): Promise<RegisterLoad> {
  const content = withoutByteOrderMark(text);
  if (isCsv(file)) return parseRegisterCsv(content, file, messages);
  const reader = readRegisterJson(content, file, messages);
  for (;;) {
    const step = reader.next();
    if (step.done) return step.value;
    await pause();
  }
}

/** Through JSON.parse: what a register means, and the reference the one-pass reader is tested against. */
export function parseRegisterJsonWhole(text: string, file: string, messages: Messages): RegisterLoad {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return parseRegisterJsonWithLines(text, file, messages);
  }
  const list = Array.isArray(data) ? data : (data as { entries?: unknown } | null)?.entries;
  if (!Array.isArray(list)) return parseRegisterJsonWithLines(text, file, messages);
  const rows = new RegisterRowsBuilder(file);
  for (const raw of list) {
    const entry = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? toEntry(raw as Record<string, unknown>, messages) : 'not an object';
    if (typeof entry === 'string') return parseRegisterJsonWithLines(text, file, messages);
    rows.add(entry, 0);
  }
  return { entries: RegisterRows.build(rows), problems: [] };
}

function parseRegisterJsonWithLines(text: string, file: string, messages: Messages): RegisterLoad {
  const lines = new TextLines(text);
  const errors: ParseError[] = [];
  // jsonc-parser recovers after a syntax error: the entries around it are kept, the error reported.
  const tree = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  const problems: RegisterProblem[] = [];
  const errorLines = new Set<number>();
  for (const error of errors) {
    const line = jsonLine(lines, error.offset);
    if (errorLines.has(line)) continue;
    errorLines.add(line);
    problems.push({ file, line, message: messages.registerBadJson(printParseErrorCode(error.error)) });
  }
  const rows = new RegisterRowsBuilder(file);
  if (!tree) return { entries: RegisterRows.build(rows), problems: problems.length > 0 ? problems : [{ file, line: 1, message: messages.registerBadJson('EmptyFile') }] };
  const list: Node | undefined =
    tree.type === 'array' ? tree : tree.type === 'object' ? tree.children?.find((p) => p.children?.[0].value === 'entries')?.children?.[1] : undefined;
  if (!list || list.type !== 'array') return { entries: RegisterRows.build(rows), problems: [...problems, { file, line: 1, message: messages.registerNotAList() }] };
  for (const node of list.children ?? []) {
    const line = jsonLine(lines, node.offset);
    if (node.type !== 'object') {
      problems.push({ file, line, message: messages.registerNotAnObject() });
      continue;
    }
    const raw: Record<string, unknown> = {};
    for (const property of node.children ?? []) {
      const [key, value] = property.children ?? [];
      if (key && value) raw[String(key.value)] = value.type === 'array' || value.type === 'object' ? nodeValue(value) : value.value;
    }
    const entry = toEntry(raw, messages);
    if (typeof entry === 'string') problems.push({ file, line, message: entry });
    else rows.add(entry, line);
  }
  return { entries: RegisterRows.build(rows), problems };
}

function nodeValue(node: Node): unknown {
  if (node.type === 'array') return (node.children ?? []).map(nodeValue);
  // a property broken off by a syntax error has no value: it is left out, as the entry's own properties are
  if (node.type === 'object') return Object.fromEntries((node.children ?? []).flatMap((p) => (p.children?.[0] && p.children[1] ? [[p.children[0].value, nodeValue(p.children[1])]] : [])));
  return node.value;
}

type CsvRecord = { record: Record<string, string>; info: { lines: number } };

/**
 * A bad row (a column too many, a stray quote) is skipped and reported by its line; the rows
 * after it still load. An unclosed quote would swallow the rest of the file, so the rows after
 * the one it opens on are read again on their own.
 */
export function parseRegisterCsv(text: string, file: string, messages: Messages): RegisterLoad {
  const entries = new RegisterRowsBuilder(file);
  const problems: RegisterProblem[] = [];
  const reported = new Set<number>();
  const report = (line: number, message: string) => {
    if (reported.has(line)) return;
    reported.add(line);
    problems.push({ file, line, message });
  };
  const lines = text.split(/\r\n|\r|\n/);
  const header = lines[0] ?? '';
  // `offset`: lines of the original file before the part being read, after its header line.
  let part = text;
  let offset = 0;
  for (let attempt = 0; attempt < lines.length; attempt++) {
    let unclosedFrom: number | undefined;
    let records: CsvRecord[];
    try {
      records = parseCsv(part, {
        columns: true, skip_empty_lines: true, trim: true, bom: true, info: true, skip_records_with_error: true,
        on_skip: (error: { code?: string; lines?: number } | undefined) => {
          if (error?.code === 'CSV_QUOTE_NOT_CLOSED') unclosedFrom = -1;
          else report((error?.lines ?? 1) + offset, messages.registerBadCsvRow());
        },
      }) as CsvRecord[];
    } catch {
      report(offset + 1, messages.registerBadCsvHeader());
      break;
    }
    for (const { record, info } of records) {
      const line = info.lines + offset;
      const entry = toEntry(record, messages);
      if (typeof entry === 'string') report(line, entry);
      else entries.add(entry, line);
    }
    if (unclosedFrom === undefined) break;
    const badLine = (records.length > 0 ? records[records.length - 1].info.lines : 1) + offset + 1;
    report(badLine, messages.registerBadCsvRow());
    if (badLine >= lines.length) break;
    if (attempt >= MAX_REREADS) {
      // Many unclosed quotes: reading the rest again each time would be quadratic; read it by line.
      for (let i = badLine; i < lines.length; i++) readCsvLine(header, lines[i], i + 1, entries, report, messages);
      break;
    }
    part = [header, ...lines.slice(badLine)].join('\n');
    offset = badLine - 1;
  }
  problems.sort((a, b) => a.line - b.line);
  return { entries: RegisterRows.build(entries), problems };
}

const MAX_REREADS = 16;

function readCsvLine(header: string, text: string, line: number, entries: RegisterRowsBuilder, report: (line: number, message: string) => void, messages: Messages): void {
  if (text.trim() === '') return;
  try {
    const [record] = parseCsv(`${header}\n${text}`, { columns: true, trim: true, bom: true }) as Array<Record<string, string>>;
    const entry = record ? toEntry(record, messages) : messages.registerBadCsvRow();
    if (typeof entry === 'string') report(line, entry);
    else entries.add(entry, line);
  } catch {
    report(line, messages.registerBadCsvRow());
  }
}

const withoutByteOrderMark = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
const isCsv = (file: string) => /\.csv$/i.test(file);

export function parseRegister(text: string, file: string, messages: Messages): RegisterLoad {
  const content = withoutByteOrderMark(text);
  return isCsv(file) ? parseRegisterCsv(content, file, messages) : parseRegisterJson(content, file, messages);
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
