import type { Messages } from '../messages';
import { normalizeZaaknummer } from '../parse/letter';

/**
 * One entry of a register of earlier questions and answers, and the check every reader (JSON,
 * CSV) puts a raw entry through. The fields follow the Tweede Kamer open data (see README):
 * Zaak.Nummer -> zaaknummer, Zaak.Onderwerp -> onderwerp, ZaakActor "Indiener"/"Medeindiener" ->
 * indieners, ZaakActor "Gericht aan" -> ministeries, Zaak.GestartOp -> ingezonden, Document
 * "Antwoord schriftelijke vragen": Datum -> beantwoord, Aanhangselnummer -> aanhangsel,
 * KenmerkAfzender -> onsKenmerk; Document "Mededeling (uitstel antwoord)": Datum -> uitgesteld.
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
  /** ISO date of the Mededeling that the answer is postponed. */
  uitgesteld?: string;
  /** Where it came from: "register.json:12". */
  source: string;
}

export interface RegisterProblem {
  file: string;
  line: number;
  message: string;
}

/** The fields `toEntry` reads, as a reader found them: the readers step over every other value. */
export interface RawEntry {
  zaaknummer: unknown;
  onderwerp: unknown;
  indieners: unknown;
  ministeries: unknown;
  ingezonden: unknown;
  beantwoord: unknown;
  aanhangsel: unknown;
  aanhangselId: unknown;
  onsKenmerk: unknown;
  uitgesteld: unknown;
}

export const ENTRY_FIELDS: readonly (keyof RawEntry)[] = ['zaaknummer', 'onderwerp', 'indieners', 'ministeries', 'ingezonden', 'beantwoord', 'aanhangsel', 'aanhangselId', 'onsKenmerk', 'uitgesteld'];

/** The only names `toEntry` reads within a field's objects: an indiener's, an aanhangsel's. */
export const NESTED_FIELDS: readonly string[] = ['naam', 'partij', 'citatie', 'id'];

/** A field's place in ENTRY_FIELDS; undefined for a name that is no field. */
const FIELD_INDEX = new Map<string, number>(ENTRY_FIELDS.map((name, i) => [name, i]));
export const fieldIndex = (name: string): number | undefined => FIELD_INDEX.get(name);

/** An entry with no field found yet; every one has the same shape, which keeps a large register's reading fast. */
export function emptyRawEntry(): RawEntry {
  return { zaaknummer: undefined, onderwerp: undefined, indieners: undefined, ministeries: undefined, ingezonden: undefined, beantwoord: undefined, aanhangsel: undefined, aanhangselId: undefined, onsKenmerk: undefined, uitgesteld: undefined };
}

/** Sets the field at `index` (see fieldIndex). */
export function setField(raw: RawEntry, index: number, value: unknown): void {
  switch (index) {
    case 0:
      raw.zaaknummer = value;
      break;
    case 1:
      raw.onderwerp = value;
      break;
    case 2:
      raw.indieners = value;
      break;
    case 3:
      raw.ministeries = value;
      break;
    case 4:
      raw.ingezonden = value;
      break;
    case 5:
      raw.beantwoord = value;
      break;
    case 6:
      raw.aanhangsel = value;
      break;
    case 7:
      raw.aanhangselId = value;
      break;
    case 8:
      raw.onsKenmerk = value;
      break;
    default:
      raw.uitgesteld = value;
  }
}

const isDigit = (text: string, at: number) => {
  const c = text.charCodeAt(at);
  return c >= 0x30 && c <= 0x39;
};

/** 2024Z00025 or 2024Z 00025; read character by character, as it is for every entry of a large register. */
function isZaaknummer(text: string): boolean {
  const space = text.length === 11 && text.charCodeAt(5) === 0x20 ? 1 : 0;
  if (text.length !== 10 + space || text.charCodeAt(0) !== 0x32 || text.charCodeAt(1) !== 0x30 || text.charCodeAt(4) !== 0x5a) return false;
  for (const at of [2, 3]) if (!isDigit(text, at)) return false;
  for (let at = 5 + space; at < text.length; at++) if (!isDigit(text, at)) return false;
  return true;
}

/** 2024-01-03 */
function isIsoDate(text: string): boolean {
  if (text.length !== 10 || text.charCodeAt(4) !== 0x2d || text.charCodeAt(7) !== 0x2d) return false;
  for (let at = 0; at < 10; at++) if (at !== 4 && at !== 7 && !isDigit(text, at)) return false;
  return true;
}

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
export function toEntry(raw: RawEntry, messages: Messages): Omit<RegisterEntry, 'source'> | string {
  const zaaknummer = textOf(raw.zaaknummer);
  if (!zaaknummer) return messages.registerMissingZaak();
  if (!isZaaknummer(zaaknummer)) return messages.registerBadZaak(zaaknummer);
  const ingezonden = textOf(raw.ingezonden);
  if (ingezonden && !isIsoDate(ingezonden)) return messages.registerBadDate('ingezonden', ingezonden);
  const beantwoord = textOf(raw.beantwoord);
  if (beantwoord && !isIsoDate(beantwoord)) return messages.registerBadDate('beantwoord', beantwoord);
  const uitgesteld = textOf(raw.uitgesteld);
  if (uitgesteld && !isIsoDate(uitgesteld)) return messages.registerBadDate('uitgesteld', uitgesteld);
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
    uitgesteld,
  };
}

/** Problems kept one by one; beyond them only counted, so that a file that is wrong on every line stays small in memory. */
const MAX_PROBLEMS = 1000;

/** The problems of one register file: one per line (the first found there), in line order. */
export class RegisterProblems {
  private readonly byLine = new Map<number, string>();
  /** Lines with a problem beyond MAX_PROBLEMS, counted as they come (the readers report in line order, mostly). */
  private beyond = 0;
  private lastLine = 0;

  constructor(readonly file: string) {}

  add(line: number, message: string): void {
    if (this.byLine.has(line)) return;
    if (this.byLine.size < MAX_PROBLEMS) this.byLine.set(line, message);
    else if (line > this.lastLine) this.beyond++;
    this.lastLine = Math.max(this.lastLine, line);
  }

  /** The problems kept, by line, and how many lines had a problem in all. */
  finish(): { problems: RegisterProblem[]; problemLines: number } {
    const problems = [...this.byLine].sort((a, b) => a[0] - b[0]).map(([line, message]) => ({ file: this.file, line, message }));
    return { problems, problemLines: problems.length + this.beyond };
  }
}
