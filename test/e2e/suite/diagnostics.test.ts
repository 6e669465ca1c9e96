import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import { kamervragenDiagnostics, waitFor, workspaceFile } from './helpers';

describe('kamervragen in VS Code', () => {
  let editor: vscode.TextEditor;
  const uri = () => workspaceFile('concept.kamervragen');

  before(async () => {
    const document = await vscode.workspace.openTextDocument(uri());
    editor = await vscode.window.showTextDocument(document);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('opens .kamervragen files in the kamervragen language', () => {
    assert.equal(editor.document.languageId, 'kamervragen');
  });

  it('lets suggestions appear while typing prose', () => {
    const quickSuggestions = vscode.workspace.getConfiguration('editor', { languageId: 'kamervragen' }).get<Record<string, string>>('quickSuggestions');
    assert.equal(quickSuggestions?.other, 'on');
  });

  it('shows the unanswered question as an error on its heading', async () => {
    const diagnostics = await waitFor('diagnostics of the draft', () => {
      const found = kamervragenDiagnostics(uri());
      return found.length > 0 && found;
    });
    assert.deepEqual(diagnostics.map((d) => d.code), ['unanswered-question']);
    assert.equal(diagnostics[0].severity, vscode.DiagnosticSeverity.Error);
    assert.equal(diagnostics[0].range.start.line, 8);
    assert.equal(diagnostics[0].message, "Vraag 2 heeft geen antwoord. Voeg 'Antwoord op vraag 2' toe.");
  });

  it('clears the error once the drafter types the answer heading', async () => {
    const position = new vscode.Position(10, 0);
    editor.selection = new vscode.Selection(position, position);
    await vscode.commands.executeCommand('type', { text: '\nAntwoord op vraag 2\nOngeveer duizend.\n' });
    await waitFor('the error to go', () => kamervragenDiagnostics(uri()).length === 0);
  });

  it('offers the outline of questions and answers', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri());
    assert.deepEqual(symbols?.map((s) => s.name), ['Vraag 1', 'Antwoord op vraag 1', 'Vraag 2', 'Antwoord op vraag 2']);
  });
});
