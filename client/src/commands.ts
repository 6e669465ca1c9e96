import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { t } from './language';
import type { StatusBar } from './statusBar';
import { Notifications, plainText, Requests, type CheckProgress, type CheckWorkspaceResult, type EarlierAnswer, type ExportWordParams, type ExportWordResult, type ImportRegisterParams, type ImportRegisterResult, type NewFromQuestionsParams, type NewFromQuestionsResult, type SearchEarlierAnswersParams, type SnippetParams, type UriParams } from '../../server/src/protocol';

/** The extension's commands; each asks the server and shows the answer. */
export function registerCommands(client: LanguageClient, statusBar: StatusBar): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('kamervragen.newDocument', async () => {
      const editor = await openNewDraft('', vscode.workspace.workspaceFolders?.[0]?.uri, NEW_DRAFT_NAME);
      const params: SnippetParams = { uri: editor.document.uri.toString(), prefix: 'kv-nieuw' };
      const snippet = await client.sendRequest<string | null>(Requests.snippet, params);
      if (snippet) await editor.insertSnippet(new vscode.SnippetString(snippet));
      return editor.document;
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
      // from the deadline quick fix: at the end of the document, after the questions; else where the cursor is
      const { at, before } = blockPlace(editor.document, options?.atEnd ? editor.document.lineCount - 1 : editor.selection.active.line);
      await editor.insertSnippet(new vscode.SnippetString(before + snippet), at);
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

    vscode.commands.registerCommand('kamervragen.convertFootnotes', () => convertFootnotes(client)),
    vscode.commands.registerCommand('kamervragen.checkWorkspace', () => checkWorkspace(client)),
    vscode.commands.registerCommand('kamervragen.newFromQuestions', (file?: vscode.Uri) => newFromQuestions(client, file)),
    vscode.commands.registerCommand('kamervragen.exportWord', (target?: vscode.Uri, force?: boolean) => exportWord(client, target, force)),
    vscode.commands.registerCommand('kamervragen.searchEarlierAnswer', () => searchEarlierAnswer(client)),
    // from the Explorer's context menu: (the file clicked, every file selected); from a test or another command: (pages, target)
    vscode.commands.registerCommand('kamervragen.importRegister', (pages?: vscode.Uri | vscode.Uri[], selected?: vscode.Uri | vscode.Uri[]) =>
      pages instanceof vscode.Uri ? importRegister(client, Array.isArray(selected) && selected.length > 0 ? selected : [pages]) : importRegister(client, pages, selected instanceof vscode.Uri ? selected : undefined),
    ),
  ];
}

/**
 * Where a block of its own (the Mededeling) goes for a cursor on `line`: after that line and an
 * empty one, never glued to its text; on an empty line, there, after an empty line. The block
 * itself ends with a line break, so what follows keeps its empty line too.
 */
function blockPlace(document: vscode.TextDocument, line: number): { at: vscode.Position; before: string } {
  const current = document.lineAt(line);
  if (!current.isEmptyOrWhitespace) return { at: current.range.end, before: '\n\n' };
  const afterText = line > 0 && !document.lineAt(line - 1).isEmptyOrWhitespace;
  return { at: current.range.end, before: afterText ? '\n' : '' };
}

/** A new draft's name, in the documents' language whatever the messages'. */
const NEW_DRAFT_NAME = 'Concept-antwoord';

/**
 * A new, unsaved draft whose tab a drafter recognises ("Concept-antwoord.kamervragen", not its
 * first line "> Retouradres ..."): an untitled document with that name in `folder`, where Ctrl+S
 * saves it (VS Code asks before replacing a file that has appeared there since). A name that is
 * taken on disk or by an open draft gets a number. Without a folder, VS Code's own untitled draft.
 */
async function openNewDraft(content: string, folder: vscode.Uri | undefined, name: string): Promise<vscode.TextEditor> {
  if (!folder) return vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ language: 'kamervragen', content }));
  const open = new Set(vscode.workspace.textDocuments.map((d) => d.uri.path));
  let file: vscode.Uri;
  for (let n = 1; ; n++) {
    file = vscode.Uri.joinPath(folder, n === 1 ? `${name}.kamervragen` : `${name} (${n}).kamervragen`);
    if (!open.has(file.path) && !(await exists(file))) break;
  }
  const document = await vscode.workspace.openTextDocument(file.with({ scheme: 'untitled' }));
  const editor = await vscode.window.showTextDocument(document.languageId === 'kamervragen' ? document : await vscode.languages.setTextDocumentLanguage(document, 'kamervragen'));
  if (content) await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), content));
  editor.selection = new vscode.Selection(0, 0, 0, 0);
  return editor;
}

async function exists(file: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(file);
    return true;
  } catch {
    return false;
  }
}

