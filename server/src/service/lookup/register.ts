import { parse as parseCsv } from 'csv-parse/sync';
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { TextLines } from '../text/lines';
import { messages } from '../messages';
import { normalizeZaaknummer } from '../parse/letter';

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
  entries: RegisterEntry[];
  problems: RegisterProblem[];
}

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

/** Checks and normalises one entry; a string is the reason it was refused. */
function toEntry(raw: Record<string, unknown>, source: string): RegisterEntry | string {
  const text = (key: string): string | undefined => {
    const value = raw[key];
    return typeof value === 'string' && value.trim() ? value.trim() : typeof value === 'number' ? String(value) : undefined;
  };
  const zaaknummer = text('zaaknummer');
  if (!zaaknummer) return messages.registerMissingZaak();
  if (!ZAAKNUMMER.test(zaaknummer)) return messages.registerBadZaak(zaaknummer);
  for (const key of ['ingezonden', 'beantwoord']) {
    const value = text(key);
    if (value && !ISO_DATE.test(value)) return messages.registerBadDate(key, value);
  }
  const indieners = Array.isArray(raw.indieners)
    ? (raw.indieners as unknown[]).flatMap((i) => (typeof i === 'string' ? parseIndieners(i) : typeof i === 'object' && i && typeof (i as Indiener).naam === 'string' ? [{ naam: (i as Indiener).naam, partij: (i as Indiener).partij }] : []))
    : parseIndieners(text('indieners') ?? '');
  const ministeries = Array.isArray(raw.ministeries) ? (raw.ministeries as unknown[]).filter((m): m is string => typeof m === 'string') : (text('ministeries') ?? '').split(';').map((m) => m.trim()).filter(Boolean);
  const aanhangselRaw = raw.aanhangsel;
  const aanhangsel =
    typeof aanhangselRaw === 'object' && aanhangselRaw !== null
      ? { citatie: (aanhangselRaw as { citatie?: string }).citatie, id: (aanhangselRaw as { id?: string }).id }
      : text('aanhangsel') || text('aanhangselId')
        ? { citatie: text('aanhangsel'), id: text('aanhangselId') }
        : undefined;
  return {
    zaaknummer: normalizeZaaknummer(zaaknummer),
    onderwerp: text('onderwerp') ?? '',
    indieners,
    ministeries,
    ingezonden: text('ingezonden'),
    beantwoord: text('beantwoord'),
    aanhangsel,
    onsKenmerk: text('onsKenmerk'),
    source,
  };
}

function jsonLine(lines: TextLines, offset: number): number {
  return lines.positionAt(offset).line + 1;
}

/**
 * JSON.parse reads a large register fastest; jsonc-parser is used only to say on which line
 * something is wrong (a syntax error, or an entry that does not fit), which JSON.parse cannot.
 */
export function parseRegisterJson(text: string, file: string): RegisterLoad {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return parseRegisterJsonWithLines(text, file);
  }
  const list = Array.isArray(data) ? data : (data as { entries?: unknown } | null)?.entries;
  if (!Array.isArray(list)) return parseRegisterJsonWithLines(text, file);
  const entries: RegisterEntry[] = [];
  for (const raw of list) {
    const entry = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? toEntry(raw as Record<string, unknown>, file) : 'not an object';
    if (typeof entry === 'string') return parseRegisterJsonWithLines(text, file);
    entries.push(entry);
  }
  return { entries, problems: [] };
}

function parseRegisterJsonWithLines(text: string, file: string): RegisterLoad {
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
  if (!tree) return { entries: [], problems: problems.length > 0 ? problems : [{ file, line: 1, message: messages.registerBadJson('EmptyFile') }] };
  const list: Node | undefined =
    tree.type === 'array' ? tree : tree.type === 'object' ? tree.children?.find((p) => p.children?.[0].value === 'entries')?.children?.[1] : undefined;
  if (!list || list.type !== 'array') return { entries: [], problems: [...problems, { file, line: 1, message: messages.registerNotAList() }] };
  const entries: RegisterEntry[] = [];
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
    const entry = toEntry(raw, `${file}:${line}`);
    if (typeof entry === 'string') problems.push({ file, line, message: entry });
    else entries.push(entry);
  }
  return { entries, problems };
}

