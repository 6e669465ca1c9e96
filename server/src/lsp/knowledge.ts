import { Register, type RegisterRows, type CalendarDate, type CompletionSources, type Config, type LanguageService, type Messages, type WorkspaceIndex } from '../service';
import { describeReadError, isTooLargeDraft, readTextFile } from '../files';
import type { BackgroundWork } from './backgroundWork';
import type { OpenDocuments } from './context';
import type { Notices } from './notices';
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
    private readonly files: WorkspaceFiles,
    private readonly documents: OpenDocuments,
    private readonly background: BackgroundWork,
    private readonly notices: Notices,
    /** Whether a register may be read now (one the workspace named must still lie inside it). */
    private readonly mayRead: (path: string, messages: Messages) => boolean,
  ) {}

  /** Queues work after the file events and loads before it. */
  after(work: () => Promise<void>): void {
    this.pending = this.pending.then(work).catch((error) => this.notices.log('registers and index', error));
  }

  /** Built on first use, then kept up to date file by file from the client's file events. */
  workspaceIndex(): Promise<WorkspaceIndex> {
    this.index ??= this.files.buildIndex((uri) => this.documents.get(uri)?.getText(), () => this.background.pause());
    return this.index;
  }

  /** Starts building the index once the work queued before it is done. */
  prepareIndex(): void {
    this.after(async () => {
      this.notices.detach(() => this.workspaceIndex(), 'indexing the workspace');
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

  /** The sources, with the register's search prepared (the first time, in slices between the checks of what is typed). */
  async searchSourcesFor(uri: string, config: Config, today: CalendarDate): Promise<CompletionSources> {
    const sources = await this.sourcesFor(uri, config, today);
    await this.register.prepareSearch(() => this.background.pause());
    return sources;
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
    const malformed: Array<{ file: string; problem: string }> = [];
    const missing: string[] = [];
    const unreadable = new Map<string, string>();
    for (const path of paths) {
      if (!this.mayRead(path, messages)) continue;
      try {
        const loaded = await service.readRegisterPausing(await readTextFile(path), path, () => this.background.pause());
        tables.push(loaded.entries);
        const [first] = loaded.problems;
        if (first) malformed.push({ file: first.file, problem: messages.registerProblem(first.file, first.line, first.message, loaded.problemLines - 1) });
      } catch (error) {
        const code = (error as NodeJS.ErrnoException | undefined)?.code;
        if (code === 'ENOENT' || code === 'ENOTDIR') missing.push(path);
        else unreadable.set(path, describeReadError(error, messages));
      }
    }
    // one message per cause, naming the first file: a thousand missing paths are one problem
    this.notices.warn('register-problem', malformed.map((m) => m.file), (file, more) => {
      const problem = malformed.find((m) => m.file === file)!.problem;
      return more > 0 ? `${problem} ${messages.moreRegistersWithProblems(more)}` : problem;
    });
    this.notices.warn('register-missing', missing, messages.registersMissing);
    this.notices.warn('register-unreadable', [...unreadable.keys()], (file, more) => messages.registersUnreadable(file, unreadable.get(file)!, more));
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
          if (typeof text === 'string' && !isTooLargeDraft(text)) built.update(change.uri, text);
          else built.remove(change.uri);
        }
      }
      if (registersChanged && this.registerReader) await this.readRegisters(this.registerPaths, this.registerReader);
    });
  }

  /** A saved draft updates the index at once. */
  saved(uri: string, text: string): void {
    const index = this.index;
    if (index && this.files.isDraft(uri)) this.notices.detach(() => index.then((built) => (isTooLargeDraft(text) ? built.remove(uri) : built.update(uri, text))), 'indexing a saved draft');
  }
}