/**
 * A draft from the questions: a .docx or .txt file, or the current editor's text. The draft opens
 * as a new, unsaved document, so nothing on disk is touched; it is named after the questions'
 * file (saved beside it, as `kamervragen new` writes it), or "Concept-antwoord".
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
    void vscode.window.showWarningMessage(plainText(result.error));
    return undefined;
  }
  const questionsFile = params.path !== undefined ? vscode.Uri.file(params.path) : undefined;
  const { document } = questionsFile
    ? await openNewDraft(result.text, vscode.Uri.joinPath(questionsFile, '..'), questionsFile.path.split('/').pop()!.replace(/\.[^.]*$/, ''))
    : await openNewDraft(result.text, vscode.workspace.workspaceFolders?.[0]?.uri, NEW_DRAFT_NAME);
  const questionCount = result.questions === 1 ? t('1 vraag') : t('{0} vragen', result.questions);
  const footnoteCount = result.footnotes === 1 ? t('1 voetnoot') : t('{0} voetnoten', result.footnotes);
  const made = t('Concept met {0} en {1}. Vul de antwoorden en wat tussen < > staat in.', questionCount, footnoteCount);
  // what the draft could not place is a warning, said first (a collapsed notification shows only its start), then the summary
  if (result.unplaced) void vscode.window.showWarningMessage(plainText(`${result.unplaced} ${made}`));
  else void vscode.window.showInformationMessage(made);
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
    if (!(await exportAnyway(result.errors))) return undefined;
    result = await client.sendRequest<ExportWordResult>(Requests.exportWord, { ...params, force: true });
  }
  if ('error' in result) {
    void vscode.window.showErrorMessage(plainText(result.error));
    return undefined;
  }
  if ('written' in result) {
    void vscode.window.showInformationMessage(plainText(t('Geëxporteerd naar {0}', result.written)));
    return result.written;
  }
  return undefined;
}

/**
 * Whether to export a draft that still has errors. A list rather than VS Code's modal dialog,
 * whose default button (Enter) would be the first choice and whose "Cancel" speaks VS Code's
 * language: here Enter picks the safe first item, which shows the errors, Escape does nothing,
 * and every word is the drafter's language.
 */
async function exportAnyway(errors: string[]): Promise<boolean> {
  const showErrors = { label: `$(warning) ${t('Fouten bekijken')}`, description: t('niet exporteren'), detail: errors[0] };
  const anyway = { label: `$(export) ${t('Toch exporteren')}`, description: t('met de fouten erin') };
  const title = errors.length === 1 ? t('Het concept heeft nog 1 fout. Toch naar Word exporteren?') : t('Het concept heeft nog {0} fouten. Toch naar Word exporteren?', errors.length);
  const choice = await vscode.window.showQuickPick([showErrors, anyway], { title, placeHolder: t('Enter: fouten bekijken · Escape: niets doen'), ignoreFocusOut: true });
  if (choice === showErrors) await vscode.commands.executeCommand('workbench.actions.view.problems');
  return choice === anyway;
}

/** The pasted footnotes of the open draft as "[n]": the server computes the edit, this applies it (one undo step). */
async function convertFootnotes(client: LanguageClient): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'kamervragen') {
    void vscode.window.showInformationMessage(t('Open eerst een concept-antwoord (kamervragen).'));
    return false;
  }
  const params: UriParams = { uri: editor.document.uri.toString() };
  const edits = await client.sendRequest<Array<{ range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }>>(Requests.convertFootnotes, params);
  if (edits.length === 0) {
    void vscode.window.showInformationMessage(t('Dit concept heeft geen geplakte voetnoten om om te zetten.'));
    return false;
  }
  const edit = new vscode.WorkspaceEdit();
  for (const e of edits) edit.replace(editor.document.uri, new vscode.Range(e.range.start.line, e.range.start.character, e.range.end.line, e.range.end.character), e.newText);
  return vscode.workspace.applyEdit(edit);
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

/**
 * "Eerder antwoord zoeken": the server ranks what the registers and the workspace hold as the
 * words are typed; picking one inserts its citation where the cursor is. The list keeps the
 * server's order: alwaysShow, or VS Code's own filter would hide what matches by the askers only;
 * sortByLabel off, or VS Code would move the rows whose label holds the words typed to the top
 * (an older answer above the best match, which Enter would insert).
 */
async function searchEarlierAnswer(client: LanguageClient): Promise<string | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'kamervragen') {
    void vscode.window.showInformationMessage(t('Open eerst een concept-antwoord (kamervragen).'));
    return undefined;
  }
  const pick = vscode.window.createQuickPick<vscode.QuickPickItem & { insertText: string }>();
  pick.title = t('Eerder antwoord zoeken');
  pick.placeholder = t('Woorden van het onderwerp, een naam of een zaaknummer');
  keepOrder(pick);
  let asked = 0;
  const ask = async (query: string) => {
    const question = ++asked;
    pick.busy = true;
    const params: SearchEarlierAnswersParams = { query, uri: editor.document.uri.toString() };
    const found = await client.sendRequest<EarlierAnswer[]>(Requests.searchEarlierAnswers, params);
    if (question !== asked) return; // a later query has been typed
    pick.items = found.map((answer) => ({ label: answer.label, description: answer.description, detail: answer.detail, insertText: answer.insertText, alwaysShow: true }));
    pick.busy = false;
  };
  const chosen = await new Promise<(vscode.QuickPickItem & { insertText: string }) | undefined>((resolve) => {
    pick.onDidChangeValue((query) => void ask(query));
    pick.onDidAccept(() => resolve(pick.selectedItems[0] ?? pick.activeItems[0]));
    pick.onDidHide(() => resolve(undefined));
    pick.show();
    void ask('');
  });
  pick.dispose();
  if (!chosen) return undefined;
  await editor.edit((edit) => editor.selections.forEach((selection) => edit.replace(selection, chosen.insertText)));
  return chosen.insertText;
}

