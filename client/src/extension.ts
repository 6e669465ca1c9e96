import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

/**
 * The VS Code side: starts the language server and connects it to kamervragen documents.
 * Everything a drafter sees comes from the server; this file only wires it up.
 */

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: 'kamervragen', scheme: 'file' },
      { language: 'kamervragen', scheme: 'untitled' },
      { language: 'kamervragen', scheme: 'vscode-remote' },
    ],
    synchronize: { configurationSection: 'kamervragen' },
  };
  client = new LanguageClient('kamervragen', 'Kamervragen', serverOptions, clientOptions);
  context.subscriptions.push(client);
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
