import type { Messages } from '../messages';
import { normalizeZaaknummer } from '../parse/letter';

/**
 * A register made from the Tweede Kamer's open data (the OData v4 service of the
 * gegevensmagazijn): pages of `Zaak` items of Soort "Schriftelijke vragen", each with its
 * `ZaakActor` and `Document` expanded, as a drafter downloads them (README). Pure: the caller
 * reads the pages and writes the register.
 *
 * What is read of an item:
 * - the Zaak: Nummer (the zaaknummer), Onderwerp (or else Titel), GestartOp, Vergaderjaar, Afgedaan;
 * - its actors: the askers (Relatie "Indiener", then "Medeindiener": ActorNaam, ActorFractie) and
 *   the addressee ("Gericht aan": ActorNaam);
 * - its documents: the answer ("Antwoord schriftelijke vragen", or its "(nader)" when there is no
 *   other: Datum, Aanhangselnummer, Vergaderjaar, KenmerkAfzender, DocumentNummer) and a
 *   Mededeling ("Mededeling (uitstel antwoord)": Datum).
 * Every other field is ignored, a missing one is left out, an item or actor or document marked
 * Verwijderd is skipped. Items of one Zaak (on two pages, or twice on one) are merged.
 * The texts are the Kamer's, but a file is anyone's: control and bidi characters (which turn how
 * a hover shows text around) are dropped, and a text longer than any real one is cut, and said.
 */

/** One page as read from a file: an OData envelope { "value": [...] }, or a bare list of items. */
export interface OpenDataPage {
  file: string;
  text: string;
}

/** An entry of the register written, in the register's JSON fields (README), and what the open data adds. */
export interface OpenDataEntry {
  zaaknummer: string;
  onderwerp?: string;
  indieners: Array<{ naam: string; partij?: string }>;
  ministeries: string[];
  ingezonden?: string;
  beantwoord?: string;
  aanhangsel?: { citatie: string; id?: string };
  onsKenmerk?: string;
  vergaderjaar?: string;
  afgedaan?: boolean;
  /** The date of a Mededeling (uitstel antwoord): the answer was postponed. */
  uitgesteld?: string;
  antwoordDocument?: string;
}

/** What could not be used, and where: a file, or an item in it (its place from 1, and its zaaknummer when it has one). */
export interface OpenDataProblem {
  file: string;
  item?: number;
  zaaknummer?: string;
  reason: string;
}

export interface OpenDataImport {
  /** One per zaaknummer, in the order of their zaaknummers. */
  entries: OpenDataEntry[];
  problems: OpenDataProblem[];
  /** Texts cut to their longest (MAX_SUBJECT, MAX_NAME): the item is used, with the text cut. */
  shortened: OpenDataProblem[];
  /** Items read in all (good, merged or not usable). */
  items: number;
}

const SCHRIFTELIJKE_VRAGEN = 'schriftelijke vragen';
const ZAAKNUMMER = /^20\d\dZ ?\d{5}$/i;

/** The longest subject kept (real ones stay under 400 characters), and the longest of any other text (a name, a party, a kenmerk). */
export const MAX_SUBJECT = 1000;
export const MAX_NAME = 200;

/** C0 and C1 controls (white space among them is made a space first), and the marks and overrides of bidirectional text. */
const UNWANTED = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** Anything cleanText changes: those characters, white space other than one space, white space at either end. */
const NOT_CLEAN = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]|[^\S ]|\s\s|^\s|\s$/;
const DATE = /^(\d{4}-\d{2}-\d{2})(?:$|T)/;

type Item = Record<string, unknown>;