/**
 * `sortByLabel` is still a proposed API (vscode.proposed.quickPickSortByLabel.d.ts), absent from
 * @types/vscode, but its setter has no proposal check in the extension host (VS Code's own Git
 * extension sets it too). It is set only where the quick pick has it, so an older host is untouched.
 */
function keepOrder(pick: vscode.QuickPick<vscode.QuickPickItem>): void {
  if ('sortByLabel' in pick) (pick as { sortByLabel: boolean }).sortByLabel = false;
}

/**
 * A register from pages of the Tweede Kamer's open data that the drafter downloaded (README):
 * the pages (files, or a folder of them) and where to save are asked, the server reads and
 * writes; "Gebruiken" adds the register to the workspace's kamervragen.registers.
 */
async function importRegister(client: LanguageClient, files?: vscode.Uri[], target?: vscode.Uri): Promise<string | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  files ??= await pickPages(folder);
  if (!files?.length) return undefined;
  target ??= await vscode.window.showSaveDialog({ defaultUri: folder && vscode.Uri.joinPath(folder, 'register.json'), filters: { JSON: ['json'] }, saveLabel: t('Register opslaan') });
  if (!target) return undefined;
  const params: ImportRegisterParams = { files: files.map((file) => file.fsPath), target: target.fsPath };
  const result = await client.sendRequest<ImportRegisterResult>(Requests.importRegister, params);
  const showUnused = t('Niet gebruikt tonen');
  if ('error' in result) {
    const choice = await vscode.window.showErrorMessage(plainText(result.error), ...(result.problems.length > 0 ? [showUnused] : []));
    if (choice === showUnused) await showProblems(result.problems);
    return undefined;
  }
  const use = t('Gebruiken');
  const summary = result.zaken === 1 ? t('Register met 1 zaak geschreven naar {0}.', result.written) : t('Register met {0} zaken geschreven naar {1}.', result.zaken, result.written);
  const unused = result.problems.length === 0 ? '' : result.problems.length === 1 ? ` ${t('1 item niet gebruikt.')}` : ` ${t('{0} items niet gebruikt.', result.problems.length)}`;
  const shortened = result.shortened.length === 0 ? '' : result.shortened.length === 1 ? ` ${t('1 tekst ingekort.')}` : ` ${t('{0} teksten ingekort.', result.shortened.length)}`;
  const showShortened = t('Ingekorte teksten tonen');
  const choices = [use, ...(result.problems.length > 0 ? [showUnused] : []), ...(result.shortened.length > 0 ? [showShortened] : [])];
  // the command is done when the register is written; the drafter answers the message when they like
  void vscode.window.showInformationMessage(plainText(summary + unused + shortened), ...choices).then(async (choice) => {
    if (choice === use) {
      const registers = vscode.workspace.getConfiguration('kamervragen').get<string[]>('registers', []);
      const named = vscode.workspace.asRelativePath(target, false); // the full path when outside the workspace
      if (!registers.includes(named)) await vscode.workspace.getConfiguration('kamervragen').update('registers', [...registers, named], folder ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global);
    } else if (choice === showUnused) await showProblems(result.problems);
    else if (choice === showShortened) await showProblems(result.shortened);
  });
  return result.written;
}

/**
 * The pages: a folder of them (every .json in it), or files. Asked first, because a dialog cannot
 * pick both on Windows and Linux, and VS Code's own dialog of a remote window (code-server,
 * SSH) picks only one file.
 */
async function pickPages(folder: vscode.Uri | undefined): Promise<vscode.Uri[] | undefined> {
  const aFolder = { label: `$(folder) ${t("Een map met pagina's")}`, description: t('alle .json-bestanden erin'), folder: true };
  const files = { label: `$(file) ${t("Pagina's kiezen")}`, description: t('een of meer .json-bestanden'), folder: false };
  const choice = await vscode.window.showQuickPick([aFolder, files], { title: t("Pagina's uit de open data van de Tweede Kamer"), placeHolder: t("Waar staan de pagina's?") });
  if (!choice) return undefined;
  return vscode.window.showOpenDialog({
    defaultUri: folder,
    title: t("Pagina's uit de open data van de Tweede Kamer"),
    openLabel: t('Register maken'),
    ...(choice.folder ? { canSelectFiles: false, canSelectFolders: true, canSelectMany: false } : { canSelectFiles: true, canSelectMany: true, filters: { JSON: ['json'] } }),
  });
}

async function showProblems(problems: string[]): Promise<void> {
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ content: problems.join('\n'), language: 'plaintext' }));
}
