import { TextDocuments, type TextDocumentContentChangeEvent } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
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
  private readonly editedLines = new Map<string, number | undefined>();
  readonly documents: TextDocuments<TextDocument>;

  constructor() {
    this.documents = new TextDocuments({
      create: TextDocument.create,
      update: (document, changes, version) => {
        this.editedLines.set(document.uri, editedLine(changes));
        return TextDocument.update(document, changes, version);
      },
    });
  }

  /** The one line the last change edited; undefined when it replaced lines, or split or joined them. */
  lastEditedLine(uri: string): number | undefined {
    return this.editedLines.get(uri);
  }

  closed(uri: string): void {
    this.editedLines.delete(uri);
  }

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


function editedLine(changes: TextDocumentContentChangeEvent[]): number | undefined {
  let line: number | undefined;
  for (const change of changes) {
    if (!('range' in change) || change.range.start.line !== change.range.end.line || /[\r\n]/.test(change.text)) return undefined;
    if (line !== undefined && line !== change.range.start.line) return undefined;
    line = change.range.start.line;
  }
  return line;
}
