import { strict as assert } from 'assert';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import * as vscode from 'vscode';
import { keyboardAvailable, press, pressKeys, suggestionRows, SUGGESTIONS } from './keyboard';
import { kamervragenDiagnostics, waitFor } from './helpers';
import { PROSE } from '../../helpers/prose';

/**
 * A drafter's day in a real VS Code, with real key presses: the editor never interrupts prose, and
 * what it offers where it helps does what it says. Each test leaves a screenshot in
 * out/test/e2e/screenshots/ to look at; `npm run screenshots` also copies the README's into images/.
 */

const extension = () => vscode.extensions.all.find((e) => e.packageJSON?.name === 'kamervragen')!;
const extensionRoot = extension().extensionPath;
const shots = join(extensionRoot, 'out', 'test', 'e2e', 'screenshots');

/** Where a screenshot goes; the pictures the README shows are copied into images/ by `npm run screenshots`. */
function shot(name: string): string {
  mkdirSync(shots, { recursive: true });
  return join(shots, `${name}.png`);
}

/** A screenshot the README and the manual show, copied into images/ when `npm run screenshots` asks. */
function publish(name: string, picture: string): void {
  const images = process.env.KAMERVRAGEN_SCREENSHOTS;
  if (images) copyFileSync(join(shots, `${name}.png`), join(images, `${picture}.png`));
}

let drafts = 0;

/**
 * A new draft with this text, the cursor at its end. Each has a name of its own: a new
 * "Untitled-1" can get the text of the one closed just before it (from VS Code's backup).
 */
async function draftWith(content: string, cursor?: vscode.Position): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(`untitled:concept-${++drafts}.kamervragen`));
  const editor = await vscode.window.showTextDocument(document);
  if (content) assert.ok(await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), content)));
  assert.equal(document.languageId, 'kamervragen');
  const at = cursor ?? document.positionAt(content.length);
  editor.selection = new vscode.Selection(at, at);
  await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
  return editor;
}

const ANSWERED = 'Vraag 1\nKlopt het?\n\nAntwoord op vraag 1\nJa.\n\nVraag 2\nWaarom?\n\nAntwoord op vraag 2\nDaarom.\n\n';

