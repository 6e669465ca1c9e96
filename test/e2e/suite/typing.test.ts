import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import { press, keyboardAvailable, suggestionRows } from './keyboard';
import { kamervragenDiagnostics, waitFor } from './helpers';

/** Typing as a person does, with real key presses: the editor never inserts what was not typed. */
describe('typing prose in a draft', function () {
  this.timeout(120000);

  before(function () {
    if (!keyboardAvailable()) this.skip(); // @vscode/test-electron has no browser to press keys in
  });

  async function draftWith(content: string): Promise<vscode.TextEditor> {
    const document = await vscode.workspace.openTextDocument({ language: 'kamervragen', content });
    const editor = await vscode.window.showTextDocument(document);
    const end = document.positionAt(content.length);
    editor.selection = new vscode.Selection(end, end);
    await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
    return editor;
  }

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  for (const sentence of ['Zie de brief', 'Antwoord', 'Zie ook de mededeling', 'De staatssecretaris van Financiën']) {
    it(`"${sentence}" and Enter leave exactly that and a line break`, async () => {
      const editor = await draftWith('');
      await press([sentence, '{Enter}'], { delayMs: 60 });
      await waitFor('the line break', () => editor.document.getText().includes('\n'), 10000);
      assert.equal(editor.document.getText(), `${sentence}\n`);
    });
  }

  it('shows the question numbers unasked after "antwoord op vraag ", without snippets', async () => {
    const editor = await draftWith('Vraag 1\nKlopt het?\n\nVraag 2\nWaarom?\n\n');
    const rows = await press(['Zie mijn antwoord op vraag '], { delayMs: 40, query: '.editor-widget.suggest-widget.visible .monaco-list-row' });
    await new Promise((wake) => setTimeout(wake, 300));
    const shown = rows.length > 0 ? rows : await press([], { query: '.editor-widget.suggest-widget.visible .monaco-list-row' });
    assert.ok(shown.some((row) => /^1\b/.test(row.trim())) && shown.some((row) => /^2\b/.test(row.trim())), JSON.stringify(shown));
    assert.ok(shown.every((row) => !/kv-|Vraag \d met antwoord|Voetnoot/.test(row)), JSON.stringify(shown));
    await press(['{Escape}']);
    assert.equal(editor.document.lineAt(6).text, 'Zie mijn antwoord op vraag ');
  });

  it('publishes no intermediate diagnostic while "Antwoord op vraag 2" is typed under question 2', async () => {
    const editor = await draftWith('Vraag 1\nKlopt het?\n\nAntwoord op vraag 1\nJa.\n\nVraag 2\nWaarom?\n\n');
    const uri = editor.document.uri;
    await waitFor('unanswered-question 2', () => kamervragenDiagnostics(uri).some((d) => d.code === 'unanswered-question'));
    const seen: string[] = [];
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((u) => u.toString() === uri.toString())) seen.push(kamervragenDiagnostics(uri).map((d) => String(d.code)).sort().join(','));
    });
    try {
      await press(['Antwoord op vraag 2'], { delayMs: 80 });
      await waitFor('the final state', () => kamervragenDiagnostics(uri).some((d) => d.code === 'empty-answer'), 10000);
      await waitFor('the final state among the changes seen', () => seen.includes('empty-answer'), 5000);
    } finally {
      subscription.dispose();
    }
    assert.deepEqual(seen.filter((codes) => codes !== 'unanswered-question' && codes !== 'empty-answer'), [], JSON.stringify(seen));
  });

  it('puts the cursor in the question text first when the question snippet is inserted', async () => {
    const editor = await draftWith('');
    await press(['kv-vraag']);
    assert.ok((await suggestionRows('kv-vraag'))[0]?.startsWith('kv-vraag'));
    await press(['{Tab}', "Hoeveel camera's hangen er?"], { delayMs: 20 });
    await waitFor('the last key in the document', () => editor.document.getText().includes('er?'), 5000);
    assert.equal(editor.document.getText(), "Vraag 1\nHoeveel camera's hangen er?\n\nAntwoord op vraag 1\n<antwoord>\n");
  });
});