function nodeValue(node: Node): unknown {
  if (node.type === 'array') return (node.children ?? []).map(nodeValue);
  if (node.type === 'object') return Object.fromEntries((node.children ?? []).map((p) => [p.children![0].value, nodeValue(p.children![1])]));
  return node.value;
}

type CsvRecord = { record: Record<string, string>; info: { lines: number } };

/**
 * A bad row (a column too many, a stray quote) is skipped and reported by its line; the rows
 * after it still load. An unclosed quote would swallow the rest of the file, so the rows after
 * the one it opens on are read again on their own.
 */
export function parseRegisterCsv(text: string, file: string): RegisterLoad {
  const entries: RegisterEntry[] = [];
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
      const entry = toEntry(record, `${file}:${line}`);
      if (typeof entry === 'string') report(line, entry);
      else entries.push(entry);
    }
    if (unclosedFrom === undefined) break;
    const badLine = (records.length > 0 ? records[records.length - 1].info.lines : 1) + offset + 1;
    report(badLine, messages.registerBadCsvRow());
    if (badLine >= lines.length) break;
    if (attempt >= MAX_REREADS) {
      // Many unclosed quotes: reading the rest again each time would be quadratic; read it by line.
      for (let i = badLine; i < lines.length; i++) readCsvLine(header, lines[i], i + 1, file, entries, report);
      break;
    }
    part = [header, ...lines.slice(badLine)].join('\n');
    offset = badLine - 1;
  }
  problems.sort((a, b) => a.line - b.line);
  return { entries, problems };
}

const MAX_REREADS = 16;

function readCsvLine(header: string, text: string, line: number, file: string, entries: RegisterEntry[], report: (line: number, message: string) => void): void {
  if (text.trim() === '') return;
  try {
    const [record] = parseCsv(`${header}\n${text}`, { columns: true, trim: true, bom: true }) as Array<Record<string, string>>;
    const entry = record ? toEntry(record, `${file}:${line}`) : messages.registerBadCsvRow();
    if (typeof entry === 'string') report(line, entry);
    else entries.push(entry);
  } catch {
    report(line, messages.registerBadCsvRow());
  }
}

export function parseRegister(text: string, file: string): RegisterLoad {
  const content = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return /\.csv$/i.test(file) ? parseRegisterCsv(content, file) : parseRegisterJson(content, file);
}

/** All loaded registers, looked up by zaaknummer and searched by prefix for completion. */
export class Register {
  private readonly byZaak = new Map<string, RegisterEntry>();
  /** Oldest first; completion walks it from the end so the newest come first. */
  private sorted: RegisterEntry[] = [];

  constructor(entries: RegisterEntry[] = []) {
    this.replace(entries);
  }

  replace(entries: RegisterEntry[]): void {
    this.byZaak.clear();
    for (const entry of entries) this.byZaak.set(entry.zaaknummer, entry);
    this.sorted = [...this.byZaak.values()].sort((a, b) => (a.zaaknummer < b.zaaknummer ? -1 : a.zaaknummer > b.zaaknummer ? 1 : 0));
  }

  get size(): number {
    return this.byZaak.size;
  }

  get(zaaknummer: string): RegisterEntry | undefined {
    return this.byZaak.get(normalizeZaaknummer(zaaknummer));
  }

  /** Index of the first entry whose zaaknummer is not below `key` (binary search). */
  private lowerBound(key: string): number {
    let low = 0;
    let high = this.sorted.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.sorted[mid].zaaknummer < key) low = mid + 1;
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
    for (let i = high - 1; i >= low && found.length < limit; i--) found.push(this.sorted[i]);
    return found;
  }

  /** Entries with an Aanhangsel citation, newest first, at most `limit`. */
  answered(limit: number, filter: (entry: RegisterEntry) => boolean = () => true): RegisterEntry[] {
    const found: RegisterEntry[] = [];
    for (let i = this.sorted.length - 1; i >= 0 && found.length < limit; i--) {
      const entry = this.sorted[i];
      if (entry.aanhangsel?.citatie && filter(entry)) found.push(entry);
    }
    return found;
  }
}
