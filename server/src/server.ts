import {
  createConnection,
  DidChangeConfigurationNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  checkModel,
  DIAGNOSTIC_CODES,
  documentSymbols,
  foldingSections,
  parseDocument,
  SEVERITY_SETTINGS,
  type CheckSettings,
  type ParsedDocument,
  type SeveritySetting,
} from './service';

/**
 * The language server: a thin adapter that feeds documents to the language service and sends
 * back what it finds. It holds no logic of its own beyond caching and scheduling.
 */

interface ServerSettings extends CheckSettings {
  run: 'onType' | 'onSave';
}

const DEFAULT_SETTINGS: ServerSettings = { run: 'onType', severity: {} };

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
let canPullConfiguration = false;
const settingsByUri = new Map<string, Promise<ServerSettings>>();
/** The last parse of each open document, by version, so outline and folding reuse it. */
const parsedByUri = new Map<string, { version: number; parsed: ParsedDocument }>();
const scheduled = new Map<string, NodeJS.Immediate>();

connection.onInitialize((params: InitializeParams): InitializeResult => {
  canPullConfiguration = params.capabilities.workspace?.configuration === true;
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      documentSymbolProvider: true,
      foldingRangeProvider: true,
    },
    serverInfo: { name: 'kamervragen-language-server', version: '0.1.0' },
  };
});

connection.onInitialized(() => {
  if (canPullConfiguration) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: 'kamervragen' });
  }
});

/** Accepts only known values from the editor's settings; anything else keeps the default. */
function sanitizeSettings(raw: unknown): ServerSettings {
  const settings: ServerSettings = { run: 'onType', severity: {} };
  if (typeof raw !== 'object' || raw === null) return settings;
  const record = raw as Record<string, unknown>;
  if (record.run === 'onSave') settings.run = 'onSave';
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
      .getConfiguration({ scopeUri: uri, section: 'kamervragen' })
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
    const diagnostics = checkModel(parsed(current).model, settings);
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
documents.onDidSave((event) => schedule(event.document.uri));
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

documents.listen(connection);
connection.listen();
