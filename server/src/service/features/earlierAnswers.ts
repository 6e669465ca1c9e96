import type { Register } from '../lookup/register';
import type { RegisterEntry } from '../lookup/registerEntry';
import type { IndexedDocument, WorkspaceIndex } from '../lookup/workspaceIndex';
import { compareMatches, scoreText, searchTerms, searchText } from '../lookup/search';
import { formatDutchDate, type CalendarDate } from '../dates';
import type { Messages } from '../messages';

/**
 * "Eerder antwoord zoeken": the earlier questions of the registers and of the workspace's other
 * drafts that match the words typed, best first: the most words found, then how well (a whole
 * word of the subject counts more than part of one, the zaaknummer most), then the newest. Each
 * comes as a quick pick shows it, with the citation that picking it inserts.
 */
export interface EarlierAnswer {
  /** The subject, or the zaaknummer when there is none. */
  label: string;
  /** The zaaknummer and the date answered, or else sent. */
  description: string;
  /** The askers, and the citation or that there is none yet; for a draft, its file. */
  detail: string;
  /**
   * What picking it inserts, in the form drafts cite it: "Aanhangsel Handelingen, vergaderjaar
   * 2023-2024, nr. 402" once it is printed there, the zaaknummer before.
   */
  insertText: string;
  /** The draft of the workspace that holds it. */
  uri?: string;
}

export interface EarlierAnswerSources {
  register?: Register;
  index?: WorkspaceIndex;
  /** The draft being written: never its own earlier answer. */
  uri?: string;
}

export const EARLIER_ANSWERS_SHOWN = 50;

interface Match {
  matched: number;
  score: number;
  date: string;
  zaaknummer: string;
  answer: EarlierAnswer;
}

export function searchEarlierAnswers(query: string, sources: EarlierAnswerSources, messages: Messages, limit = EARLIER_ANSWERS_SHOWN): EarlierAnswer[] {
  const terms = searchTerms(query);
  const matches: Match[] = [];
  const seen = new Set<string>();
  for (const document of sources.index?.all() ?? []) {
    if (document.uri === sources.uri || (!document.zaaknummer && !document.citation)) continue;
    const found = terms.length === 0 ? { matched: 0, score: 0 } : scoreText(searchText(document.subject, document.askers, document.zaaknummer, document.citation), terms);
    if (terms.length > 0 && found.matched === 0) continue;
    if (document.zaaknummer) seen.add(document.zaaknummer);
    const date = document.received ?? document.sent;
    matches.push({ ...found, date: date ? isoOf(date) : '', zaaknummer: document.zaaknummer ?? '', answer: fromDraft(document, messages) });
  }
  const fromRegister = terms.length === 0 ? (sources.register?.withPrefix('', limit) ?? []).map((entry) => ({ entry, matched: 0, score: 0 })) : (sources.register?.search(terms, limit + seen.size) ?? []);
  for (const { entry, matched, score } of fromRegister) {
    if (seen.has(entry.zaaknummer)) continue; // the workspace's draft stands for it
    matches.push({ matched, score, date: entry.beantwoord ?? entry.ingezonden ?? '', zaaknummer: entry.zaaknummer, answer: fromRegisterEntry(entry, messages) });
  }
  return matches.sort(compareMatches).slice(0, limit).map((match) => match.answer);
}

const isoOf = (date: CalendarDate) => `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;

function dutchDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return formatDutchDate({ year, month, day });
}

function fromRegisterEntry(entry: RegisterEntry, messages: Messages): EarlierAnswer {
  const citation = entry.aanhangsel?.citatie;
  const askers = entry.indieners.map((i) => (i.partij ? `${i.naam} (${i.partij})` : i.naam)).join(', ');
  const when = entry.beantwoord ? messages.earlierAnswer.answered(dutchDate(entry.beantwoord)) : entry.ingezonden ? messages.earlierAnswer.sent(dutchDate(entry.ingezonden)) : '';
  // not answered yet: that the answer was postponed, and when, tells the drafter where it stands
  const postponed = !entry.beantwoord && entry.uitgesteld ? messages.earlierAnswer.postponed(dutchDate(entry.uitgesteld)) : '';
  return {
    label: entry.onderwerp || entry.zaaknummer,
    description: [entry.zaaknummer, when, postponed].filter(Boolean).join(' · '),
    detail: [askers, citation ?? messages.earlierAnswer.notYetAnswered()].filter(Boolean).join(' · '),
    insertText: citation ?? entry.zaaknummer,
  };
}

function fromDraft(document: IndexedDocument, messages: Messages): EarlierAnswer {
  const when = document.received ? messages.earlierAnswer.answered(formatDutchDate(document.received)) : document.sent ? messages.earlierAnswer.sent(formatDutchDate(document.sent)) : '';
  return {
    label: document.subject || document.zaaknummer || document.citation!,
    description: [document.zaaknummer, when].filter(Boolean).join(' · '),
    detail: [document.askers, document.citation, messages.earlierAnswer.draft(decodeURIComponent(document.uri.split('/').pop() ?? document.uri))].filter(Boolean).join(' · '),
    insertText: document.citation ?? document.zaaknummer!,
    uri: document.uri,
  };
}
