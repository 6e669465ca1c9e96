import { strict as assert } from 'assert';
import { existsSync, mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import mammoth from 'mammoth';
import * as vscode from 'vscode';
import { kamervragenDiagnostics, waitFor } from './helpers';

const extensionRoot = vscode.extensions.all.find((e) => e.packageJSON?.name === 'kamervragen')!.extensionPath;

/** From the Kamer's questions to a Word letter, through the two commands. */
describe('Word in and out', function () {
  this.timeout(60000);

  it('makes a draft from a questions file, as a new unsaved document', async () => {
    const questions = vscode.Uri.file(join(extensionRoot, 'test', 'corpus', 'real', 'ah-tk-20242025-593.txt'));
    const document = await vscode.commands.executeCommand<vscode.TextDocument>('kamervragen.newFromQuestions', questions);
    try {
      assert.ok(document?.isUntitled);
      assert.equal(document.languageId, 'kamervragen');
      assert.match(document.getText(), /\nVraag 1\nHeeft u kennisgenomen van het artikel\?\[1\]\n\nAntwoord op vraag 1\n<antwoord>\n/);
      await waitFor('the placeholders reported', () => kamervragenDiagnostics(document.uri).some((d) => d.code === 'placeholder'));
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  it('exports the open draft to Word, with real footnotes', async () => {
    const draft = await vscode.workspace.openTextDocument(vscode.Uri.file(join(extensionRoot, 'examples', '2026Z01234-antwoorden-cameras.kamervragen')));
    await vscode.window.showTextDocument(draft);
    try {
      const target = vscode.Uri.file(join(mkdtempSync(join(tmpdir(), 'kamervragen-word-')), 'antwoorden.docx'));
      const written = await vscode.commands.executeCommand<string>('kamervragen.exportWord', target, true);
      assert.equal(written, target.fsPath);
      assert.ok(existsSync(target.fsPath));
      const { value: html } = await mammoth.convertToHtml({ buffer: readFileSync(target.fsPath) });
      assert.match(html, /<strong>Vraag 1<\/strong>/);
      assert.match(html, /<li id="footnote-1">/);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    }
  });
});
