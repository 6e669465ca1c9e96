import { strict as assert } from 'assert';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import mammoth from 'mammoth';
import * as vscode from 'vscode';
import { kamervragenDiagnostics, waitFor } from './helpers';
import { keyboardAvailable, press } from './keyboard';

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

  it('says in a warning what it could not place, with a count and where, and the draft marks it (reported)', async function () {
    const folder = mkdtempSync(join(tmpdir(), 'kamervragen-onvolledig-'));
    const questions = join(folder, 'vragen.txt');
    writeFileSync(questions, [
      'Vragen van het lid Verbeek (GroenLinks-PvdA) aan de minister van Infrastructuur en Waterstaat over de verzakking van dijken (ingezonden 14 oktober 2025).',
      '',
      'Vraag 1',
      'Kent u het rapport van de inspectie1 en de brief van de burgemeesters 2, 3 en 4?',
      '',
      '1 Inspectie, rapport «Zorg voor later», oktober 2025.',
      '2 Brief van de burgemeesters, 1 oktober 2025.',
      '',
    ].join('\n'));
    await vscode.commands.executeCommand('notifications.clearAll');
    const document = await vscode.commands.executeCommand<vscode.TextDocument>('kamervragen.newFromQuestions', vscode.Uri.file(questions));
    try {
      assert.match(document.getText(), /\n\[2\] <controleer: voetnoottekst zonder verwijzing in de vragen> Brief van de burgemeesters, 1 oktober 2025\.\n/);
      await waitFor('the mark reported', () => kamervragenDiagnostics(document.uri).some((d) => d.code === 'placeholder' && d.message.includes('<controleer: voetnoottekst zonder verwijzing in de vragen>')));
      if (!keyboardAvailable()) return; // the notification is seen in the browser only
      const shots = join(extensionRoot, 'out', 'test', 'e2e', 'screenshots');
      mkdirSync(shots, { recursive: true });
      // in the notifications list, as the drafter finds it (the headless window shows no toasts)
      await vscode.commands.executeCommand('notifications.showList');
      let shown: string[] = [];
      for (let i = 0; i < 30 && !shown.some((text) => text.includes('Niet alles kon een plaats krijgen')); i++) {
        shown = await press([], { query: '.notifications-center .notification-list-item-message', waitMs: 200, screenshot: join(shots, 'new-unplaced.png') });
      }
      assert.ok(
        shown.some((text) => /^Niet alles kon een plaats krijgen: 1 voetnoottekst zonder verwijzing in de vragen \(voetnoot 2 op regel 7\)\..* Concept met 1 vraag en 2 voetnoten\./.test(text)),
        JSON.stringify(shown),
      );
    } finally {
      await vscode.commands.executeCommand('notifications.clearAll');
      await vscode.commands.executeCommand('notifications.hideList');
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
