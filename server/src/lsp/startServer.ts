import { CodeActionKind, DidChangeConfigurationNotification, ErrorCodes, ResponseError, TextDocumentSyncKind, type Connection, type InitializeResult } from 'vscode-languageserver/node';
import { CONFIG_FILE_NAME, draftAssociations, FIX_ALL_KIND } from '../service';
import { OpenDocuments, type ServerDeps } from './context';
import { registerHandlers } from './handlers';
import { BackgroundWork } from './backgroundWork';
import { Knowledge } from './knowledge';
import { Settings } from './settings';
import { Validation } from './validation';
import { pathOf, WorkspaceFiles } from './workspaceFiles';

/**
 * The language server on a connection (stdio, IPC, or in-process streams in the tests). All its
 * state lives in the objects made here; each module receives what it needs.
 */
export function startServer(connection: Connection, deps: ServerDeps): void {
  const files = new WorkspaceFiles();
  const settings = new Settings(connection, files, deps);
  const documents = new OpenDocuments(settings.dutch);
  const background = new BackgroundWork();
  const knowledge = new Knowledge(connection, files, documents, background);
  const validation = new Validation(connection, documents, settings, knowledge, background);
  let initialized = false;
  let canRegisterConfiguration = false;
  let canWatchFolders = false;
  // the registers of the workspace as a whole: the first folder's settings and kamervragen.json
  const loadRegisters = () =>
    knowledge.after(async () => {
      const config = await settings.configFor('');
      knowledge.loadRegisters(config, settings.serviceOf(config));
    });

  connection.onInitialize((params): InitializeResult => {
    initialized = true;
    settings.canPull = params.capabilities.workspace?.configuration === true;
    canRegisterConfiguration = params.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    canWatchFolders = params.capabilities.workspace?.workspaceFolders === true;
    const options = params.initializationOptions as { displayLanguage?: unknown; associations?: unknown } | undefined;
    if (typeof options?.displayLanguage === 'string') settings.displayLanguage = options.displayLanguage;
    else if (params.locale) settings.displayLanguage = params.locale;
    files.configure(params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []), draftAssociations(options?.associations));
    return {
      capabilities: {
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        // a space after "antwoord op vraag", "Uw kenmerk", "minister van" brings their suggestions unasked
        completionProvider: { resolveProvider: false, triggerCharacters: ['[', ' '] },
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        documentHighlightProvider: true,
        renameProvider: { prepareProvider: true },
      },
      serverInfo: { name: 'kamervragen-language-server', version: deps.version },
    };
  });

  connection.onInitialized(() => {
    if (settings.canPull && canRegisterConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'kamervragen' });
    loadRegisters();
    // the index of the other drafts is built now, in the background, not when the first completion asks
    knowledge.prepareIndex();
    if (canWatchFolders) {
      connection.workspace.onDidChangeWorkspaceFolders(() =>
        knowledge.after(async () => {
          const folders = (await connection.workspace.getWorkspaceFolders()) ?? [];
          files.configure(folders.map((folder) => folder.uri), [...files.associations]);
          knowledge.forgetIndex();
          knowledge.prepareIndex();
        }),
      );
    }
  });

  connection.onDidChangeConfiguration((change) => {
    settings.changed(change.settings);
    validation.scheduleAll();
    loadRegisters();
  });

  connection.onDidChangeWatchedFiles((params) => {
    if (params.changes.some((change) => pathOf(change.uri)?.endsWith(`/${CONFIG_FILE_NAME}`))) {
      settings.configFilesChanged();
      validation.scheduleAll();
      loadRegisters();
    }
    knowledge.fileChanges(params.changes);
  });

  const { documents: textDocuments } = documents;
  textDocuments.onDidOpen((event) => validation.schedule(event.document.uri));
  textDocuments.onDidChangeContent(async (event) => {
    const { run } = await settings.configFor(event.document.uri);
    if (run === 'onType') validation.schedule(event.document.uri);
    else if (run === 'onPause') validation.edited(event.document.uri, documents.lastEditedLine(event.document.uri));
  });
  textDocuments.onDidSave((event) => {
    validation.schedule(event.document.uri);
    knowledge.saved(event.document.uri, event.document.getText());
  });
  textDocuments.onDidClose((event) => {
    settings.forget(event.document.uri);
    documents.closed(event.document.uri);
    validation.closed(event.document.uri);
  });

  registerHandlers({ connection: answeringOnceInitialized(connection, () => initialized), documents, settings, knowledge, validation, files, deps });
  textDocuments.listen(connection);
  connection.listen();
}

/**
 * The connection as the request handlers see it: a request before `initialize` is answered with
 * ServerNotInitialized, as the protocol asks, instead of being served half configured.
 */
function answeringOnceInitialized(connection: Connection, isInitialized: () => boolean): Connection {
  const guard =
    (handler: (...args: unknown[]) => unknown) =>
    (...args: unknown[]) => {
      if (!isInitialized()) throw new ResponseError(ErrorCodes.ServerNotInitialized, 'kamervragen: the server is not initialized yet');
      return handler(...args);
    };
  return new Proxy(connection, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      if (typeof property === 'string' && /^on[A-Z]/.test(property)) {
        return (...args: unknown[]) => (value as (...a: unknown[]) => unknown).apply(target, args.map((arg) => (typeof arg === 'function' ? guard(arg as (...a: unknown[]) => unknown) : arg)));
      }
      return (value as (...a: unknown[]) => unknown).bind(target);
    },
  });
}
