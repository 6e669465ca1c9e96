import { readFileSync } from 'fs';
import { readFile } from 'fs/promises';
import { join } from 'path';
import { fileURLToPath } from 'url';
import {
  CodeActionKind,
  createConnection,
  ErrorCodes,
  ResponseError,
  DidChangeConfigurationNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  checkDocument,
  DIAGNOSTIC_CODES,
  documentStatus,
  documentSymbols,
  definitionRanges,
  FIX_ALL_KIND,
  foldingSections,
  hoverText,
  occurrences,
  prepareRename,
  renameEdits,
  targetAt,
  mededelingSnippet,
  parseDocument,
  quickFixes,
  renumberFootnotesFix,
  SEVERITY_SETTINGS,
  snippetCompletions,
  type CheckSettings,
  type Fix,
  type ParsedDocument,
  type SeveritySetting,
  useTranslation,
  messages,
  describeKenmerk,
  parseRegister,
  referenceCompletions,
  Register,
  WorkspaceIndex,
  type CompletionSources,
} from './service';
import { WorkspaceFiles } from './workspaceFiles';

/**
 * The language server: a thin adapter that feeds documents to the language service and sends
 * back what it finds. It holds no logic of its own beyond caching and scheduling.
 */

interface ServerSettings extends CheckSettings {
  run: 'onType' | 'onSave';
  language: 'nl' | 'en' | 'auto';
  registers: string[];
  onsKenmerkPreset?: string;
  onsKenmerkPattern?: string;
}

const DEFAULT_SETTINGS: ServerSettings = { run: 'onType', language: 'nl', severity: {}, registers: [] };
let displayLanguage = 'en';
let activeLanguage: 'nl' | 'en' = 'nl';

/** Messages are Dutch unless the drafter chose English (or "auto" with an English display). */
function applyLanguage(setting: ServerSettings['language']): void {
  const wanted = setting === 'auto' ? (displayLanguage.toLowerCase().startsWith('nl') ? 'nl' : 'en') : setting;
  if (wanted === activeLanguage) return;
  activeLanguage = wanted;
  useTranslation(wanted === 'en' ? englishBundle() : undefined);
}

function englishBundle(): Record<string, string> | undefined {
  try {
    return JSON.parse(readFileSync(join(__dirname, '..', 'l10n', 'bundle.l10n.en.json'), 'utf8')) as Record<string, string>;
  } catch {
    return undefined;
  }
}

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
/** KAMERVRAGEN_TODAY=2026-02-10 fixes the date the deadline is counted to (reproducible tests). */
const fixedToday = (() => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(process.env.KAMERVRAGEN_TODAY ?? '');
  return match ? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) } : undefined;
})();
let canPullConfiguration = false;
let canWatchFolders = false;
const settingsByUri = new Map<string, Promise<ServerSettings>>();
/** The last parse of each open document, by version, so outline and folding reuse it. */
const parsedByUri = new Map<string, { version: number; parsed: ParsedDocument }>();
const scheduled = new Map<string, NodeJS.Immediate>();

connection.onInitialize((params: InitializeParams): InitializeResult => {
  canPullConfiguration = params.capabilities.workspace?.configuration === true;
  canWatchFolders = params.capabilities.workspace?.workspaceFolders === true;
  const options = params.initializationOptions as { displayLanguage?: unknown; draftExtensions?: unknown } | undefined;
  if (typeof options?.displayLanguage === 'string') displayLanguage = options.displayLanguage;
  else if (params.locale) displayLanguage = params.locale;
  const extensions = Array.isArray(options?.draftExtensions) ? options.draftExtensions.filter((e): e is string => typeof e === 'string') : [];
  workspaceFiles.configure(
    params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []),
    ['.kamervragen', ...extensions],
  );
  return {
    capabilities: {
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      documentSymbolProvider: true,
      foldingRangeProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
      completionProvider: { resolveProvider: false, triggerCharacters: ['['] },
      hoverProvider: true,
      definitionProvider: true,
      referencesProvider: true,
      documentHighlightProvider: true,
      renameProvider: { prepareProvider: true },
    },
    serverInfo: { name: 'kamervragen-language-server', version: '0.1.0' },
  };
});

connection.onInitialized(() => {
  if (canPullConfiguration) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: 'kamervragen' });
  }
  afterPending(loadRegisters);
  if (canWatchFolders) {
    connection.workspace.onDidChangeWorkspaceFolders(() =>
      afterPending(async () => {
        // a folder added or removed: the next request rebuilds the index over the new set
        const folders = (await connection.workspace.getWorkspaceFolders()) ?? [];
        workspaceFiles.configure(folders.map((folder) => folder.uri), workspaceFiles.draftExtensions);
        index = undefined;
      }),
    );
  }
});

