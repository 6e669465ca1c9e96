import type { Connection, Diagnostic as LspDiagnostic } from 'vscode-languageserver/node';
import { MAX_DRAFT_MEGABYTES } from '../files';
import type { Diagnostic, ParsedDocument } from '../service';
import type { OpenDocuments } from './context';
import type { BackgroundWork, Check } from './backgroundWork';
import type { Knowledge } from './knowledge';
import type { Notices } from './notices';
import type { Settings } from './settings';

/**
 * Checks open documents and publishes their diagnostics. A change only schedules a check, which
 * runs once the current burst of edits has been applied: twenty queued keystrokes produce one
 * check, of the newest text, never of an older one.
 */
/** How long the writer's pause must be before a problem in the line being typed is shown. */
export const PAUSE_MS = 1000;

export class Validation {
  /** Per document: the check queued, which holds background work from now until it has published. */
  private readonly scheduled = new Map<string, { check: Check; run: NodeJS.Immediate }>();
  /** Per document: the line being typed and the check that waits for the writer's pause. */
  private readonly typing = new Map<string, { line: number; pause: NodeJS.Timeout | undefined }>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: OpenDocuments,
    private readonly settings: Settings,
    private readonly knowledge: Knowledge,
    private readonly background: BackgroundWork,
    private readonly notices: Notices,
  ) {}

  schedule(uri: string): void {
    if (this.scheduled.has(uri)) return;
    const check = this.background.begin();
    const run = setImmediate(() => {
      this.scheduled.delete(uri);
      this.notices.detach(() => this.validate(uri, check).finally(() => check.end()), uri);
    });
    this.scheduled.set(uri, { check, run });
  }

  /**
   * An edit, checked as a prose checker does: typing on within one line waits for a pause, so no
   * intermediate state of a heading ("Antwoord o") is ever shown; the first edit of a line, or one
   * that splits or joins lines, is checked at once, as are problems elsewhere.
   */
  edited(uri: string, line: number | undefined): void {
    const typing = this.typing.get(uri);
    if (typing?.pause) clearTimeout(typing.pause);
    if (line !== undefined && typing?.line === line) {
      typing.pause = setTimeout(() => {
        typing.pause = undefined;
        this.schedule(uri);
      }, PAUSE_MS);
      return;
    }
    if (line === undefined) this.typing.delete(uri);
    else this.typing.set(uri, { line, pause: undefined });
    this.schedule(uri);
  }

  scheduleAll(): void {
    this.documents.documents.all().forEach((document) => this.schedule(document.uri));
  }

  /**
   * The diagnostics of a text under a file's settings: the same for every entry point. Run as
   * `check` (a scheduled check), or else as a check of its own, which ends when this returns.
   */
  async diagnosticsFor(uri: string, parse: () => ParsedDocument, check?: Check): Promise<Diagnostic[]> {
    if (!check) return this.background.checking((own) => this.diagnosticsFor(uri, parse, own));
    // a check that waits for the register or the index is not in their way meanwhile
    const { inputs, service } = await this.settings.inputsFor(uri, () => check.stepAside(() => this.knowledge.isKnownZaak()));
    return service.check(parse(), inputs);
  }

  /** What is published for a draft beyond what is checked (files.ts, MAX_DRAFT_BYTES): that it is not checked. */
  async tooLargeDiagnostics(uri: string): Promise<LspDiagnostic[]> {
    const { messages } = await this.settings.serviceFor(uri);
    return [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: 2, source: 'kamervragen', message: messages.draftTooLarge(MAX_DRAFT_MEGABYTES) }];
  }

  private async validate(uri: string, check: Check): Promise<void> {
    const document = this.documents.get(uri);
    if (!document) return;
    try {
      const version = document.version;
      const diagnostics = this.documents.tooLarge(document) ? await this.tooLargeDiagnostics(uri) : await this.diagnosticsFor(uri, () => this.documents.parsed(document), check);
      // edited while the settings or the index were awaited: check the newer text instead
      if (this.documents.get(uri) !== document || document.version !== version) return this.schedule(uri);
      await this.connection.sendDiagnostics({ uri, version, diagnostics });
    } catch (error) {
      this.notices.log(uri, error);
    }
  }

  closed(uri: string): void {
    const pending = this.scheduled.get(uri);
    if (pending) {
      clearImmediate(pending.run);
      pending.check.end();
    }
    this.scheduled.delete(uri);
    const typing = this.typing.get(uri);
    if (typing?.pause) clearTimeout(typing.pause);
    this.typing.delete(uri);
    this.notices.detach(() => this.connection.sendDiagnostics({ uri, diagnostics: [] }), uri);
  }
}
