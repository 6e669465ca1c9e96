import { dirname } from 'path';
import type { Connection } from 'vscode-languageserver/node';
import { checkInputs, createLanguageService, mergeConfig, readConfigLayer, type CheckInputs, type Config, type ConfigLayer, type LanguageService, type Messages } from '../service';
import { configSearchRoot, describeConfigProblem, findConfigSync, type FoundConfig } from '../files';
import type { ServerDeps } from './context';
import type { Notices } from './notices';
import { pathOf, type WorkspaceFiles } from './workspaceFiles';

/** The editor's settings; `workspaceRegisters` are registers the workspace's own settings name. */
interface EditorLayer {
  layer: ConfigLayer;
  workspaceRegisters: string[];
}

function readEditorLayer(raw: unknown): EditorLayer {
  const named = (raw as { workspaceRegisters?: unknown } | null | undefined)?.workspaceRegisters;
  const workspaceRegisters = Array.isArray(named) ? named.filter((r): r is string => typeof r === 'string' && r.trim() !== '') : [];
  return { layer: readConfigLayer(raw), workspaceRegisters };
}

/**
 * The configuration of a document: the rules' defaults, the nearest kamervragen.json, then what the
 * editor's settings set (the VS Code client sends only values the drafter set, so the file is not
 * overridden by defaults). Every entry point asks `inputsFor(uri)`, so a file's problems never
 * depend on the path that published them.
 */
export class Settings {
  private readonly editorLayers = new Map<string, Promise<EditorLayer>>();
  private pushedLayer: EditorLayer = { layer: {}, workspaceRegisters: [] };
  private readonly configFiles = new Map<string, FoundConfig | undefined>();
  /** Registers the workspace named (not the user): each read must find them inside it still. */
  private readonly workspaceNamed = new Set<string>();
  /** Where the registers named lie (inside the workspace or not), until the settings change. */
  private readonly places = new Map<string, ReturnType<WorkspaceFiles['placeOf']>>();
  /** The language service in Dutch; parsing is the same in every language, so the open documents use it for that. */
  readonly dutch = createLanguageService();
  private english: LanguageService | undefined;
  canPull = false;
  displayLanguage = 'en';

  constructor(
    private readonly connection: Connection,
    private readonly files: WorkspaceFiles,
    private readonly notices: Notices,
    private readonly deps: ServerDeps,
  ) {}

  /** Settings changed (pulled again on next use) or were pushed (clients that cannot be asked). */
  changed(pushed?: unknown): void {
    this.editorLayers.clear();
    this.places.clear();
    if (!this.canPull) this.pushedLayer = readEditorLayer((pushed as { kamervragen?: unknown } | undefined)?.kamervragen);
  }

  /** A kamervragen.json was added, changed or removed. */
  configFilesChanged(): void {
    this.configFiles.clear();
    this.places.clear();
    this.notices.forget();
  }

  forget(uri: string): void {
    this.editorLayers.delete(uri);
  }

  private editorLayer(uri: string): Promise<EditorLayer> {
    if (!this.canPull) return Promise.resolve(this.pushedLayer);
    let layer = this.editorLayers.get(uri);
    if (!layer) {
      layer = this.connection.workspace
        .getConfiguration({ scopeUri: uri || undefined, section: 'kamervragen' })
        .then((raw) => readEditorLayer(raw), () => ({ layer: {}, workspaceRegisters: [] }));
      this.editorLayers.set(uri, layer);
    }
    return layer;
  }

  /**
   * Registers named by the workspace itself (its settings, its kamervragen.json) must lie inside a
   * workspace folder: a cloned repository cannot make the server read the user's other files. The
   * user's own settings may name any file. A register missing inside the workspace stays named
   * (it is read once it appears) and is reported as missing when the registers load.
   */
  private insideWorkspace(paths: string[], messages: Messages): string[] {
    const outside = new Set<string>();
    for (const path of paths) {
      this.workspaceNamed.add(path);
      if (!this.places.has(path)) this.places.set(path, this.files.placeOf(path));
      if (this.places.get(path) === 'outside') outside.add(path);
    }
    this.notices.warn('register-outside', [...outside], messages.registersOutsideWorkspace);
    return paths.filter((path) => !outside.has(path));
  }

  /** Whether a register may be read now: one the workspace named must still lie inside it (a link may have changed). */
  mayReadRegister(path: string, messages: Messages): boolean {
    if (!this.workspaceNamed.has(path) || this.files.placeOf(path) !== 'outside') return true;
    this.notices.warn('register-outside', [path], messages.registersOutsideWorkspace);
    return false;
  }

  /** The nearest kamervragen.json above the file, up to its workspace folder or repository root. */
  private configFile(uri: string): FoundConfig | undefined {
    const path = pathOf(uri);
    const folder = path ? dirname(path) : this.files.folders[0];
    if (!folder) return undefined;
    if (!this.configFiles.has(folder)) this.configFiles.set(folder, findConfigSync(folder, configSearchRoot(folder, { workspaceFolder: this.files.folderOf(folder) })));
    return this.configFiles.get(folder);
  }

  async configFor(uri: string): Promise<Config> {
    const { layer: editor, workspaceRegisters } = await this.editorLayer(uri);
    const found = this.configFile(uri);
    const file = found?.layer ?? {};
    // what is wrong in the settings is said in the language they choose
    const service = this.serviceOf(mergeConfig(file, editor));
    const { messages } = service;
    const first = found?.problems[0];
    if (found && first) this.notices.warn('config', [found.path], (file) => messages.configProblem(file, first.line, describeConfigProblem(first, service), found.problems.length - 1));
    const fileRegisters = file.registers && this.insideWorkspace(file.registers, messages);
    const editorRegisters = editor.registers || workspaceRegisters.length > 0
      ? [...(editor.registers ?? []).map((path) => this.files.resolve(path)), ...this.insideWorkspace(workspaceRegisters.map((path) => this.files.resolve(path)), messages)]
      : undefined;
    return mergeConfig({ ...file, registers: fileRegisters }, { ...editor, registers: editorRegisters });
  }

  /** The check's inputs for a file, and the service in its language; `isKnownZaak` only when the unknown-zaak check is on. */
  async inputsFor(uri: string, isKnownZaak: () => Promise<((zaak: string) => boolean) | undefined>): Promise<{ inputs: CheckInputs; service: LanguageService }> {
    const config = await this.configFor(uri);
    const known = (config.severity['unknown-zaak'] ?? 'off') !== 'off' ? await isKnownZaak() : undefined;
    return { inputs: checkInputs(config, this.deps.today(), known), service: this.serviceOf(config) };
  }

  /**
   * The language service in a configuration's language: Dutch unless the drafter chose English (or
   * "auto" with an English display). Each call is made on the service of its own file; nothing is switched.
   */
  serviceOf(config: Pick<Config, 'language'>): LanguageService {
    const language = config.language === 'auto' ? (this.displayLanguage.toLowerCase().startsWith('nl') ? 'nl' : 'en') : config.language;
    if (language === 'nl') return this.dutch;
    this.english ??= createLanguageService({ translation: this.deps.englishBundle() });
    return this.english;
  }

  /** The language service for a document: its folder's language (`''`: the workspace's first folder). */
  async serviceFor(uri: string): Promise<LanguageService> {
    return this.serviceOf(await this.configFor(uri));
  }
}