// ---- Workspace index and registers: what completion, hover and navigation know besides the document.

const workspaceFiles = new WorkspaceFiles();
const register = new Register();
let registerPaths: string[] = [];
let index: Promise<WorkspaceIndex> | undefined;

/** Built on first use, then kept up to date file by file from the client's file events. */
function workspaceIndex(): Promise<WorkspaceIndex> {
  index ??= workspaceFiles.buildIndex((uri) => documents.get(uri)?.getText());
  return index;
}

/** File events and register loads, in order; requests wait for them so they see the result. */
let pendingUpdates: Promise<void> = Promise.resolve();
function afterPending(work: () => Promise<void>): void {
  pendingUpdates = pendingUpdates.then(work).catch((error) => connection.console.error(`kamervragen: ${error instanceof Error ? error.stack : String(error)}`));
}

async function sourcesFor(uri: string): Promise<CompletionSources> {
  await pendingUpdates;
  const settings = await settingsFor(uri);
  return { register, index: await workspaceIndex(), uri, onsKenmerkPreset: settings.onsKenmerkPreset, onsKenmerkPattern: settings.onsKenmerkPattern };
}

/** Loads the registers named in the settings; a malformed one is reported once and skipped. */
async function loadRegisters(): Promise<void> {
  const settings = await settingsFor('');
  registerPaths = settings.registers.map((path) => workspaceFiles.resolve(path));
  const entries = [];
  for (const path of registerPaths) {
    try {
      const loaded = parseRegister(await readFile(path, 'utf8'), path);
      entries.push(...loaded.entries);
      if (loaded.problems.length > 0) {
        const first = loaded.problems[0];
        const more = loaded.problems.length > 1 ? ` (en ${loaded.problems.length - 1} andere regels)` : '';
        void connection.window.showWarningMessage(`Kamervragen-register ${first.file}, regel ${first.line}: ${first.message}${more}. De rest van het register wordt gebruikt.`);
      }
    } catch (error) {
      void connection.window.showWarningMessage(`Kamervragen-register ${path} kan niet worden gelezen: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  register.replace(entries);
}

connection.onDidChangeWatchedFiles((params) => afterPending(() => applyFileChanges(params.changes)));

async function applyFileChanges(changes: Array<{ uri: string; type: number }>): Promise<void> {
  let registersChanged = false;
  for (const change of changes) {
    const path = workspaceFiles.pathOf(change.uri);
    if (path && registerPaths.includes(path)) registersChanged = true;
    if (!index || !workspaceFiles.isDraft(change.uri)) continue;
    const built = await index;
    if (change.type === 3 /* Deleted */) built.remove(change.uri);
    else {
      const text = documents.get(change.uri)?.getText() ?? (await workspaceFiles.read(change.uri));
      if (text !== undefined) built.update(change.uri, text);
    }
  }
  if (registersChanged) await loadRegisters();
}

/** Accepts only known values from the editor's settings; anything else keeps the default. */
function sanitizeSettings(raw: unknown): ServerSettings {
  const settings: ServerSettings = { run: 'onType', language: 'nl', severity: {}, registers: [] };
  if (typeof raw !== 'object' || raw === null) return settings;
  const record = raw as Record<string, unknown>;
  if (Array.isArray(record.registers)) settings.registers = record.registers.filter((r): r is string => typeof r === 'string' && r.trim() !== '');
  const onsKenmerk = record.onsKenmerk as { preset?: unknown; pattern?: unknown } | undefined;
  if (typeof onsKenmerk?.preset === 'string' && onsKenmerk.preset) settings.onsKenmerkPreset = onsKenmerk.preset;
  if (typeof onsKenmerk?.pattern === 'string' && onsKenmerk.pattern) settings.onsKenmerkPattern = onsKenmerk.pattern;
  if (record.run === 'onSave') settings.run = 'onSave';
  if (record.language === 'en' || record.language === 'auto') settings.language = record.language;
  const severity = record.severity;
  if (typeof severity === 'object' && severity !== null) {
    for (const code of DIAGNOSTIC_CODES) {
      const value = (severity as Record<string, unknown>)[code];
      if (SEVERITY_SETTINGS.includes(value as SeveritySetting)) settings.severity![code] = value as SeveritySetting;
    }
  }
  return settings;
}

function settingsFor(uri: string): Promise<ServerSettings> {
  if (!canPullConfiguration) return Promise.resolve(globalSettings);
  let settings = settingsByUri.get(uri);
  if (!settings) {
    settings = connection.workspace
      .getConfiguration({ scopeUri: uri || undefined, section: 'kamervragen' })
      .then(sanitizeSettings, () => DEFAULT_SETTINGS);
    settingsByUri.set(uri, settings);
  }
  return settings;
}

let globalSettings: ServerSettings = DEFAULT_SETTINGS;

connection.onDidChangeConfiguration((change) => {
  if (canPullConfiguration) settingsByUri.clear();
  else globalSettings = sanitizeSettings((change.settings as Record<string, unknown> | undefined)?.kamervragen);
  documents.all().forEach((document) => schedule(document.uri));
  afterPending(loadRegisters);
});

function parsed(document: TextDocument): ParsedDocument {
  const cached = parsedByUri.get(document.uri);
  if (cached && cached.version === document.version) return cached.parsed;
  const fresh = parseDocument(document.getText());
  parsedByUri.set(document.uri, { version: document.version, parsed: fresh });
  return fresh;
}

/**
 * Validation runs once the current burst of edits has been applied: a change only schedules it,
 * so twenty queued keystrokes produce one check, of the newest text, never of an older one.
 */
function schedule(uri: string): void {
  if (scheduled.has(uri)) return;
  scheduled.set(
    uri,
    setImmediate(() => {
      scheduled.delete(uri);
      void validate(uri);
    }),
  );
}

async function validate(uri: string): Promise<void> {
  const document = documents.get(uri);
  if (!document) return;
  try {
    const settings = await settingsFor(uri);
    const current = documents.get(uri);
    if (!current || current.version !== document.version) return schedule(uri);
    applyLanguage(settings.language);
    const checkZaken = (settings.severity?.['unknown-zaak'] ?? 'off') !== 'off';
    const sources = checkZaken ? await sourcesFor(uri) : undefined;
    const isKnownZaak = sources && ((zaak: string) => sources.index?.byZaak(zaak) !== undefined || sources.register?.get(zaak) !== undefined);
    if (documents.get(uri)?.version !== current.version) return schedule(uri);
    const diagnostics = checkDocument(parsed(current), settings, { isKnownZaak, today: fixedToday });
    await connection.sendDiagnostics({ uri, version: current.version, diagnostics });
  } catch (error) {
    connection.console.error(`kamervragen: controle van ${uri} mislukt: ${error instanceof Error ? error.stack : String(error)}`);
  }
}

documents.onDidOpen((event) => schedule(event.document.uri));
documents.onDidChangeContent(async (event) => {
  const settings = await settingsFor(event.document.uri);
  if (settings.run === 'onType') schedule(event.document.uri);
});
documents.onDidSave((event) => {
  schedule(event.document.uri);
  if (index && workspaceFiles.isDraft(event.document.uri)) void index.then((built) => built.update(event.document.uri, event.document.getText()));
});
documents.onDidClose((event) => {
  parsedByUri.delete(event.document.uri);
  settingsByUri.delete(event.document.uri);
  void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
});

connection.onDocumentSymbol((params) => {
  const document = documents.get(params.textDocument.uri);
  return document ? documentSymbols(parsed(document).model) : [];
});

connection.onFoldingRanges((params) => {
  const document = documents.get(params.textDocument.uri);
  return document ? foldingSections(parsed(document).model) : [];
});

function toCodeAction(uri: string, fix: Fix, diagnostics?: CodeAction['diagnostics']): CodeAction {
  return { title: fix.title, kind: fix.kind, isPreferred: fix.isPreferred, diagnostics, edit: { changes: { [uri]: fix.edits } } };
}

connection.onCodeAction((params) => {
  const document = documents.get(params.textDocument.uri);
  if (!document) return [];
  const current = parsed(document);
  const actions: CodeAction[] = [];
  const only = params.context.only;
  if (!only || only.some((kind) => kind === CodeActionKind.QuickFix || CodeActionKind.QuickFix.startsWith(kind))) {
    const seen = new Set<string>();
    for (const diagnostic of params.context.diagnostics) {
      if (diagnostic.source !== 'kamervragen') continue;
      if (diagnostic.code === 'deadline' && (diagnostic.data as { kind?: string } | undefined)?.kind === 'deadline') {
        const title = messages.insertMededeling();
        actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: { title, command: 'kamervragen.insertMededeling', arguments: [{ uri: document.uri, atEnd: true }] } });
      }
      for (const fix of quickFixes(current, diagnostic)) {
        if (seen.has(fix.title)) continue; // one "renumber" for all footnote diagnostics
        seen.add(fix.title);
        actions.push(toCodeAction(document.uri, fix, [diagnostic]));
      }
    }
  }
  if (only?.some((kind) => FIX_ALL_KIND.startsWith(kind) && kind !== CodeActionKind.Empty)) {
    const fixAll = renumberFootnotesFix(current, FIX_ALL_KIND);
    if (fixAll) actions.push(toCodeAction(document.uri, fixAll));
  }
  return actions;
});

connection.onCompletion(async (params) => {
  const document = documents.get(params.textDocument.uri);
  if (!document) return [];
  const current = parsed(document);
  const references = referenceCompletions(current, params.position, await sourcesFor(document.uri));
  return references.length > 0 ? references : snippetCompletions(current, params.position);
});

connection.onRequest('kamervragen/serverInfo', () => ({ pid: process.pid, version: '0.1.0' }));

/** The status bar's data: answer progress and the days left to the deadline. */
connection.onRequest('kamervragen/status', (params: { uri: string }) => {
  const document = documents.get(params.uri);
  if (!document) return null;
  const current = parsed(document);
  return documentStatus(current.model, current.lines);
});

/** The Mededeling for the document's questions, as a snippet the client inserts. */
connection.onRequest('kamervragen/mededeling', (params: { uri: string }) => {
  const document = documents.get(params.uri);
  return document ? mededelingSnippet(parsed(document).lines) : null;
});

/**
 * Checks every draft the client found in the workspace and publishes their diagnostics, so they
 * appear in the Problems panel; reports progress and stops when the client cancels.
 */
connection.onRequest('kamervragen/checkWorkspace', async (params: { uris: string[] }, token) => {
  let problems = 0;
  let errors = 0;
  let checked = 0;
  for (const uri of params.uris) {
    if (token.isCancellationRequested) break;
    try {
      const open = documents.get(uri);
      const text = open ? open.getText() : await readFile(fileURLToPath(uri), 'utf8');
      const diagnostics = checkDocument(parseDocument(text), await settingsFor(uri));
      problems += diagnostics.length;
      errors += diagnostics.filter((d) => d.severity === 1).length;
      await connection.sendDiagnostics({ uri, diagnostics });
    } catch (error) {
      connection.console.warn(`kamervragen: kan ${uri} niet controleren: ${error instanceof Error ? error.message : String(error)}`);
    }
    checked++;
    void connection.sendNotification('kamervragen/checkProgress', { checked, total: params.uris.length });
    await new Promise((resolve) => setImmediate(resolve)); // let a cancellation arrive
  }
  return { checked, total: params.uris.length, problems, errors, cancelled: token.isCancellationRequested };
});

/** The open document, its parse and what stands at the request's position, if anything. */
function targetOf(params: { textDocument: { uri: string }; position: { line: number; character: number } }) {
  const document = documents.get(params.textDocument.uri);
  if (!document) return undefined;
  const current = parsed(document);
  const target = targetAt(current, params.position);
  return target && { document, current, target };
}

connection.onHover(async (params) => {
  const found = targetOf(params);
  if (!found) return null;
  const { document, current, target } = found;
  const text = target.kind === 'kenmerk' ? describeKenmerk(target.kenmerk.value, await sourcesFor(document.uri)) : hoverText(current, target);
  return text ? { contents: { kind: 'markdown', value: text }, range: target.range } : null;
});

connection.onDefinition(async (params) => {
  const found = targetOf(params);
  if (!found) return null;
  const { document, current, target } = found;
  if (target.kind === 'kenmerk') {
    // a zaaknummer or citation leads to the workspace document that holds it
    const built = await workspaceIndex();
    const holder = built.byZaak(target.kenmerk.value) ?? built.byCitation(target.kenmerk.value);
    return holder && holder.uri !== document.uri ? [{ uri: holder.uri, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }] : null;
  }
  return definitionRanges(current, target).map((range) => ({ uri: document.uri, range }));
});

connection.onReferences((params) => {
  const found = targetOf(params);
  if (!found) return null;
  return occurrences(found.current, found.target)
    .filter((o) => params.context.includeDeclaration || !o.isDefinition)
    .map((o) => ({ uri: found.document.uri, range: o.range }));
});

connection.onDocumentHighlight((params) => {
  const found = targetOf(params);
  // DocumentHighlightKind: 3 = Write (the definition), 2 = Read (a use)
  return found ? occurrences(found.current, found.target).map((o) => ({ range: o.range, kind: o.isDefinition ? 3 : 2 })) : null;
});

connection.onPrepareRename((params) => {
  const document = documents.get(params.textDocument.uri);
  return (document && prepareRename(parsed(document), params.position)) ?? null;
});

connection.onRenameRequest((params) => {
  const document = documents.get(params.textDocument.uri);
  if (!document) return null;
  const edits = renameEdits(parsed(document), params.position, params.newName);
  if ('error' in edits) throw new ResponseError(ErrorCodes.InvalidRequest, edits.error);
  return { changes: { [document.uri]: edits } };
});

documents.listen(connection);
connection.listen();
