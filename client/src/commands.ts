import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { t } from './language';
import type { StatusBar } from './statusBar';
import { Notifications, Requests, type CheckProgress, type CheckWorkspaceResult, type ExportWordParams, type ExportWordResult, type NewFromQuestionsParams, type NewFromQuestionsResult, type UriParams } from '../../server/src/protocol';

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
    vscode.commands.registerCommand('kamervragen.newFromQuestions', (file?: vscode.Uri) => newFromQuestions(client, file)),
    vscode.commands.registerCommand('kamervragen.exportWord', (target?: vscode.Uri, force?: boolean) => exportWord(client, target, force)),
  ];
}

/**
 * A draft from the questions: a .docx or .txt file, or the current editor's text. The draft opens
 * as a new, unsaved document, so nothing on disk is touched.
 */
async function newFromQuestions(client: LanguageClient, file?: vscode.Uri): Promise<vscode.TextDocument | undefined> {
  let params: NewFromQuestionsParams | undefined;
  const editor = vscode.window.activeTextEditor;
  if (file) params = { path: file.fsPath };
  else {
    const choices = [
      ...(editor && editor.document.getText().trim() ? [{ label: t('De tekst in de huidige editor'), current: true }] : []),
      { label: t('Een bestand kiezen (.docx of .txt)…'), current: false },
    ];
    const choice = choices.length === 1 ? choices[0] : await vscode.window.showQuickPick(choices, { placeHolder: t('Waar staan de vragen?') });
    if (!choice) return undefined;
    if (choice.current && editor) params = { text: editor.document.getText() };
    else {
      const picked = await vscode.window.showOpenDialog({ canSelectMany: false, filters: { [t('Vragen')]: ['docx', 'txt'] }, openLabel: t('Concept maken') });
      if (!picked?.[0]) return undefined;
      params = { path: picked[0].fsPath };
    }
  }
  const result = await client.sendRequest<NewFromQuestionsResult>(Requests.newFromQuestions, params);
  if ('error' in result) {
    void vscode.window.showWarningMessage(result.error);
    return undefined;
  }
  const document = await vscode.workspace.openTextDocument({ language: 'kamervragen', content: result.text });
  await vscode.window.showTextDocument(document);
  void vscode.window.showInformationMessage(t('Concept met {0} vragen en {1} voetnoten. Vul de antwoorden en wat tussen < > staat in.', result.questions, result.footnotes));
  return document;
}

/** The open draft as a Word letter; with errors left, only when the drafter confirms. */
async function exportWord(client: LanguageClient, target?: vscode.Uri, force = false): Promise<string | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'kamervragen') {
    void vscode.window.showInformationMessage(t('Open eerst een concept-antwoord (kamervragen).'));
    return undefined;
  }
  const document = editor.document;
  if (!target) {
    const base = document.isUntitled ? vscode.Uri.joinPath(vscode.workspace.workspaceFolders?.[0]?.uri ?? vscode.Uri.file(process.cwd()), 'antwoorden.docx') : document.uri.with({ path: document.uri.path.replace(/\.[^./]*$/, '') + '.docx' });
    target = await vscode.window.showSaveDialog({ defaultUri: base, filters: { Word: ['docx'] }, saveLabel: t('Exporteren') });
    if (!target) return undefined;
  }
  const params: ExportWordParams = { uri: document.uri.toString(), target: target.fsPath, force, template: wordTemplate(document) };
  let result = await client.sendRequest<ExportWordResult>(Requests.exportWord, params);
  if ('errors' in result) {
    const anyway = t('Toch exporteren');
    const answer = await vscode.window.showWarningMessage(t('Het concept heeft nog {0} fouten, zoals: {1}', result.errors.length, result.errors[0]), { modal: true }, anyway);
    if (answer !== anyway) return undefined;
    result = await client.sendRequest<ExportWordResult>(Requests.exportWord, { ...params, force: true });
  }
  if ('error' in result) {
    void vscode.window.showErrorMessage(result.error);
    return undefined;
  }
  if ('written' in result) {
    void vscode.window.showInformationMessage(t('Geëxporteerd naar {0}', result.written));
    return result.written;
  }
  return undefined;
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

/**
 * The Word template the drafter set (kamervragen.wordTemplate), relative to the workspace folder. A
 * workspace's own setting counts only in a trusted workspace: it names a file the server reads.
 */
function wordTemplate(document: vscode.TextDocument): string | undefined {
  const inspected = vscode.workspace.getConfiguration('kamervragen', document.uri).inspect<string>('wordTemplate');
  const fromWorkspace = vscode.workspace.isTrusted ? (inspected?.workspaceFolderValue ?? inspected?.workspaceValue) : undefined;
  const value = (fromWorkspace ?? inspected?.globalValue)?.trim();
  if (!value) return undefined;
  const folder = vscode.workspace.getWorkspaceFolder(document.uri) ?? vscode.workspace.workspaceFolders?.[0];
  return /^(?:\/|[A-Za-z]:[\\/])/.test(value) || !folder ? value : vscode.Uri.joinPath(folder.uri, value).fsPath;
}
