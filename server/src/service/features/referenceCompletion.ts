import type { Position, Range } from '../text/lines';
import type { ParsedDocument } from '../parse/parseDocument';
import type { Register } from '../lookup/register';
import type { RegisterEntry } from '../lookup/registerEntry';
import type { IndexedDocument, WorkspaceIndex } from '../lookup/workspaceIndex';
import { CompletionKind, insertedText, maxOf, type CompletionEntry } from './completionItems';
import { definitionInsertion } from '../edits';
import type { Messages } from '../messages';
import { questionKey, questionKeys, questionSetAt } from '../model';
import { normalizeZaaknummer } from '../parse/letter';
import { findPreset } from '../lookup/onsKenmerk';
import { formatDutchDate, type CalendarDate } from '../dates';
import ministriesData from '../lookup/data/ministries.json';

/**
 * Completion of what a drafter would otherwise look up: zaaknummers, Ons kenmerk, ministries,
 * question numbers, earlier answers, footnote numbers. Each context is recognised from the text
 * before the cursor on its line.
 */
export interface CompletionSources {
  register?: Register;
  index?: WorkspaceIndex;
  /** The document being edited, left out of workspace suggestions. */
  uri?: string;
  onsKenmerkPreset?: string;
  /** For the year in an Ons kenmerk shape: the caller's clock. */
  today: CalendarDate;
  /** A pattern for Ons kenmerk, shown as its shape ("PO/0000000"). */
  onsKenmerkPattern?: string;
}

const MAX_ITEMS = 50;

interface Ministry {
  abbreviation: string;
  name: string;
  current: boolean;
}
const ministries = (ministriesData as { ministries: Ministry[] }).ministries;

function isoToDutch(iso: string | undefined): string | undefined {
  if (!iso) return undefined;
  const [year, month, day] = iso.split('-').map(Number);
  return formatDutchDate({ year, month, day });
}

function describeEntry(entry: RegisterEntry, messages: Messages): string {
  const askers = entry.indieners.map((i) => (i.partij ? `${i.naam} (${i.partij})` : i.naam)).join(', ');
  return [
    `**${entry.zaaknummer}** ${entry.onderwerp}`,
    askers && messages.describeZaak.askers(askers),
    entry.ministeries.length ? messages.describeZaak.addressedTo(entry.ministeries.join(', ')) : '',
    entry.ingezonden && messages.describeZaak.sent(isoToDutch(entry.ingezonden)!),
    entry.uitgesteld && messages.describeZaak.postponed(isoToDutch(entry.uitgesteld)!),
    entry.beantwoord && messages.describeZaak.answered(isoToDutch(entry.beantwoord)!),
    entry.aanhangsel?.citatie && `${entry.aanhangsel.citatie}${entry.aanhangsel.id ? ` (${entry.aanhangsel.id})` : ''}`,
    entry.onsKenmerk && messages.describeZaak.onsKenmerk(entry.onsKenmerk),
  ]
    .filter(Boolean)
    .join('\n\n');
}

export function describeIndexed(document: IndexedDocument, messages: Messages): string {
  return [
    `**${document.zaaknummer ?? ''}** ${document.subject ?? ''}`.trim(),
    document.askers && messages.describeZaak.questionsBy(document.askers),
    document.addressee && messages.describeZaak.addressedTo(document.addressee),
    document.sent && messages.describeZaak.sent(formatDutchDate(document.sent)),
    document.received && messages.describeZaak.received(formatDutchDate(document.received)),
    document.citation,
    document.onsKenmerk && messages.describeZaak.onsKenmerk(document.onsKenmerk),
    `_${document.uri.split('/').pop()}_`,
  ]
    .filter(Boolean)
    .join('\n\n');
}

/** Markdown describing a zaaknummer or citation, from the workspace or else the register. */
export function describeKenmerk(value: string, sources: CompletionSources, messages: Messages): string | undefined {
  const indexed = sources.index?.byZaak(value) ?? sources.index?.byCitation(value);
  if (indexed) return describeIndexed(indexed, messages);
  const entry = sources.register?.get(value) ?? sources.register?.byCitation(value);
  return entry && describeEntry(entry, messages);
}

function range(position: Position, length: number): Range {
  return { start: { line: position.line, character: position.character - length }, end: position };
}

