import * as vscode from 'vscode';
import { CloseAction, ErrorAction, LanguageClient, TransportKind, type ErrorHandler, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { Requests, type ServerInfo } from '../../server/src/protocol';
import { explicitSettings } from './settings';
import { draftAssociations } from '../../server/src/service/drafts';
import { registerCommands } from './commands';
import { configureLanguage, t } from './language';
import { StatusBar } from './statusBar';
import { SERVER_ENVIRONMENT } from './serverEnvironment';

/**
 * The VS Code side: starts the language server and wires its requests to commands and the
 * status bar. Everything a drafter reads comes from the server; this package only presents it.
 */

let client: LanguageClient | undefined;

/** What the extension exports (for the end-to-end tests). */
export interface KamervragenApi {
  activatedAt: number;
  serverPid(): Promise<number>;
  restartNotices(): number;
}

/**
 * A crashed server is restarted (the editor keeps the text; the client sends it again on
 * restart), and the drafter is told once per session, not at every crash.
 */
function restartingErrorHandler(): ErrorHandler & { notices: number } {
  let restarts = 0;
  const handler = {
    notices: 0,
    error: () => ({ action: ErrorAction.Continue }),
    closed: () => {
      restarts++;
      if (handler.notices === 0) {
        handler.notices++;
        void vscode.window.showWarningMessage(t('De Kamervragen-taalserver is gestopt en is opnieuw gestart. Uw tekst is bewaard gebleven.'));
      }
      if (restarts > 10) return { action: CloseAction.DoNotRestart, message: t('De Kamervragen-taalserver blijft stoppen en wordt niet meer gestart. Herlaad het venster.') };
      return { action: CloseAction.Restart, handled: true };
    },
  };
  return handler;
}

export async function activate(context: vscode.ExtensionContext): Promise<KamervragenApi> {
  const activatedAt = Date.now();
  const errorHandler = restartingErrorHandler();
  configureLanguage(context.extensionPath);
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('kamervragen.language')) configureLanguage(context.extensionPath);
    }),
  );
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { env: { ...SERVER_ENVIRONMENT } } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { env: { ...SERVER_ENVIRONMENT }, execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: 'kamervragen', scheme: 'file' },
      { language: 'kamervragen', scheme: 'untitled' },
      { language: 'kamervragen', scheme: 'vscode-remote' },
    ],
    synchronize: {
      configurationSection: 'kamervragen',
      // the server keeps its index of other drafts, the registers and kamervragen.json up to date from these
      fileEvents: [vscode.workspace.createFileSystemWatcher('**/*.kamervragen'), vscode.workspace.createFileSystemWatcher('**/*.{json,csv}'), ...associatedWatchers()],
    },
    middleware: {
      // only what the drafter set: a default must not override the folder's kamervragen.json
      workspace: { configuration: (params) => params.items.map((item) => (item.section === 'kamervragen' ? explicitSettings(context.extension.packageJSON, item.scopeUri) : null)) },
    },
    initializationOptions: { displayLanguage: vscode.env.language, associations: vscode.workspace.getConfiguration('files').get('associations') ?? {} },
    errorHandler,
  };
  client = new LanguageClient('kamervragen', 'Kamervragen', serverOptions, clientOptions);
  context.subscriptions.push(client);
  await client.start();

  const statusBar = new StatusBar(client);
  context.subscriptions.push(statusBar, ...registerCommands(client, statusBar));
  const started = client;
  return {
    activatedAt,
    serverPid: async () => (await started.sendRequest<ServerInfo>(Requests.serverInfo)).pid,
    restartNotices: () => errorHandler.notices,
  };
}

// Watches what the drafter associated with the language: "*.txt", or a path pattern with a folder.
function associatedWatchers(): vscode.FileSystemWatcher[] {
  const associations = draftAssociations(vscode.workspace.getConfiguration('files').get('associations'));
  return associations.map((pattern) => vscode.workspace.createFileSystemWatcher(pattern.includes('/') ? pattern : `**/${pattern}`));
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
