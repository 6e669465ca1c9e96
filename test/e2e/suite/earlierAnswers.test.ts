import { strict as assert } from 'assert';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'fs';
import { join } from 'path';
import * as vscode from 'vscode';
import { keyboardAvailable, press } from './keyboard';
import { waitFor, workspaceFile } from './helpers';

const extensionRoot = vscode.extensions.all.find((e) => e.packageJSON?.name === 'kamervragen')!.extensionPath;
const shots = join(extensionRoot, 'out', 'test', 'e2e', 'screenshots');
/** The quick pick's rows. */
const QUICK_PICK_ROWS = '.quick-input-widget .quick-input-list .monaco-list-row';

const DRAFT = 'Vraag 3\nKent u de berichten over stikstof bij piekbelasting?\n\nAntwoord op vraag 3\nJa. De piekbelasting wordt per gebied bepaald. Zie ook ';

/**
 * Earlier answers from the Kamer's open data, in a real VS Code: the pages made into a register by
 * the command, then "Eerder antwoord zoeken" typed into with real keys, and its pick inserted.
 */
describe('earlier answers from the open data', function () {
  this.timeout(120000);
  const settings = () => vscode.workspace.getConfiguration('kamervragen');

  before(async () => {
    // a folder (its pages, as the command's folder choice gives it) and a file
    const pages = ['', 'meer/pagina-stikstof.json'].map((name) => vscode.Uri.file(join(extensionRoot, 'test', 'fixtures', 'opendata', name)));
    const target = workspaceFile('register-open-data.json');
    const written = await vscode.commands.executeCommand<string>('kamervragen.importRegister', pages, target);
    assert.equal(written, target.fsPath);
    assert.match(readFileSync(target.fsPath, 'utf8'), /"zaaknummer":"2023Z17001"/);
    await settings().update('registers', ['register-open-data.json'], vscode.ConfigurationTarget.Workspace);
  });

  after(async () => {
    await press(['{Escape}', '{Escape}']).catch(() => undefined);
    await settings().update('registers', undefined, vscode.ConfigurationTarget.Workspace);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('workbench.action.toggleSidebarVisibility');
  });

  it('finds an earlier answer by the words of its subject, and Enter inserts its citation', async function () {
    if (!keyboardAvailable()) this.skip(); // @vscode/test-electron has no browser to press keys in
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse('untitled:eerder-antwoord.kamervragen'));
    const editor = await vscode.window.showTextDocument(document);
    // the draft alone behind the list, for the README's picture
    await vscode.commands.executeCommand('workbench.action.closeSidebar');
    await vscode.commands.executeCommand('workbench.action.closeAuxiliaryBar');
    await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), DRAFT));
    const end = document.positionAt(DRAFT.length);
    editor.selection = new vscode.Selection(end, end);
    const picked = vscode.commands.executeCommand<string | undefined>('kamervragen.searchEarlierAnswer');
    mkdirSync(shots, { recursive: true });
    // the list answers the words as they are typed: wait until the best match is on top
    await press(['stikstof piekbelasting'], { delayMs: 60 });
    let rows: string[] = [];
    for (let i = 0; i < 40 && rows.length < 6; i++) rows = await press([], { query: QUICK_PICK_ROWS, waitMs: 150 });
    await press([], { screenshot: join(shots, 'eerder-antwoord-zoeken.png') });
    publish('eerder-antwoord-zoeken');
    // both words first (newest first among equals), then one of them (newest first); nothing without either
    const order = rows.map((row) => /20\d\dZ\d{5}/.exec(row)?.[0]);
    assert.deepEqual(order, ['2024Z08120', '2023Z17001', '2022Z21907', '2024Z10044', '2024Z03311', '2024Z00208'], JSON.stringify(rows));
    assert.match(rows[1], /Stikstofdepositie bij piekbelasting van veehouderijen/);
    // the second: a key down, then Enter
    await press(['{ArrowDown}', '{Enter}']);
    assert.equal(await picked, 'Aanhangsel Handelingen, vergaderjaar 2023-2024, nr. 402');
    await waitFor('the citation inserted', () => document.getText() === `${DRAFT}Aanhangsel Handelingen, vergaderjaar 2023-2024, nr. 402`);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('keeps the ranking when a label holds the words typed, and Enter inserts the first row', async function () {
    if (!keyboardAvailable()) this.skip();
    // "Piekbelasting van het stroomnet" (January 2024) begins with the query; the server ranks the
    // newer whole-word match of June 2024 above it. VS Code's own sort by label would move it to the top.
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse('untitled:eerder-antwoord-volgorde.kamervragen'));
    const editor = await vscode.window.showTextDocument(document);
    await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), DRAFT));
    const end = document.positionAt(DRAFT.length);
    editor.selection = new vscode.Selection(end, end);
    const picked = vscode.commands.executeCommand<string | undefined>('kamervragen.searchEarlierAnswer');
    await press(['piekbelasting'], { delayMs: 60 });
    // the answer to the whole word: only the four whose subject has it (not "Piekbelasters")
    let rows: string[] = [];
    for (let i = 0; i < 40 && !(rows.length === 4 && rows.every((row) => /piekbelasting/i.test(row))); i++) rows = await press([], { query: QUICK_PICK_ROWS, waitMs: 150 });
    await press([], { screenshot: join(shots, 'eerder-antwoord-volgorde.png') });
    const order = rows.map((row) => /20\d\dZ\d{5}/.exec(row)?.[0]);
    assert.deepEqual(order, ['2024Z08120', '2024Z00208', '2023Z17001', '2022Z21907'], JSON.stringify(rows));
    await press(['{Enter}']);
    assert.equal(await picked, 'Aanhangsel Handelingen, vergaderjaar 2023-2024, nr. 2118');
    await waitFor('the citation inserted', () => document.getText() === `${DRAFT}Aanhangsel Handelingen, vergaderjaar 2023-2024, nr. 2118`);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('makes the register from a folder picked in VS Code\'s own dialog, the one a remote window has', async function () {
    if (!keyboardAvailable()) this.skip();
    this.timeout(90000);
    // code-server's dialog picks one file only; a folder gives every page in it
    const folder = join(extensionRoot, 'test', 'fixtures', 'opendata');
    const target = workspaceFile('register-uit-map.json');
    const made = vscode.commands.executeCommand<string | undefined>('kamervragen.importRegister');
    // the first choice: a folder of pages
    let rows: string[] = [];
    for (let i = 0; i < 40 && !rows.some((row) => row.includes('Een map met pagina')); i++) rows = await press([], { query: QUICK_PICK_ROWS, waitMs: 150 });
    await press(['{Enter}'], { waitMs: 500 });
    await dialogOpen();
    await press(['{Control+a}', folder], { delayMs: 10, waitMs: 800 });
    await press([], { screenshot: join(shots, 'register-map-kiezen.png') });
    // Enter may first open the folder in the dialog; Enter again chooses it
    let title = ['Pagina'];
    for (let i = 0; i < 6 && title.some((text) => text.includes('Pagina')); i++) title = await press(['{Enter}'], { waitMs: 1500, query: '.quick-input-widget .quick-input-title' });
    await dialogOpen();
    await press(['{Control+a}', target.fsPath], { delayMs: 10, waitMs: 500 });
    await press([], { screenshot: join(shots, 'register-opslaan.png') });
    await saveInWorkspace();
    assert.equal(await made, target.fsPath);
    const written = readFileSync(target.fsPath, 'utf8');
    for (const zaak of ['2023Z17001', '2023Z17002', '2024Z00107', '2024Z00208']) assert.ok(written.includes(`"zaaknummer":"${zaak}"`), zaak);
    assert.ok(!written.includes('2024Z08120'), 'not the pages in the folder\'s folders');
    await vscode.workspace.fs.delete(target);
  });

  it('makes the register from the files selected in the Explorer, as its context menu calls the command', async function () {
    if (!keyboardAvailable()) this.skip();
    this.timeout(90000);
    const fixture = (name: string) => vscode.Uri.file(join(extensionRoot, 'test', 'fixtures', 'opendata', name));
    assert.ok((vscode.extensions.all.find((e) => e.packageJSON?.name === 'kamervragen')!.packageJSON.contributes.menus['explorer/context'] as Array<{ command: string }>).some((m) => m.command === 'kamervragen.importRegister'));
    const target = workspaceFile('register-uit-verkenner.json');
    // the Explorer passes the file clicked and every file selected
    const made = vscode.commands.executeCommand<string | undefined>('kamervragen.importRegister', fixture('pagina-3.json'), [fixture('pagina-3.json'), fixture('meer')]);
    await dialogOpen();
    await press(['{Control+a}', target.fsPath], { delayMs: 10, waitMs: 500 });
    await saveInWorkspace();
    assert.equal(await made, target.fsPath);
    const written = readFileSync(target.fsPath, 'utf8');
    for (const zaak of ['2024Z00208', '2024Z08120']) assert.ok(written.includes(`"zaaknummer":"${zaak}"`), zaak);
    await vscode.workspace.fs.delete(target);
  });

  it('shows the register entry on hover over the citation it inserted', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'kamervragen', content: 'Zie ook Aanhangsel Handelingen, vergaderjaar 2023-2024, nr. 402.' });
    await vscode.window.showTextDocument(document);
    // the register is read once the setting has reached the server: ask until it answers from it
    let text = '';
    for (let i = 0; i < 50 && !text.includes('Stikstofdepositie'); i++) {
      const found = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, new vscode.Position(0, 20));
      text = found.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
      if (!text.includes('Stikstofdepositie')) await new Promise((wake) => setTimeout(wake, 200));
    }
    assert.match(text, /Indieners: H\.J\. Veenstra \(BBB\), M\. Koster \(CDA\)/);
    assert.match(text, /Gericht aan: minister van Landbouw, Natuur en Voedselkwaliteit/);
    assert.match(text, /Beantwoord: 17 november 2023/);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});