describe('an editor that never interrupts', function () {
  this.timeout(120000);

  before(async function () {
    if (!keyboardAvailable()) this.skip(); // @vscode/test-electron has no browser to press keys in
    // the editor alone in the screenshots
    await vscode.commands.executeCommand('workbench.action.closeAuxiliaryBar');
    await vscode.commands.executeCommand('workbench.action.closeSidebar');
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed') await press([], { screenshot: shot(`failed-${this.currentTest.title.replace(/\W+/g, '-')}`) });
    await press(['{Escape}', '{Escape}']);
    await vscode.commands.executeCommand('workbench.action.closePanel');
    const untitled = vscode.workspace.textDocuments.filter((d) => d.isUntitled);
    for (let i = 0; i < 20 && vscode.window.tabGroups.all.some((group) => group.tabs.length > 0); i++) {
      await vscode.commands.executeCommand('workbench.action.focusFirstEditorGroup');
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
    // until the window has let go of them: a new draft could otherwise get the old one's name and text
    await waitFor('the drafts closed', () => untitled.every((d) => d.isClosed), 10000);
  });

  describe('prose', () => {
    const sentences = PROSE;

    it('shows no suggestion at any moment while Dutch sentences are typed', async () => {
      const editor = await draftWith(ANSWERED);
      const { seen } = await pressKeys(sentences.flatMap((sentence) => [sentence, '{Enter}']), { delayMs: 25, watch: SUGGESTIONS, waitMs: 500, screenshot: shot('prose') });
      assert.deepEqual(seen, [], 'the suggest widget showed while prose was typed');
      assert.equal(editor.document.getText(), ANSWERED + sentences.map((s) => `${s}\n`).join(''));
    });

    it('shows the snippets after "kv" at the start of a line, and Tab inserts one', async () => {
      const editor = await draftWith(ANSWERED);
      await press(['kv']);
      const rows = await suggestionRows('kv-');
      await press([], { screenshot: shot('snippets-kv') });
      publish('snippets-kv', 'editor-snippets');
      for (const prefix of ['kv-brief', 'kv-kop', 'kv-vraag', 'kv-samen', 'kv-mededeling', 'kv-voetnoot']) assert.ok(rows.some((row) => row.startsWith(prefix)), `${prefix} in ${JSON.stringify(rows)}`);
      // as a drafter does: Tab once the list shows what was typed (the list is asked for again at every key)
      await press(['-samen']);
      assert.ok((await suggestionRows('kv-samen'))[0]?.startsWith('kv-samen'));
      await press(['{Tab}', '{Escape}']);
      assert.match(editor.document.getText(), /\nAntwoord op vragen 4 en 5\n/);
    });

    it('shows the snippets on Ctrl+Space on an empty line', async () => {
      await draftWith(ANSWERED);
      await press(['{Control+Space}']);
      const rows = await suggestionRows();
      assert.ok(rows.some((row) => row.startsWith('kv-vraag')), JSON.stringify(rows));
    });

    it('keeps the server\'s suggestions where they help', async () => {
      const cases: Array<[string, string]> = [
        ['Zie het antwoord op vraag ', '1'],
        ['Uw kenmerk ', '2026Z00025'],
        ['De minister van ', 'Financiën'],
        ['Zoals de NOS meldde[', '3'],
      ];
      for (const [typed, first] of cases) {
        await draftWith('Vraag 1\nKlopt het?[1]\n\nVraag 2\nWaarom?[2]\n\n[1] NOS\n[2] RTL\n', new vscode.Position(5, 0));
        await press(['{Enter}', '{ArrowUp}', typed]);
        const rows = await suggestionRows(first, true);
        assert.ok(rows.some((r) => r.trim().startsWith(first)), `${typed}: ${JSON.stringify(rows)}`);
        await press(['{Escape}']);
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      }
    });
  });

  it('Enter picks the highlighted choice of a snippet', async () => {
    const editor = await draftWith('');
    await press(['kv-kop']);
    assert.ok((await suggestionRows('kv-kop'))[0]?.startsWith('kv-kop'));
    await press(['{Tab}']);
    const choices = await suggestionRows('het lid');
    assert.deepEqual(choices.map((c) => c.trim().split('\n')[0]), ['het lid', 'de leden']);
    await press(['{ArrowDown}'], { screenshot: shot('snippet-choice') });
    publish('snippet-choice', 'editor-choice');
    const version = editor.document.version;
    await press(['{Enter}']);
    await waitFor('Enter to change the text', () => editor.document.version > version, 5000);
    const first = editor.document.lineAt(0).text;
    assert.match(first, /^Vragen van de leden <naam> \(<partij>\) aan de .* \(ingezonden .*\)\.$/, first);
  });

  it('asks about exporting a draft with errors in Dutch, and Enter picks the safe choice', async () => {
    await draftWith('Vraag 1\nKlopt het?\n');
    const target = vscode.Uri.file(join(mkdtempSync(join(tmpdir(), 'kamervragen-dialog-')), 'antwoorden.docx'));
    const exported = vscode.commands.executeCommand<string | undefined>('kamervragen.exportWord', target);
    const rows = '.quick-input-widget .quick-input-list .monaco-list-row';
    let choices: string[] = [];
    for (let i = 0; i < 40 && choices.length === 0; i++) choices = await press([], { query: rows, waitMs: 250 });
    const [title] = await press([], { query: '.quick-input-widget .quick-input-title', screenshot: shot('export-question') });
    publish('export-question', 'editor-export');
    assert.match(title, /Het concept heeft nog 1 fout\. Toch naar Word exporteren\?/);
    const buttons = await press([], { query: '.quick-input-widget .monaco-button:visible' });
    assert.ok([...choices, ...buttons].every((text) => !/\b(?:Cancel|OK|Yes|No)\b/.test(text)), `one language: ${JSON.stringify([...choices, ...buttons])}`);
    const focused = await press([], { query: `${rows}.focused` });
    assert.match((focused[0] ?? '').trim(), /^Fouten bekijken/, `the default: ${JSON.stringify(focused)}`);
    await press(['{Enter}']);
    assert.equal(await exported, undefined);
    assert.ok(!existsSync(target.fsPath), 'Enter exported the draft');
  });

  it('"Mededeling invoegen" with the cursor at the end of a line adds a block of its own', async () => {
    const text = 'Vragen van het lid Jansen (VVD) aan de minister van Justitie en Veiligheid over camera\'s (ingezonden 3 januari 2026, 2026Z00025).\n\nVraag 1\nKlopt het?\n\nDe beantwoording vraagt meer tijd. De datum is nog niet bekend.';
    const editor = await draftWith(text);
    await press(['{F1}']);
    await press(['Kamervragen: Insert the Mededeling'], { waitMs: 300 });
    await press(['{Enter}'], { waitMs: 500 });
    await waitFor('the Mededeling', () => editor.document.getText().includes('kunnen niet binnen'), 10000);
    await press(['{Escape}'], { screenshot: shot('mededeling') });
    const lines = editor.document.getText().split('\n');
    const at = lines.indexOf('De beantwoording vraagt meer tijd. De datum is nog niet bekend.');
    assert.ok(at >= 0, editor.document.getText());
    assert.deepEqual(lines.slice(at + 1, at + 3), ['', 'Mededeling']);
  });

  describe('the status bar', () => {
    const status = () => press([], { query: '.statusbar-item', waitMs: 100 }).then((items) => items.filter((i) => /beantwoord|uitgesteld/.test(i)));

    it('counts only answers with text, and stays steady while an old draft is typed on', async () => {
      const head = 'Vragen van het lid Jansen (VVD) aan de minister van Justitie en Veiligheid over camera\'s (ingezonden 3 januari 2024, 2024Z00025).\n\n';
      const placeholders = [1, 2, 3].map((n) => `Vraag ${n}\nKlopt het?\n\nAntwoord op vraag ${n}\n<antwoord>\n`).join('\n');
      const editor = await draftWith(`${head}${placeholders}\nVraag 4\nWaarom?\n\nAntwoord op vraag 4\nDaarom.\n\n`);
      await waitFor('diagnostics', () => kamervragenDiagnostics(editor.document.uri).length > 0);
      let shown: string[] = [];
      for (let i = 0; i < 40 && !shown.some((s) => /\/4 beantwoord/.test(s)); i++) shown = await status();
      assert.ok(shown.some((s) => /\b1\/4 beantwoord/.test(s)), JSON.stringify(shown));
      const { seen } = await pressKeys(['Vraag 5', '{Enter}', 'Hoeveel camera\'s hangen er?', '{Enter}', '{Enter}'], { delayMs: 60, watch: '.statusbar-item.warning-kind', waitMs: 1500, screenshot: shot('status-bar') });
      assert.deepEqual(seen, [], 'the status bar turned orange while typing');
      shown = await status();
      assert.ok(shown.every((s) => !/te laat/.test(s)), JSON.stringify(shown));
    });
  });

  it('kv-vraag takes the next free question number', async () => {
    const editor = await draftWith(ANSWERED);
    await press(['kv-vraag']);
    assert.ok((await suggestionRows('kv-vraag'))[0]?.startsWith('kv-vraag'));
    await press(['{Tab}', 'Hoeveel camera\'s hangen er?'], { screenshot: shot('kv-vraag') });
    assert.match(editor.document.getText(), /\nVraag 3\nHoeveel camera's hangen er\?\n\nAntwoord op vraag 3\n<antwoord>\n/);
  });

  it('draws no box around ’, the apostrophe of Kamer texts', async () => {
    const editor = await draftWith('');
    const highlighted = await press(['Het aantal baby’s en AZC’s in de regio’s stijgt.'], { query: '.monaco-editor .unicode-highlight', waitMs: 800, screenshot: shot('apostrophe') });
    assert.equal(editor.document.getText(), 'Het aantal baby’s en AZC’s in de regio’s stijgt.');
    assert.deepEqual(highlighted, []);
    assert.equal(await press([], { query: '.monaco-editor .unicode-highlight' }).then((found) => found.length), 0);
  });

  it('the "[" completion of a new footnote also adds its text at the end', async () => {
    const editor = await draftWith('Vraag 1\nKlopt het?[1]\n\nAntwoord op vraag 1\nJa, volgens de NOS\n\n[1] NOS, 2 januari 2026\n', new vscode.Position(4, 18));
    await press(['[']);
    const rows = await suggestionRows('2');
    assert.ok(rows.some((row) => /^2\b/.test(row.trim())), JSON.stringify(rows));
    await press(['{Tab}'], { screenshot: shot('footnote'), waitMs: 300 });
    assert.equal(editor.document.getText(), 'Vraag 1\nKlopt het?[1]\n\nAntwoord op vraag 1\nJa, volgens de NOS[2]\n\n[1] NOS, 2 januari 2026\n[2] <invullen>\n');
  });

  it('kv-kop after the cover letter fills in the askers, subject and date from it', async () => {
    const letter = [
      'Aan de Voorzitter van de Tweede Kamer der Staten-Generaal',
      'Postbus 20018',
      '2500 EA Den Haag',
      '',
      'Datum 20 januari 2026',
      'Betreft Antwoorden Kamervragen over camera\'s op straat',
      '',
      'Uw kenmerk 2026Z00025',
      '',
      'Geachte Voorzitter,',
      '',
      'Hierbij zend ik u de antwoorden op de vragen van het lid Jansen (VVD) over camera\'s op straat (ingezonden 3 januari 2026, 2026Z00025).',
      '',
      'De minister van Justitie en Veiligheid,',
      '',
      '',
      '',
      'J. de Vries',
      '',
      '',
      '',
    ].join('\n');
    const editor = await draftWith(letter);
    await press(['kv-kop']);
    assert.ok((await suggestionRows('kv-kop'))[0]?.startsWith('kv-kop'));
    await press(['{Tab}'], { waitMs: 300, screenshot: shot('kv-kop') });
    const heading = editor.document.lineAt(20).text;
    assert.match(heading, /^Vragen van het lid Jansen \(VVD\) aan de .* over camera's op straat \(ingezonden 3 januari 2026(?:, 2026Z00025)?\)\.$/, heading);
  });

  it('names an untitled draft for the drafter, not after its first line', async () => {
    await press(['{F1}']);
    await press(['Kamervragen: New answer document'], { waitMs: 300 });
    await press(['{Enter}'], { waitMs: 800 });
    const editor = await waitFor('the new document', () => vscode.window.activeTextEditor?.document.languageId === 'kamervragen' && vscode.window.activeTextEditor);
    await press(['{Escape}'], { screenshot: shot('untitled-tab') });
    assert.ok(editor.document.isUntitled);
    const label = vscode.window.tabGroups.activeTabGroup.activeTab?.label ?? '';
    assert.match(label, /^Concept-antwoord/, label);
  });

  it('finds every command in the palette by the English name the Details page gives it', async () => {
    const details = readFileSync(join(extensionRoot, 'dist', 'details.md'), 'utf8');
    const english = [...details.matchAll(/^\| \*Kamervragen: [^*]+\*(?: ¹)? \| \*(Kamervragen: [^*]+)\* \|$/gm)].map((m) => m[1]);
    assert.equal(english.length, (extension().packageJSON.contributes.commands as unknown[]).length, 'every command has a row');
    await draftWith('Vraag 1\nKlopt het?\n');
    for (const name of english) {
      const rows = await press(['{F1}', name], { query: '.quick-input-widget .quick-input-list .monaco-list-row', waitMs: 400 });
      await press(['{Escape}']);
      assert.ok(rows.some((row) => row.split('\n')[0].trim() === name), `${name}: ${JSON.stringify(rows)}`);
    }
  });
});
