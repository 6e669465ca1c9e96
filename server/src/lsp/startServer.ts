import { CodeActionKind, DidChangeConfigurationNotification, TextDocumentSyncKind, type Connection, type ConnectionOptions, type InitializeResult } from 'vscode-languageserver/node';
import { CONFIG_FILE_NAME, draftAssociations, FIX_ALL_KIND } from '../service';
import { OpenDocuments, type ServerDeps } from './context';
import { registerHandlers } from './handlers';
import { BackgroundWork } from './backgroundWork';
import { Knowledge } from './knowledge';
import { Lifecycle } from './lifecycle';
import { Notices } from './notices';
import { Settings } from './settings';
import { Validation } from './validation';
import { pathOf, WorkspaceFiles } from './workspaceFiles';

/**
 * The language server on a connection (stdio, IPC, or in-process streams in the tests), made by
 * `connect` with the options that keep the protocol's lifecycle. All its state lives in the
 * objects made here; each module receives what it needs.
 */
export function startServer(connect: (options: ConnectionOptions) => Connection, deps: ServerDeps): void {
  const lifecycle = new Lifecycle();
  const connection = connect(lifecycle.options);
  lifecycle.attach(connection);
  const notices = new Notices(connection);
  const files = new WorkspaceFiles();
  const settings = new Settings(connection, files, notices, deps);
  const documents = new OpenDocuments(settings.dutch);
  const background = new BackgroundWork();
  const knowledge = new Knowledge(files, documents, background, notices, (path, messages) => settings.mayReadRegister(path, messages));
  const validation = new Validation(connection, documents, settings, knowledge, background, notices);
  let canRegisterConfiguration = false;
  let canWatchFolders = false;
  // the registers of the workspace as a whole: the first folder's settings and kamervragen.json
  const loadRegisters = () =>
    knowledge.after(async () => {
      const config = await settings.configFor('');
      knowledge.loadRegisters(config, settings.serviceOf(config));
    });

  connection.onInitialize((params): InitializeResult => {
    lifecycle.initialized();
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
        documentLinkProvider: { resolveProvider: false },
      },
      serverInfo: { name: 'kamervragen-language-server', version: deps.version },
    };
  });

  connection.onInitialized(() => {
    if (settings.canPull && canRegisterConfiguration) notices.detach(() => connection.client.register(DidChangeConfigurationNotification.type, { section: 'kamervragen' }), 'registering for configuration changes');
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
    notices.forget();
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
  textDocuments.onDidChangeContent((event) => {
    const { uri } = event.document;
    const line = documents.lastEditedLine(uri);
    notices.detach(async () => {
      const { run } = await settings.configFor(uri);
      if (run === 'onType') validation.schedule(uri);
      else if (run === 'onPause') validation.edited(uri, line);
    }, uri);
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

  registerHandlers({ connection, documents, settings, knowledge, validation, files, notices, deps });
  textDocuments.listen(connection);
  connection.listen();
}
