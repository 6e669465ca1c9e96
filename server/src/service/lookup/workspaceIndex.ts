import { readLetterAndQuestions } from '../parse/parseDocument';
import { normalizeZaaknummer } from '../parse/letter';
import { citationKey } from './search';
import type { CalendarDate } from '../dates';

/**
 * What the other answer documents of the workspace say about themselves, for completion, hover
 * and navigation. Pure: the server feeds it file texts and tells it what changed.
 */
export interface IndexedDocument {
  uri: string;
  zaaknummer?: string;
  subject?: string;
  askers?: string;
  addressee?: string;
  sent?: CalendarDate;
  received?: CalendarDate;
  /** Its own citation once published ("Aanhangsel Handelingen, vergaderjaar 2023-2024, nr. 2367"). */
  citation?: string;
  onsKenmerk?: string;
  questions: Array<{ number: number; text: string }>;
}

/**
 * A text of its own. A part cut from a draft's text may be stored by V8 as a view of the whole
 * text, which would then stay in memory with the index: 2,000 drafts' texts for a few words each.
 */
function ownCopy<T extends string | undefined>(text: T): T {
  return (text === undefined ? undefined : JSON.parse(JSON.stringify(text))) as T;
}

export function indexDocument(uri: string, text: string): IndexedDocument {
  // only the letter and the questions: a third of the work of a whole parse, for 2,000 drafts at a time
  const { letter, questionHeadings } = readLetterAndQuestions(text);
  return {
    uri,
    zaaknummer: ownCopy(letter.zaaknummer),
    subject: ownCopy(letter.subject),
    askers: ownCopy(letter.askers),
    addressee: ownCopy(letter.addressee),
    sent: letter.sent?.date,
    received: letter.received?.date,
    citation: ownCopy(letter.citation),
    onsKenmerk: ownCopy(letter.onsKenmerk?.value),
    // the first 200 characters are enough for a completion detail, and keep a large index small
    questions: questionHeadings.flatMap((h) => h.numbers.map((number) => ({ number, text: ownCopy(h.text.slice(0, 200)) }))),
  };
}

export class WorkspaceIndex {
  private readonly documents = new Map<string, IndexedDocument>();
  /** Several drafts may share a zaaknummer (a draft and its published version): each is kept. */
  private readonly byZaaknummer = new Map<string, Set<IndexedDocument>>();

  update(uri: string, text: string): IndexedDocument {
    this.remove(uri);
    const indexed = indexDocument(uri, text);
    this.documents.set(uri, indexed);
    if (indexed.zaaknummer) {
      const holders = this.byZaaknummer.get(indexed.zaaknummer) ?? new Set();
      holders.add(indexed);
      this.byZaaknummer.set(indexed.zaaknummer, holders);
    }
    return indexed;
  }

  remove(uri: string): void {
    const old = this.documents.get(uri);
    if (!old) return;
    this.documents.delete(uri);
    const holders = old.zaaknummer ? this.byZaaknummer.get(old.zaaknummer) : undefined;
    holders?.delete(old);
    if (holders?.size === 0) this.byZaaknummer.delete(old.zaaknummer!);
  }

  get size(): number {
    return this.documents.size;
  }

  get(uri: string): IndexedDocument | undefined {
    return this.documents.get(uri);
  }

  all(): IterableIterator<IndexedDocument> {
    return this.documents.values();
  }

  byZaak(zaaknummer: string): IndexedDocument | undefined {
    const holders = this.byZaaknummer.get(normalizeZaaknummer(zaaknummer));
    return holders?.values().next().value;
  }

  /** The draft whose own citation this is, however it is written (or its id, ah-tk-...). */
  byCitation(citation: string): IndexedDocument | undefined {
    const key = citationKey(citation);
    if (key === undefined) return undefined;
    for (const document of this.documents.values()) if (document.citation && citationKey(document.citation) === key) return document;
    return undefined;
  }

  /** The Ons kenmerken used in the workspace, most used first. */
  onsKenmerken(): string[] {
    const counts = new Map<string, number>();
    for (const d of this.documents.values()) if (d.onsKenmerk) counts.set(d.onsKenmerk, (counts.get(d.onsKenmerk) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1]).map(([k]) => k);
  }
}
