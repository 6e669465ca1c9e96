import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import { mkdirSync } from 'fs';
import { join } from 'path';
import { kamervragenDiagnostics, waitFor } from './helpers';
import { keyboardAvailable, press } from './keyboard';

/** "Voetnoten omzetten naar [n]" in VS Code: the quick fix on a pasted footnote, and the command. */
describe('converting pasted footnotes to [n]', () => {
  const pasted = 'Vraag 1\nKent u het rapport van de inspectie1?\n\nAntwoord op vraag 1\nJa, en de brief van de minister2 ook.\n\n1 Inspectie, rapport, oktober 2025.\n2 Kamerstuk 36 100, nr. 3.\n';

  it('is a quick fix on the marker, and the command converts the draft in one undoable step', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'kamervragen', content: pasted });
    const editor = await vscode.window.showTextDocument(document);
    try {
      const marker = new vscode.Range(1, 35, 1, 35);
      // asked until the language server is up (this may be the first test of the run)
      let titles: string[] = [];
      for (const deadline = Date.now() + 30000; titles.length === 0 && Date.now() < deadline; ) {
        const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, marker, vscode.CodeActionKind.QuickFix.value);
        titles = actions.map((a) => a.title);
        if (titles.length === 0) await new Promise((resolve) => setTimeout(resolve, 200));
      }
      assert.deepEqual(titles, ['Voetnoten omzetten naar [n]']);
      assert.equal(await vscode.commands.executeCommand<boolean>('kamervragen.convertFootnotes'), true);
      assert.equal(editor.document.getText(), 'Vraag 1\nKent u het rapport van de inspectie[1]?\n\nAntwoord op vraag 1\nJa, en de brief van de minister[2] ook.\n\n\n[1] Inspectie, rapport, oktober 2025.\n[2] Kamerstuk 36 100, nr. 3.\n');
      // now fully checked: a text deleted is an error
      await editor.edit((edit) => edit.delete(new vscode.Range(8, 0, 9, 0)));
      await waitFor('undefined-footnote for [2]', () => kamervragenDiagnostics(document.uri).some((d) => d.code === 'undefined-footnote'));
      await vscode.commands.executeCommand('undo');
      await vscode.commands.executeCommand('undo');
      assert.equal(editor.document.getText(), pasted, 'one undo step each');
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  it('shows the quick fix in the lightbulb menu (Ctrl+.) on the marker', async function () {
    if (!keyboardAvailable()) this.skip();
    const document = await vscode.workspace.openTextDocument({ language: 'kamervragen', content: pasted });
    const editor = await vscode.window.showTextDocument(document);
    try {
      editor.selection = new vscode.Selection(1, 36, 1, 36);
      const shots = join(__dirname, '..', 'screenshots');
      mkdirSync(shots, { recursive: true });
      const menu = '.action-widget .monaco-list-row';
      let rows = await press(['{Control+.}'], { query: menu, waitMs: 300 });
      // the menu waits for the server's code actions: on a busy machine that is more than a moment
      for (let i = 0; i < 40 && !rows.some((row) => row.includes('Voetnoten omzetten naar [n]')); i++) rows = await press([], { query: menu, waitMs: 150 });
      await press([], { screenshot: join(shots, 'convert-footnotes.png') });
      assert.ok(rows.some((row) => row.includes('Voetnoten omzetten naar [n]')), JSON.stringify(rows));
      await press(['{Escape}']);
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });
});