const isObject = (value: unknown): value is Item => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A field as trimmed text; numbers as text too; undefined for anything else or nothing. Read from what `gather` kept, which is clean. */
function text(item: Item, field: string): string | undefined {
  const value = item[field];
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** Where an item is, for what is said about it. */
interface ItemPlace {
  file: string;
  item: number;
  zaaknummer?: string;
}

/**
 * A field of the file as clean text: white space made single spaces, control and bidi characters
 * dropped, trimmed, and cut to `max` characters (the last one an ellipsis), which `shortened` is told.
 */
function cleanText(item: Item, field: string, max: number, place: ItemPlace, shortened: OpenDataProblem[], messages: Messages): string | undefined {
  const value = item[field];
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return undefined;
  // most texts are clean already: one test instead of three passes over each
  const clean = NOT_CLEAN.test(value) ? value.replace(/\s+/g, ' ').replace(UNWANTED, '').replace(/ {2,}/g, ' ').trim() : value;
  if (clean.length <= max) return clean === '' ? undefined : clean;
  shortened.push({ ...place, reason: messages.openDataShortened(field, max, clean.length) });
  // never half a surrogate pair before the ellipsis
  const end = isHighSurrogate(clean.charCodeAt(max - 2)) ? max - 2 : max - 1;
  return `${clean.slice(0, end)}…`;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** "2024-03-13T00:00:00+01:00" -> "2024-03-13": the date as the Kamer wrote it, in its own time zone. */
function date(item: Item, field: string): string | undefined {
  return DATE.exec(text(item, field) ?? '')?.[1];
}

const sameText = (a: string | undefined, b: string) => a?.toLowerCase() === b;

/** An item's expanded list (ZaakActor, Document), without what is marked deleted. */
function listOf(item: Item, field: string): Item[] {
  const value = item[field];
  return Array.isArray(value) ? value.filter((v): v is Item => isObject(v) && v.Verwijderd !== true) : [];
}

/** What one Zaak has, gathered over all items that carry it. */
interface Gathered {
  zaaknummer: string;
  fields: Map<string, string | boolean>;
  actors: Map<string, Item>;
  documents: Map<string, Item>;
}

/** Reads the pages into register entries; every item that cannot be used is a problem with its reason. */
export function readOpenData(pages: OpenDataPage[], messages: Messages): OpenDataImport {
  const zaken = new Map<string, Gathered>();
  const problems: OpenDataProblem[] = [];
  const shortened: OpenDataProblem[] = [];
  let items = 0;
  for (const page of pages) {
    const list = itemsOf(page, messages);
    if (typeof list === 'string') {
      problems.push({ file: page.file, reason: list });
      continue;
    }
    list.forEach((item, i) => {
      items++;
      const problem = readItem(zaken, item, { file: page.file, item: i + 1 }, shortened, messages);
      if (problem) problems.push({ file: page.file, item: i + 1, ...problem });
    });
  }
  const entries = [...zaken.values()].map(entryOf).sort((a, b) => (a.zaaknummer < b.zaaknummer ? -1 : a.zaaknummer > b.zaaknummer ? 1 : 0));
  return { entries, problems, shortened, items };
}

/** Adds an item to its Zaak; what is wrong with it when it cannot be used. */
function readItem(zaken: Map<string, Gathered>, item: unknown, place: ItemPlace, shortened: OpenDataProblem[], messages: Messages): { zaaknummer?: string; reason: string } | undefined {
  if (!isObject(item)) return { reason: messages.openDataNotAnItem() };
  const zaaknummer = cleanText(item, 'Nummer', MAX_NAME, place, shortened, messages);
  const soort = cleanText(item, 'Soort', MAX_NAME, place, shortened, messages);
  if (soort !== undefined && !sameText(soort, SCHRIFTELIJKE_VRAGEN)) return { zaaknummer, reason: messages.openDataNotQuestions(soort) };
  if (item.Verwijderd === true) return { zaaknummer, reason: messages.openDataDeleted() };
  if (zaaknummer === undefined) return { reason: messages.openDataNoNummer() };
  if (!ZAAKNUMMER.test(zaaknummer)) return { zaaknummer, reason: messages.openDataBadNummer(zaaknummer) };
  const normalized = normalizeZaaknummer(zaaknummer).toUpperCase();
  gather(zaken, normalized, item, (from, field, max = MAX_NAME) => cleanText(from, field, max, { ...place, zaaknummer: normalized }, shortened, messages));
  return undefined;
}

/** The items of a page, or why it has none. */
function itemsOf(page: OpenDataPage, messages: Messages): unknown[] | string {
  const text = page.text.charCodeAt(0) === 0xfeff ? page.text.slice(1) : page.text;
  if (text.trim() === '') return messages.openDataEmpty();
  if (text.trimStart().startsWith('<')) return messages.openDataWebPage();
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return messages.openDataNotJson(lineOfJsonError(page.text, error));
  }
  if (Array.isArray(data)) return data;
  if (isObject(data) && Array.isArray(data.value)) return data.value;
  if (isObject(data) && (data.Nummer !== undefined || data.Soort !== undefined)) return [data]; // one Zaak on its own
  return messages.openDataNotPage();
}

/** The line of a JSON.parse error ("... at position 1234 ..."), when it says where. */
function lineOfJsonError(text: string, error: unknown): number | undefined {
  const position = /position (\d+)/.exec(error instanceof Error ? error.message : '')?.[1];
  if (position === undefined) return undefined;
  let line = 1;
  for (let at = text.indexOf('\n'); at >= 0 && at < Number(position); at = text.indexOf('\n', at + 1)) line++;
  return line;
}

/** The fields read, with the longest text kept of each; of an actor and a document, only these are kept. */
const SCALARS = { Onderwerp: MAX_SUBJECT, Titel: MAX_SUBJECT, Vergaderjaar: MAX_NAME, GestartOp: MAX_NAME } as const;
const ACTOR_FIELDS = ['Id', 'Relatie', 'ActorNaam', 'ActorFractie'] as const;
const DOCUMENT_FIELDS = ['Id', 'Soort', 'DocumentNummer', 'Datum', 'Aanhangselnummer', 'Vergaderjaar', 'KenmerkAfzender'] as const;

type Clean = (from: Item, field: string, max?: number) => string | undefined;

/** The fields of `from` named, as clean text. */
function cleanFields(from: Item, fields: readonly string[], clean: Clean): Item {
  const kept: Item = {};
  for (const field of fields) {
    const value = from[field] === undefined || from[field] === null ? undefined : clean(from, field);
    if (value !== undefined) kept[field] = value;
  }
  return kept;
}

/** Adds an item to its Zaak: a field it has replaces an earlier one (a later page is newer); actors and documents are joined. */
function gather(zaken: Map<string, Gathered>, zaaknummer: string, item: Item, clean: Clean): void {
  let zaak = zaken.get(zaaknummer);
  if (!zaak) {
    zaak = { zaaknummer, fields: new Map(), actors: new Map(), documents: new Map() };
    zaken.set(zaaknummer, zaak);
  }
  for (const [field, max] of Object.entries(SCALARS)) {
    const value = field === 'GestartOp' ? DATE.exec(clean(item, field, max) ?? '')?.[1] : clean(item, field, max);
    if (value !== undefined) zaak.fields.set(field, value);
  }
  if (typeof item.Afgedaan === 'boolean') zaak.fields.set('Afgedaan', item.Afgedaan);
  for (const actor of listOf(item, 'ZaakActor').map((a) => cleanFields(a, ACTOR_FIELDS, clean))) zaak.actors.set(text(actor, 'Id') ?? `${text(actor, 'Relatie')}|${text(actor, 'ActorNaam')}|${text(actor, 'ActorFractie')}`, actor);
  for (const document of listOf(item, 'Document').map((d) => cleanFields(d, DOCUMENT_FIELDS, clean))) zaak.documents.set(text(document, 'Id') ?? `${text(document, 'Soort')}|${text(document, 'DocumentNummer')}|${text(document, 'Datum')}`, document);
}

function entryOf(zaak: Gathered): OpenDataEntry {
  const field = (name: string) => zaak.fields.get(name) as string | undefined;
  const actors = [...zaak.actors.values()];
  const withRelatie = (relatie: string) => actors.filter((a) => sameText(text(a, 'Relatie'), relatie));
  // an asker once, whatever Ids two pages gave their copies
  const named = new Set<string>();
  const indieners = [...withRelatie('indiener'), ...withRelatie('medeindiener')].flatMap((actor) => {
    const naam = text(actor, 'ActorNaam');
    const partij = text(actor, 'ActorFractie');
    const key = `${naam?.toLowerCase()}|${partij?.toLowerCase()}`;
    if (!naam || named.has(key)) return [];
    named.add(key);
    return [partij ? { naam, partij } : { naam }];
  });
  const ministeries = [...new Set(withRelatie('gericht aan').flatMap((actor) => text(actor, 'ActorNaam') ?? []))];
  const documents = [...zaak.documents.values()];
  const earliest = (soort: string) =>
    documents.filter((d) => sameText(text(d, 'Soort'), soort)).sort((a, b) => (date(a, 'Datum') ?? '9999').localeCompare(date(b, 'Datum') ?? '9999'))[0];
  const answer = earliest('antwoord schriftelijke vragen') ?? earliest('antwoord schriftelijke vragen (nader)');
  const mededeling = earliest('mededeling (uitstel antwoord)');
  const vergaderjaar = field('Vergaderjaar');
  const entry: OpenDataEntry = { zaaknummer: zaak.zaaknummer, onderwerp: field('Onderwerp') ?? field('Titel'), indieners, ministeries, ingezonden: field('GestartOp') };
  if (answer) {
    entry.beantwoord = date(answer, 'Datum');
    entry.aanhangsel = aanhangselOf(text(answer, 'Aanhangselnummer'), text(answer, 'Vergaderjaar') ?? vergaderjaar);
    entry.onsKenmerk = text(answer, 'KenmerkAfzender');
    entry.antwoordDocument = text(answer, 'DocumentNummer');
  }
  if (mededeling) entry.uitgesteld = date(mededeling, 'Datum');
  entry.vergaderjaar = vergaderjaar;
  const afgedaan = zaak.fields.get('Afgedaan');
  if (typeof afgedaan === 'boolean') entry.afgedaan = afgedaan;
  return withoutUndefined(entry);
}

/**
 * The citation of an answer printed in the Aanhangsel: "Aanhangsel Handelingen, vergaderjaar
 * 2023-2024, nr. 2367" and its id "ah-tk-20232024-2367". The number may come alone ("2367") or
 * with its vergaderjaar ("20232024-2367", "2023-2024-2367").
 */
export function aanhangselOf(nummer: string | undefined, vergaderjaar: string | undefined): OpenDataEntry['aanhangsel'] {
  const m = /^(?:(\d{4})-?(\d{4})-)?0*(\d+)$/.exec(nummer ?? '');
  if (!m) return undefined;
  const years = m[1] ? [m[1], m[2]] : /^(\d{4})\s*[-–/]\s*(\d{4})$/.exec(vergaderjaar ?? '')?.slice(1, 3);
  if (!years) return undefined;
  return { citatie: `Aanhangsel Handelingen, vergaderjaar ${years[0]}-${years[1]}, nr. ${m[3]}`, id: `ah-tk-${years[0]}${years[1]}-${m[3]}` };
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** The register file: { "entries": [...] }, one entry a line, so that a problem in it names its line. */
export function registerJsonText(entries: OpenDataEntry[]): string {
  return `{"entries": [\n${entries.map((entry) => JSON.stringify(entry)).join(',\n')}\n]}\n`;
}

/** A register from the pages: its file's text, and what went into it. */
export interface OpenDataRegister {
  text: string;
  zaken: number;
  items: number;
  problems: OpenDataProblem[];
  shortened: OpenDataProblem[];
}

export function registerFromOpenData(pages: OpenDataPage[], messages: Messages): OpenDataRegister {
  const read = readOpenData(pages, messages);
  return { text: registerJsonText(read.entries), zaken: read.entries.length, items: read.items, problems: read.problems, shortened: read.shortened };
}