/** VS Code's own file dialog (a remote window's) is open: its list has the parent folder's "..". */
async function dialogOpen(): Promise<void> {
  let rows: string[] = [];
  for (let i = 0; i < 60 && !rows.some((row) => row.trim() === '..'); i++) rows = await press([], { query: QUICK_PICK_ROWS, waitMs: 200 });
  assert.ok(rows.some((row) => row.trim() === '..'), `no file dialog: ${JSON.stringify(rows)}`);
}

/**
 * Enter in VS Code's own save dialog, once its list shows the workspace folder typed (on a busy
 * machine an Enter while the list still follows the typing is lost), and again until it closes.
 */
async function saveInWorkspace(): Promise<void> {
  let rows: string[] = [];
  for (let i = 0; i < 60 && !rows.some((row) => row.trim() === '.vscode'); i++) rows = await press([], { query: QUICK_PICK_ROWS, waitMs: 200 });
  for (let i = 0; i < 5 && rows.some((row) => row.trim() === '..'); i++) rows = await press(['{Enter}'], { query: QUICK_PICK_ROWS, waitMs: 1500 });
}

/** The README's picture: copied into images/ by `npm run screenshots`. */
function publish(name: string): void {
  const images = process.env.KAMERVRAGEN_SCREENSHOTS;
  if (images && existsSync(join(shots, `${name}.png`))) copyFileSync(join(shots, `${name}.png`), join(images, `${name}.png`));
}