const ZAAK_CONTEXT = /(?:\bkenmerk:?\s+|\(ingezonden\s+[^,()]*,\s*|\bnr\.\s*)((?:2[0-9]{0,3}Z?\s?\d{0,5})?)$|\b(20\d\dZ\s?\d{0,5})$/i;
const ONS_KENMERK_CONTEXT = /^\s*(?:>\s*)?Ons kenmerk:?\s*(\S*)$/;
const MINISTRY_CONTEXT = /\b(?:minister|staatssecretaris|ministerie)\s+(?:van|voor)\s+([\p{L} ,]*)$/iu;
const QUESTION_CONTEXT = /\b(?:antwoord(?:en)?\s+op\s+(?:de\s+)?vra(?:ag|gen)|zie\s+(?:ook\s+)?(?:(?:het|de)\s+)?(?:antwoord(?:en)?(?:\s+op)?\s+)?vra(?:ag|gen))\s+(?:\d+[a-h]?\s*(?:,|en)\s*)*(\d*[a-h]?)$/i;
const EARLIER_ANSWER_CONTEXT = /(?:\bZie ook\s+|\bAanhangsel(?=\s)(?:\s+Handelingen)?\s*|\bantwoorden op (?:de )?vragen van (?:het lid|de leden)\s+)([^()]*)$/i;
const FOOTNOTE_CONTEXT = /\[(\d*)$/;

function zaakItems(prefix: string, position: Position, sources: CompletionSources, messages: Messages): CompletionEntry[] {
  const items: CompletionEntry[] = [];
  const seen = new Set<string>();
  const replace = range(position, prefix.length);
  for (const document of sources.index?.all() ?? []) {
    if (items.length >= MAX_ITEMS) break;
    if (!document.zaaknummer || document.uri === sources.uri || seen.has(document.zaaknummer)) continue;
    if (!document.zaaknummer.startsWith(normalizeZaaknummer(prefix.toUpperCase()))) continue;
    seen.add(document.zaaknummer);
    items.push({ label: document.zaaknummer, kind: CompletionKind.Reference, detail: document.subject, documentation: { kind: 'markdown', value: describeIndexed(document, messages) }, sortText: `0${document.zaaknummer}`, textEdit: { range: replace, newText: document.zaaknummer }, insertTextFormat: 1 });
  }
  for (const entry of sources.register?.withPrefix(prefix, MAX_ITEMS - items.length) ?? []) {
    if (seen.has(entry.zaaknummer)) continue;
    seen.add(entry.zaaknummer);
    items.push({ label: entry.zaaknummer, kind: CompletionKind.Reference, detail: entry.onderwerp, documentation: { kind: 'markdown', value: describeEntry(entry, messages) }, sortText: `1${entry.zaaknummer}`, textEdit: { range: replace, newText: entry.zaaknummer }, insertTextFormat: 1 });
  }
  return items.slice(0, MAX_ITEMS);
}

function onsKenmerkItems(prefix: string, position: Position, sources: CompletionSources, messages: Messages): CompletionEntry[] {
  const replace = range(position, prefix.length);
  const used = (sources.index?.onsKenmerken() ?? []).filter((kenmerk) => kenmerk.startsWith(prefix));
  const items: CompletionEntry[] = used.slice(0, MAX_ITEMS).map((kenmerk, i) => ({
    label: kenmerk, kind: CompletionKind.Value, detail: messages.usedInWorkspace(), sortText: `1${String(i).padStart(4, '0')}`, textEdit: { range: replace, newText: kenmerk }, insertTextFormat: 1,
  }));
  const preset = findPreset(sources.onsKenmerkPreset);
  if (preset) {
    items.unshift({ label: messages.kenmerkShape(preset.example.replace(/\d/g, '0')), kind: CompletionKind.Snippet, detail: messages.onsKenmerkPreset(preset.id), documentation: messages.kenmerkExample(preset.example), sortText: '0', filterText: prefix || preset.example, textEdit: { range: replace, newText: preset.snippet(sources.today.year) }, insertTextFormat: 2 });
  } else if (sources.onsKenmerkPattern) {
    items.unshift({ label: messages.kenmerkPattern(sources.onsKenmerkPattern), kind: CompletionKind.Snippet, detail: messages.kenmerkPatternDetail(), sortText: '0', filterText: prefix || sources.onsKenmerkPattern, textEdit: { range: replace, newText: '${1}' }, insertTextFormat: 2 });
  }
  return items;
}

function ministryItems(prefix: string, position: Position, messages: Messages): CompletionEntry[] {
  const replace = range(position, prefix.length);
  const typed = prefix.toLocaleLowerCase('nl');
  const items: CompletionEntry[] = [];
  ministries.forEach((m, i) => {
    if (!m.name.toLocaleLowerCase('nl').startsWith(typed)) return;
    items.push({ label: m.name, kind: CompletionKind.EnumMember, detail: m.current ? m.abbreviation : `${m.abbreviation} (${messages.previousCabinet()})`, sortText: `${m.current ? 0 : 1}${String(i).padStart(2, '0')}`, textEdit: { range: replace, newText: m.name }, insertTextFormat: 1 });
  });
  return items;
}

function questionItems(parsed: ParsedDocument, prefix: string, position: Position, messages: Messages): CompletionEntry[] {
  const answered = new Set(parsed.model.answers.flatMap(questionKeys));
  const replace = range(position, prefix.length);
  const set = questionSetAt(parsed.model, position.line);
  const items: CompletionEntry[] = [];
  for (const heading of parsed.model.questionHeadings) {
    if (heading.set !== set) continue;
    heading.labels.forEach((label, i) => {
      if (!label.startsWith(prefix)) return;
      items.push({
        label, kind: CompletionKind.Reference, detail: heading.text.slice(0, 80), documentation: { kind: 'markdown', value: messages.hoverQuestion(label, heading.text) },
        // on an answer heading, unanswered questions come first
        sortText: `${answered.has(questionKey(heading.set, label)) ? 1 : 0}${String(heading.numbers[i]).padStart(4, '0')}${label}`, textEdit: { range: replace, newText: label }, insertTextFormat: 1,
      });
    });
  }
  return items;
}

/** How every citation of an earlier answer starts, in the index and in registers. */
const CITATION_START = 'aanhangsel handelingen, vergaderjaar ';

/**
 * Whether an earlier answer fits what was typed after its context: nothing yet, the start of its
 * citation, or the start of an asker's name ("Zie ook Jansen"), one word with a capital. The prose
 * that often follows "Zie ook" ("de brief van 3 maart") fits none of them.
 */
function earlierAnswerFits(typed: string, citation: string, askers: string): boolean {
  if (typed === '' || citation.toLowerCase().startsWith(typed.toLowerCase())) return true;
  return ` ${askers}`.includes(` ${typed}`);
}

function couldBeEarlierAnswer(typed: string): boolean {
  const lower = typed.toLowerCase();
  return lower.startsWith(CITATION_START) || CITATION_START.startsWith(lower) || /^\p{Lu}[\p{L}'-]*$/u.test(typed);
}

function earlierAnswerItems(typed: string, position: Position, sources: CompletionSources, messages: Messages): CompletionEntry[] {
  if (!couldBeEarlierAnswer(typed)) return [];
  const replace = range(position, typed.length);
  const items: CompletionEntry[] = [];
  const seen = new Set<string>();
  for (const document of sources.index?.all() ?? []) {
    if (items.length >= MAX_ITEMS) break;
    if (!document.citation || document.uri === sources.uri || seen.has(document.citation)) continue;
    if (!earlierAnswerFits(typed, document.citation, document.askers ?? '')) continue;
    seen.add(document.citation);
    items.push({ label: document.citation, kind: CompletionKind.Reference, detail: document.subject, filterText: `${document.citation} ${document.subject ?? ''} ${document.askers ?? ''}`, documentation: { kind: 'markdown', value: describeIndexed(document, messages) }, sortText: `0${document.citation}`, textEdit: { range: replace, newText: `${document.citation}.` }, insertTextFormat: 1 });
  }
  const askersOf = (entry: RegisterEntry) => entry.indieners.map((i) => i.naam).join(' ');
  for (const entry of sources.register?.answered(MAX_ITEMS * 4, (e) => earlierAnswerFits(typed, e.aanhangsel!.citatie!, askersOf(e))) ?? []) {
    const citation = entry.aanhangsel!.citatie!;
    if (seen.has(citation)) continue;
    seen.add(citation);
    items.push({ label: citation, kind: CompletionKind.Reference, detail: entry.onderwerp, filterText: `${citation} ${entry.onderwerp} ${askersOf(entry)}`, documentation: { kind: 'markdown', value: describeEntry(entry, messages) }, sortText: `1${entry.zaaknummer}`, textEdit: { range: replace, newText: `${citation}.` }, insertTextFormat: 1 });
    if (items.length >= MAX_ITEMS) break;
  }
  return items;
}

function footnoteItems(parsed: ParsedDocument, digits: string, position: Position, messages: Messages): CompletionEntry[] {
  const replace = range(position, digits.length);
  const definitions = parsed.model.footnoteDefinitions.filter((d) => d.series === 'bracket');
  const used = parsed.model.footnoteMarkers.filter((m) => m.series === 'bracket').map((m) => m.number);
  const next = maxOf(used, maxOf(definitions.map((d) => d.number), 0)) + 1;
  const items: CompletionEntry[] = definitions.filter((d) => String(d.number).startsWith(digits)).map((d) => ({
    label: `${d.number}`, kind: CompletionKind.Reference, detail: d.text.slice(0, 80), sortText: `1${String(d.number).padStart(4, '0')}`, textEdit: { range: replace, newText: `${d.number}` }, insertTextFormat: 1,
  }));
  if (!String(next).startsWith(digits)) return items;
  // a new footnote's text goes at the end at once, as the README promises: "[2] <invullen>"
  const definition = definitionInsertion(parsed, 'bracket', next);
  items.unshift({ label: `${next}`, kind: CompletionKind.Value, detail: messages.newFootnote(), documentation: { kind: 'markdown', value: insertedText(`…[${next}]\n…\n${definition.newText.trim()}`) }, sortText: '0', textEdit: { range: replace, newText: `${next}` }, insertTextFormat: 1, additionalTextEdits: [definition] });
  return items;
}

/** Every context is recognised in this much text before the cursor: linear, however long the line. */
const CONTEXT_WINDOW = 200;

function textBefore(parsed: ParsedDocument, position: Position): { before: string; windowStart: number } {
  const windowStart = Math.max(0, position.character - CONTEXT_WINDOW);
  return { before: parsed.lines.lineText(position.line).slice(windowStart, position.character), windowStart };
}

/**
 * Whether completion here needs the register and the workspace index (zaaknummers, Ons kenmerk,
 * earlier answers); question numbers, ministries and footnotes need only the document, so a
 * suggestion triggered by a space never waits for the index to be built.
 */
export function completionNeedsSources(parsed: ParsedDocument, requested: Position): boolean {
  const position = parsed.lines.clamp(requested);
  const { before, windowStart } = textBefore(parsed, position);
  if (QUESTION_CONTEXT.test(before) || FOOTNOTE_CONTEXT.test(before)) return false;
  return (windowStart === 0 && ONS_KENMERK_CONTEXT.test(before)) || ZAAK_CONTEXT.test(before) || EARLIER_ANSWER_CONTEXT.test(before);
}

export function referenceCompletions(parsed: ParsedDocument, requested: Position, sources: CompletionSources, messages: Messages): CompletionEntry[] {
  const position = parsed.lines.clamp(requested);
  const { before, windowStart } = textBefore(parsed, position);
  let m: RegExpExecArray | null;
  if (windowStart === 0 && (m = ONS_KENMERK_CONTEXT.exec(before))) return onsKenmerkItems(m[1], position, sources, messages);
  if ((m = FOOTNOTE_CONTEXT.exec(before))) return footnoteItems(parsed, m[1], position, messages);
  if ((m = QUESTION_CONTEXT.exec(before))) return questionItems(parsed, m[1], position, messages);
  if ((m = ZAAK_CONTEXT.exec(before))) return zaakItems((m[1] ?? m[2]).replace(/\s/g, ''), position, sources, messages);
  if ((m = MINISTRY_CONTEXT.exec(before))) return ministryItems(m[1], position, messages);
  if ((m = EARLIER_ANSWER_CONTEXT.exec(before))) return earlierAnswerItems(m[0].startsWith('Aanhangsel') || m[0].startsWith('aanhangsel') ? m[0] : m[1], position, sources, messages);
  return [];
}

