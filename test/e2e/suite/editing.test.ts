import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import { kamervragenDiagnostics, waitFor, workspaceFile } from './helpers';

const DUTCH_MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const now = new Date();
const todayInDutch = `${now.getDate()} ${DUTCH_MONTHS[now.getMonth()]} ${now.getFullYear()}`;

async function newDraft(content = ''): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument({ language: 'kamervragen', content });
  return vscode.window.showTextDocument(document);
}

async function closeWithoutSaving(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}

/** The completion items the server offers at a position, as Ctrl+Space asks for them. */
async function completionsAt(editor: vscode.TextEditor, position: vscode.Position): Promise<vscode.CompletionItem[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, position);
  return list.items;
}

const labelOf = (item: vscode.CompletionItem) => (typeof item.label === 'string' ? item.label : item.label.label);

/** What each snippet must put in the document (besides the date, checked separately). */
const expectedLines: Record<string, string[]> = {
  'kv-brief': ['Aan de Voorzitter van de Tweede Kamer der Staten-Generaal', 'Postbus 20018', '2500 EA Den Haag', `Datum ${todayInDutch}`, 'Ons kenmerk <invullen>', 'Uw kenmerk 2026Z00000', 'Geachte Voorzitter,', 'De minister van <ministerie>,'],
  'kv-brief-ek': ['Aan de Voorzitter van de Eerste Kamer der Staten-Generaal', 'Postbus 20017', `Datum ${todayInDutch}`],
  'kv-kop': [`Antwoord van minister <naam> (<ministerie>), mede namens de minister van <ministerie> (ontvangen ${todayInDutch}).`, 'Zie ook Aanhangsel Handelingen, vergaderjaar 2025-2026, nr. <nummer>.'],
  'kv-vraag': ['Vraag 1', '<vraag>', 'Antwoord op vraag 1', '<antwoord>'],
  'kv-samen': ['Antwoord op vragen 4 en 5'],
  'kv-mededeling': ['Mededeling'],
  'kv-voetnoot': ['[1]', '[1] <invullen>'],
  'kv-voetnoottekst': ['[1] <bron>'],
  'kv-nieuw': ['Postbus 20018', `Datum ${todayInDutch}`, 'Vragen van het lid <naam> (<partij>) aan de minister van <ministerie> over <onderwerp> (ingezonden <datum>).', 'Vraag 1', 'Antwoord op vraag 1'],
};

describe('snippets', () => {
  it('every snippet the server offers at the start of a line is covered by this test', async () => {
    const editor = await newDraft();
    try {
      assert.deepEqual((await completionsAt(editor, new vscode.Position(0, 0))).map(labelOf).sort(), Object.keys(expectedLines).sort());
    } finally {
      await closeWithoutSaving();
    }
  });

  for (const prefix of Object.keys(expectedLines)) {
    it(`inserts "${prefix}"`, async () => {
      const editor = await newDraft();
      try {
        const item = (await completionsAt(editor, new vscode.Position(0, 0))).find((i) => labelOf(i) === prefix)!;
        const snippet = item.insertText instanceof vscode.SnippetString ? item.insertText : new vscode.SnippetString(String(item.insertText));
        // as VS Code accepts an item: the additional edits (at the end of the empty draft) and the snippet at the cursor
        if (item.additionalTextEdits) assert.ok(await editor.edit((edit) => item.additionalTextEdits!.forEach((e) => edit.replace(e.range, e.newText))));
        assert.ok(await editor.insertSnippet(snippet, new vscode.Position(0, 0)));
        const lines = editor.document.getText().split('\n');
        for (const line of expectedLines[prefix]) assert.ok(lines.includes(line), `"${line}" in:\n${lines.join('\n')}`);
      } finally {
        await closeWithoutSaving();
      }
    });
  }

  it('the Mededeling snippet carries the standard wording', async () => {
    const editor = await newDraft();
    try {
      const item = (await completionsAt(editor, new vscode.Position(0, 0))).find((i) => labelOf(i) === 'kv-mededeling')!;
      assert.ok(await editor.insertSnippet(item.insertText as vscode.SnippetString));
      assert.match(editor.document.getText(), /kunnen niet binnen de gebruikelijke termijn van drie weken worden beantwoord/);
    } finally {
      await closeWithoutSaving();
    }
  });
});

describe('completion from the server', () => {
  it('offers the next question with its answer heading, and a footnote with its definition', async () => {
    const editor = await newDraft('Vraag 1\nKlopt het?\n\nAntwoord op vraag 1\nJa.\n\n');
    try {
      const items = await completionsAt(editor, new vscode.Position(6, 0));
      const question = items.find((item) => labelOf(item) === 'kv-vraag');
      assert.match((question?.insertText as vscode.SnippetString).value, /^Vraag 2\n/);
      const footnote = items.find((item) => labelOf(item) === 'kv-voetnoot');
      assert.ok(footnote?.additionalTextEdits?.[0].newText.includes('[1] <invullen>'));
    } finally {
      await closeWithoutSaving();
    }
  });
});

