import type { Connection } from 'vscode-languageserver/node';
import { Register, type RegisterRows, type CalendarDate, type CompletionSources, type Config, type LanguageService, type WorkspaceIndex } from '../service';
import { describeReadError, readTextFile } from '../files';
import type { BackgroundWork } from './backgroundWork';
import type { OpenDocuments } from './context';
import { pathOf, type WorkspaceFiles } from './workspaceFiles';

/**
 * What completion, hover and navigation know besides the document: the registers named in the
 * settings and the index of the workspace's other drafts. File events and register loads run in
 * order; requests that need the result wait for them.
 */
export class Knowledge {
  readonly register = new Register();
  private registerPaths: string[] = [];
  /** The service that reads the registers, in the language their problems are told in: the workspace's, as of the last load. */
  private registerReader: LanguageService | undefined;
  private index: Promise<WorkspaceIndex> | undefined;
  private pending: Promise<void> = Promise.resolve();

  constructor(
    private readonly connection: Connection,
    private readonly files: WorkspaceFiles,
    private readonly documents: OpenDocuments,
    private readonly background: BackgroundWork,
  ) {}

  /** Queues work after the file events and loads before it. */
  after(work: () => Promise<void>): void {
    this.pending = this.pending.then(work).catch((error) => this.connection.console.error(`kamervragen: ${error instanceof Error ? error.stack : String(error)}`));
  }

  /** Built on first use, then kept up to date file by file from the client's file events. */
  workspaceIndex(): Promise<WorkspaceIndex> {
    this.index ??= this.files.buildIndex((uri) => this.documents.get(uri)?.getText(), () => this.background.pause());
    return this.index;
  }

  /** Starts building the index once the work queued before it is done. */
  prepareIndex(): void {
    this.after(async () => {
      void this.workspaceIndex();
    });
  }

  /** The folders changed: the next request rebuilds the index. */
  forgetIndex(): void {
    this.index = undefined;
  }

  async sourcesFor(uri: string, config: Config, today: CalendarDate): Promise<CompletionSources> {
    await this.pending;
    return { register: this.register, index: await this.workspaceIndex(), uri, today, onsKenmerkPreset: config.onsKenmerkPreset, onsKenmerkPattern: config.onsKenmerkPattern };
  }

  async isKnownZaak(): Promise<(zaak: string) => boolean> {
    await this.pending;
    const index = await this.workspaceIndex();
    return (zaak) => index.byZaak(zaak) !== undefined || this.register.get(zaak) !== undefined;
  }

  /** Loads the registers a configuration names (once per change of the list); a bad one is reported once, in `service`'s language. */
  loadRegisters(config: Config, service: LanguageService): void {
    this.registerReader = service;
    const paths = config.registers;
    if (paths.length === this.registerPaths.length && paths.every((path, i) => path === this.registerPaths[i])) return;
    this.after(() => this.readRegisters(paths, service));
  }

  private async readRegisters(paths: string[], service: LanguageService): Promise<void> {
    const { messages } = service;
    this.registerPaths = paths;
    const tables: RegisterRows[] = [];
    const unreadable: Array<{ path: string; reason: string }> = [];
    for (const path of paths) {
      try {
        const loaded = await service.readRegisterPausing(await readTextFile(path), path, () => this.background.pause());
        tables.push(loaded.entries);
        if (loaded.problems.length > 0) {
          const first = loaded.problems[0];
          void this.connection.window.showWarningMessage(messages.registerProblem(first.file, first.line, first.message, loaded.problemLines - 1));
        }
      } catch (error) {
        unreadable.push({ path, reason: describeReadError(error, messages) });
      }
    }
    // One warning for all unreadable registers: a thousand missing paths are one problem.
    if (unreadable.length > 0) void this.connection.window.showWarningMessage(messages.registersUnreadable(unreadable[0].path, unreadable[0].reason, unreadable.length - 1));
    await this.register.replacePausing(tables, () => this.background.pause());
  }

  /** The client's file events: drafts update the index, a changed register is read again. */
  fileChanges(changes: Array<{ uri: string; type: number }>): void {
    this.after(async () => {
      let registersChanged = false;
      for (const change of changes) {
        const path = pathOf(change.uri);
        if (path && this.registerPaths.includes(path)) registersChanged = true;
        if (!this.index || !this.files.isDraft(change.uri)) continue;
        const built = await this.index;
        if (change.type === 3 /* Deleted */) built.remove(change.uri);
        else {
          const text = this.documents.get(change.uri)?.getText() ?? (await this.files.read(change.uri));
          if (text !== undefined) built.update(change.uri, text);
        }
      }
      if (registersChanged && this.registerReader) await this.readRegisters(this.registerPaths, this.registerReader);
    });
  }

  /** A saved draft updates the index at once. */
  saved(uri: string, text: string): void {
    if (this.index && this.files.isDraft(uri)) void this.index.then((built) => built.update(uri, text));
  }
}
