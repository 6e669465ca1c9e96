import { parseDocument } from './parse/parseDocument';
import { questionsMetadata } from './metadata';
import { parseDutchDate, type CalendarDate } from './dates';

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

const RECEIVED = /\(ontvangen\s+(?:\(ontvangen\s+)?(\d{1,2}\s+\p{L}+\s+\d{4})\)/u;
const OWN_ID = /\bah-(tk|ek)-(\d{4})(\d{4})-(\d+)\b/;

export function indexDocument(uri: string, text: string): IndexedDocument {
  const { model, lines } = parseDocument(text);
  const meta = questionsMetadata(lines);
  const head = text.slice(0, 6000);
  const received = RECEIVED.exec(head.replace(/\s+/g, ' '));
  const own = OWN_ID.exec(text);
  return {
    uri,
    zaaknummer: meta.zaaknummer ?? model.letterFields.find((f) => f.label === 'Uw kenmerk')?.value.replace(/\s/g, ''),
    subject: meta.subject,
    askers: meta.askers,
    addressee: meta.addressee,
    sent: meta.sent,
    received: received ? parseDutchDate(received[1]) : undefined,
    citation: own ? `Aanhangsel Handelingen, vergaderjaar ${own[2]}-${own[3]}, nr. ${own[4]}` : undefined,
    onsKenmerk: model.letterFields.find((f) => f.label === 'Ons kenmerk')?.value,
    // the first 200 characters are enough for a completion detail, and keep a large index small
    questions: model.questionHeadings.flatMap((h) => h.numbers.map((number) => ({ number, text: h.text.slice(0, 200) }))),
  };
}

export class WorkspaceIndex {
  private readonly documents = new Map<string, IndexedDocument>();
  private readonly byZaaknummer = new Map<string, IndexedDocument>();

  update(uri: string, text: string): IndexedDocument {
    this.remove(uri);
    const indexed = indexDocument(uri, text);
    this.documents.set(uri, indexed);
    if (indexed.zaaknummer) this.byZaaknummer.set(indexed.zaaknummer, indexed);
    return indexed;
  }

  remove(uri: string): void {
    const old = this.documents.get(uri);
    if (old?.zaaknummer && this.byZaaknummer.get(old.zaaknummer) === old) this.byZaaknummer.delete(old.zaaknummer);
    this.documents.delete(uri);
  }

  get size(): number {
    return this.documents.size;
  }

  get(uri: string): IndexedDocument | undefined {
    return this.documents.get(uri);
  }

  all(): IndexedDocument[] {
    return [...this.documents.values()];
  }

  byZaak(zaaknummer: string): IndexedDocument | undefined {
    return this.byZaaknummer.get(zaaknummer.replace(/\s/g, ''));
  }

  byCitation(citation: string): IndexedDocument | undefined {
    return this.all().find((d) => d.citation === citation);
  }

  /** The Ons kenmerken used in the workspace, most used first. */
  onsKenmerken(): string[] {
    const counts = new Map<string, number>();
    for (const d of this.documents.values()) if (d.onsKenmerk) counts.set(d.onsKenmerk, (counts.get(d.onsKenmerk) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1]).map(([k]) => k);
  }
}
