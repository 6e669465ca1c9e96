import type { TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { parseDocument, type CalendarDate, type ParsedDocument } from '../service';

/** What the server gets from outside: the clock, the translations and its version. */
export interface ServerDeps {
  today(): CalendarDate;
  englishBundle(): Record<string, string> | undefined;
  version: string;
}

/** The open documents and their last parse, shared by the handlers. */
export class OpenDocuments {
  private readonly parses = new WeakMap<TextDocument, { version: number; parsed: ParsedDocument }>();

  constructor(readonly documents: TextDocuments<TextDocument>) {}

  get(uri: string): TextDocument | undefined {
    return this.documents.get(uri);
  }

  /** Keyed on the document object and its version: a second didOpen makes a new object. */
  parsed(document: TextDocument): ParsedDocument {
    const cached = this.parses.get(document);
    if (cached && cached.version === document.version) return cached.parsed;
    const parsed = parseDocument(document.getText());
    this.parses.set(document, { version: document.version, parsed });
    return parsed;
  }
}

