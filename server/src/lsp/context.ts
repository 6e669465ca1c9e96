import { TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { composeLineEdits, lineEditOfChanges, type CalendarDate, type LanguageService, type LineEdit, type ParsedDocument } from '../service';
import { isTooLargeDraft } from '../files';

/** What the server gets from outside: the clock, the translations and its version. */
export interface ServerDeps {
  today(): CalendarDate;
  englishBundle(): Record<string, string> | undefined;
  version: string;
}

/** The lines edited since a document's last parse; `broken` when a change could not be followed by line. */
interface EditsSinceParse {
  since: number;
  edit: LineEdit | undefined;
  broken: boolean;
}

/** The open documents and their last parse, shared by the handlers. */
export class OpenDocuments {
  private readonly parses = new WeakMap<TextDocument, { version: number; parsed: ParsedDocument; empty: boolean }>();
  private readonly edits = new WeakMap<TextDocument, EditsSinceParse>();
  private readonly editedLines = new Map<string, number | undefined>();
  readonly documents: TextDocuments<TextDocument>;

  /** `service` parses: reading a text is the same in every language. */
  constructor(private readonly service: Pick<LanguageService, 'parse'>) {
    this.documents = new TextDocuments({
      create: TextDocument.create,
      update: (document, changes, version) => {
        const edit = lineEditOfChanges(changes);
        // typing within one line: the calm-typing check waits for a pause on that line
        this.editedLines.set(document.uri, edit && edit.start === edit.oldEnd && edit.oldEnd === edit.newEnd ? edit.start : undefined);
        this.recordEdit(document, edit);
        return TextDocument.update(document, changes, version);
      },
    });
  }

  /** Keeps which lines changed since the last parse, so that the next one reads only those; undefined: the whole text changed. */
  private recordEdit(document: TextDocument, edit: LineEdit | undefined): void {
    const cached = this.parses.get(document);
    if (!cached) return;
    let edits = this.edits.get(document);
    if (!edits || edits.since !== cached.version) {
      edits = { since: cached.version, edit: undefined, broken: document.version !== cached.version };
      this.edits.set(document, edits);
    }
    if (!edit) edits.broken = true;
    else edits.edit = edits.edit ? composeLineEdits(edits.edit, edit) : edit;
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

  /** Whether a document is beyond what is checked (files.ts, MAX_DRAFT_BYTES): it is parsed as empty and its check says so. */
  tooLarge(document: TextDocument): boolean {
    return isTooLargeDraft(document.getText());
  }

  /**
   * Keyed on the document object and its version: a second didOpen makes a new object. A document
   * beyond the limit is parsed as an empty text, so that no request reads it, and the parse after
   * it reads the whole text again.
   */
  parsed(document: TextDocument): ParsedDocument {
    const cached = this.parses.get(document);
    if (cached && cached.version === document.version) return cached.parsed;
    const edits = this.edits.get(document);
    const previous = cached && !cached.empty && edits && edits.since === cached.version && !edits.broken && edits.edit ? { parsed: cached.parsed, edit: edits.edit } : undefined;
    const empty = this.tooLarge(document);
    const parsed = this.service.parse(empty ? '' : document.getText(), empty ? undefined : previous);
    this.parses.set(document, { version: document.version, parsed, empty });
    this.edits.delete(document);
    return parsed;
  }
}
