import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { t } from './language';
import type { StatusBar } from './statusBar';
import { Notifications, Requests, type CheckProgress, type CheckWorkspaceResult, type UriParams } from '../../server/src/protocol';

/** The extension's commands; each asks the server and shows the answer. */
export function registerCommands(client: LanguageClient, statusBar: StatusBar): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('kamervragen.newDocument', async () => {
      const document = await vscode.workspace.openTextDocument({ language: 'kamervragen', content: '' });
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'kamervragen', name: 'Nieuw antwoorddocument' });
    }),

    vscode.commands.registerCommand('kamervragen.insertMededeling', async (options?: { uri?: string; atEnd?: boolean }) => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || editor.document.languageId !== 'kamervragen') {
        void vscode.window.showInformationMessage(t('Open eerst een concept-antwoord (kamervragen).'));
        return;
      }
      const params: UriParams = { uri: editor.document.uri.toString() };
      const snippet = await client.sendRequest<string | null>(Requests.mededeling, params);
      if (!snippet) return;
      // from the deadline quick fix: at the end of the document, after the questions
      const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
      await editor.insertSnippet(new vscode.SnippetString(options?.atEnd ? `\n\n${snippet}` : snippet), options?.atEnd ? end : undefined);
    }),

    vscode.commands.registerCommand('kamervragen.gotoFirstUnanswered', async () => {
      await statusBar.refresh();
      const editor = vscode.window.activeTextEditor;
      const target = statusBar.current?.firstUnanswered;
      if (!editor || !target) return;
      const position = new vscode.Position(target.line, target.character);
      editor.selection = new vscode.Selection(position, position);
      editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }),

    vscode.commands.registerCommand('kamervragen.checkWorkspace', () => checkWorkspace(client)),
  ];
}

/** The server finds the drafts (the same definition as everywhere) and checks them. */
async function checkWorkspace(client: LanguageClient): Promise<CheckWorkspaceResult | undefined> {
  if (!vscode.workspace.workspaceFolders?.length) {
    void vscode.window.showInformationMessage(t('Open een map om alle concepten daarin te controleren.'));
    return undefined;
  }
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: t('Concepten controleren'), cancellable: true },
    async (progress, token) => {
      let reported = 0;
      const subscription = client.onNotification(Notifications.checkProgress, ({ checked, total }: CheckProgress) => {
        const percent = Math.floor((checked / total) * 100);
        progress.report({ increment: percent - reported, message: t('{0} van {1}', checked, total) });
        reported = percent;
      });
      try {
        const result = await client.sendRequest<CheckWorkspaceResult>(Requests.checkWorkspace, {}, token);
        const summary = t('{0} concepten gecontroleerd: {1} meldingen, waarvan {2} fouten. Zie het venster Problemen.', result.checked, result.problems, result.errors);
        void vscode.window.showInformationMessage(result.cancelled ? `${t('Gestopt.')} ${summary}` : summary);
        return result;
      } finally {
        subscription.dispose();
      }
    },
  );
}