describe('quick fixes', () => {
  let editor: vscode.TextEditor;
  const uri = () => workspaceFile('problemen.kamervragen');

  before(async () => {
    editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri()));
    await waitFor('diagnostics of problemen.kamervragen', () => kamervragenDiagnostics(uri()).length >= 3);
  });
  after(async () => {
    await vscode.window.showTextDocument(editor.document);
    await closeWithoutSaving();
  });

  async function applyFix(code: string, title: RegExp): Promise<void> {
    const diagnostic = await waitFor(`a ${code} diagnostic`, () => kamervragenDiagnostics(uri()).find((d) => d.code === code));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri(), diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    const action = actions.find((a) => title.test(a.title));
    assert.ok(action?.edit, `a quick fix ${title} among: ${actions.map((a) => a.title).join(', ')}`);
    assert.ok(await vscode.workspace.applyEdit(action.edit));
  }

  it('adds a definition for the undefined footnote', async () => {
    await applyFix('undefined-footnote', /Voeg voetnoottekst \[2\] toe/);
    assert.match(editor.document.getText(), /\[1\] NOS, 2 januari 2026\n\[2\] <invullen>\n\[3\] Ongebruikte bron/);
    await waitFor('undefined-footnote to go', () => !kamervragenDiagnostics(uri()).some((d) => d.code === 'undefined-footnote'));
  });

  it('removes the unused definition', async () => {
    await applyFix('unused-footnote', /Verwijder ongebruikte voetnoot \[3\]/);
    assert.doesNotMatch(editor.document.getText(), /Ongebruikte bron/);
    await waitFor('unused-footnote to go', () => !kamervragenDiagnostics(uri()).some((d) => d.code === 'unused-footnote'));
  });

  it('inserts the missing answer heading', async () => {
    await applyFix('unanswered-question', /Voeg 'Antwoord op vraag 2' toe/);
    assert.match(editor.document.getText(), /Waarom is dat zo\?\n\nAntwoord op vraag 2\n/);
    // the heading is there; until its answer is written, empty-answer says so
    const empty = await waitFor('empty-answer on the new heading', () => kamervragenDiagnostics(uri()).find((d) => d.code === 'empty-answer'));
    const answerLine = empty.range.start.line + 1;
    assert.ok(await editor.edit((edit) => edit.insert(new vscode.Position(answerLine, 0), 'Daarom.')));
    await waitFor('no diagnostics left but the footnote text to fill in', () => kamervragenDiagnostics(uri()).every((d) => d.code === 'placeholder'));
  });

  it('renumbers the footnotes in order of appearance, as a fix-all source action', async () => {
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri(), new vscode.Range(0, 0, 0, 0), 'source.fixAll.kamervragen');
    const renumber = actions.find((a) => /Nummer de voetnoten/.test(a.title));
    assert.ok(renumber?.edit);
    assert.ok(await vscode.workspace.applyEdit(renumber.edit));
    const text = editor.document.getText();
    assert.match(text, /Kent u het bericht\?\[1\]/);
    assert.match(text, /Ja\.\[2\]/);
    assert.match(text, /\[2\] NOS, 2 januari 2026\n\[1\] <invullen>/);
    await waitFor('still no diagnostics but the footnote text to fill in', () => kamervragenDiagnostics(uri()).every((d) => d.code === 'placeholder'));
  });
});

describe('commands', () => {
  it('inserts the Mededeling for the current questions', async () => {
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceFile('concept.kamervragen')));
    try {
      const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
      editor.selection = new vscode.Selection(end, end);
      await vscode.commands.executeCommand('kamervragen.insertMededeling');
      assert.match(
        editor.document.getText(),
        /De vragen van het lid Jansen \(VVD\) over camera's \(ingezonden 3 januari 2026, 2026Z00025\) kunnen niet binnen de gebruikelijke termijn van drie weken worden beantwoord\./,
      );
    } finally {
      await closeWithoutSaving();
    }
  });

  it('creates a new answer document from the template', async () => {
    await vscode.commands.executeCommand('kamervragen.newDocument');
    try {
      const document = vscode.window.activeTextEditor!.document;
      assert.equal(document.languageId, 'kamervragen');
      assert.match(document.getText(), /Aan de Voorzitter van de Tweede Kamer der Staten-Generaal[\s\S]*Vraag 1[\s\S]*Antwoord op vraag 1/);
    } finally {
      await closeWithoutSaving();
    }
  });

  it('checks every draft in the workspace and puts the results in the Problems panel', async () => {
    const result = await vscode.commands.executeCommand<{ checked: number; errors: number }>('kamervragen.checkWorkspace');
    assert.ok(result.checked >= 3, `checked ${result.checked}`);
    const unopened = workspaceFile('nog-niet-geopend.kamervragen');
    await waitFor('diagnostics of a draft that was never opened', () => kamervragenDiagnostics(unopened).some((d) => d.code === 'unanswered-question'));
  });

  it('jumps to the first unanswered question', async () => {
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceFile('nog-niet-geopend.kamervragen')));
    try {
      editor.selection = new vscode.Selection(1, 5, 1, 5);
      await vscode.commands.executeCommand('kamervragen.gotoFirstUnanswered');
      assert.deepEqual([editor.selection.active.line, editor.selection.active.character], [0, 0]);
    } finally {
      await closeWithoutSaving();
    }
  });
});
