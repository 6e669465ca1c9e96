import { strict as assert } from 'assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { pathToFileURL } from 'url';
import { answeredWithin, LspTestClient } from '../helpers/lspClient';

/**
 * The boundary with the client: any client that keeps to the protocol, however minimal, leaves the
 * built server alive and answering. Every server here runs under --unhandled-rejections=strict, so
 * a promise left unhandled anywhere ends the process and fails the test. "Answered" means before a
 * generous liveness limit; speed is measured in the benchmarks.
 */
describe('hostile clients (the built server)', function () {
  this.timeout(60000);
  const strict = { nodeArguments: ['--unhandled-rejections=strict'] };
  const draftText = 'Uw kenmerk 20\nVraag 1\nKlopt het?\n\nAntwoord op vraag 1\nJa.\n';
  let root: string;
  let folder: string;
  let client: LspTestClient | undefined;
  const uriOf = (name: string) => pathToFileURL(join(folder, name)).toString();
  const folderUri = () => pathToFileURL(folder).toString();

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'kamervragen-client-'));
    folder = join(root, 'werkmap');
    mkdirSync(folder);
    writeFileSync(join(folder, 'draft.kamervragen'), draftText);
  });
  afterEach(async () => {
    await client?.shutdown();
    client = undefined;
    rmSync(root, { recursive: true, force: true });
  });

  async function open(c: LspTestClient, name = 'draft.kamervragen', text = draftText): Promise<void> {
    await c.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uriOf(name), languageId: 'kamervragen', version: 1, text } });
  }

  const symbols = (c: LspTestClient, name = 'draft.kamervragen') => c.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: uriOf(name) } }) as Promise<unknown[]>;

  async function completionLabels(c: LspTestClient): Promise<string[]> {
    const list = await answeredWithin(c.connection.sendRequest('textDocument/completion', { textDocument: { uri: uriOf('draft.kamervragen') }, position: { line: 0, character: 11 } }) as Promise<{ items: Array<{ label: string }> }>, 'completion');
    return list.items.map((i) => i.label);
  }

  /** A register of `count` entries: more than one slice, so that loading it waits for the checks between slices. */
  function writeRegister(name: string, count: number): void {
    writeFileSync(join(folder, name), JSON.stringify(Array.from({ length: count }, (_, i) => ({ zaaknummer: `2024Z${String(10000 + i).padStart(5, '0')}`, onderwerp: `zaak ${i}` }))));
  }

  it('survives a client that answers every request of the server with an error, and keeps answering', async () => {
    // causes for every kind of message and request: settings to pull, a capability to register,
    // registers outside the workspace and missing, a bad value in kamervragen.json
    writeFileSync(join(root, 'buiten.json'), '[]');
    writeFileSync(join(folder, 'kamervragen.json'), JSON.stringify({ registers: ['../buiten.json', 'ontbreekt.json'], run: 'onPuase' }));
    client = new LspTestClient({}, {}, { ...strict, answerWithErrors: true });
    await client.initialize(folderUri(), { workspace: { configuration: true, workspaceFolders: true, didChangeConfiguration: { dynamicRegistration: true } } });
    await open(client);
    await client.diagnosticsWhere(uriOf('draft.kamervragen'), () => true);
    await client.messageWhere((m) => m.includes('buiten de werkmap'));
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: uriOf('draft.kamervragen'), version: 2 }, contentChanges: [{ text: `${draftText}\nVraag 2\nEn nu?\n` }] });
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf('kamervragen.json'), type: 2 }] });
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await answeredWithin(client.connection.sendRequest('kamervragen/checkWorkspace', {}), 'check workspace');
    await completionLabels(client);
    await client.diagnosticsWhere(uriOf('draft.kamervragen'), (p) => p.version === 2);
    assert.ok(client.refusedRequests.length > 0, 'the server asked something and got an error');
    assert.ok(Array.isArray(await answeredWithin(symbols(client), 'outline after the errors')));
    assert.ok(client.alive, client.stderr);
  });

  it('gives one message per cause, with a count: a thousand registers outside the workspace, three missing inside it', async () => {
    writeRegister('register.json', 10);
    const outside = Array.from({ length: 1000 }, (_, i) => `../buiten-${i}.json`);
    for (let i = 0; i < 1000; i++) writeFileSync(join(root, `buiten-${i}.json`), '[]');
    writeFileSync(join(folder, 'kamervragen.json'), JSON.stringify({ registers: ['register.json', ...outside, 'ontbreekt-0.json', 'ontbreekt-1.json', 'ontbreekt-2.json'] }));
    client = new LspTestClient({}, {}, strict);
    await client.initialize(folderUri());
    await open(client);
    assert.ok((await completionLabels(client)).includes('2024Z10000'), 'the good register loads');
    await client.diagnosticsWhere(uriOf('draft.kamervragen'), () => true);
    const aboutOutside = client.shownMessages.filter((m) => m.includes('buiten-'));
    const aboutMissing = client.shownMessages.filter((m) => m.includes('ontbreekt-'));
    assert.equal(aboutOutside.length, 1, JSON.stringify(client.shownMessages.slice(0, 3)));
    assert.match(aboutOutside[0], /buiten de werkmap/);
    assert.match(aboutOutside[0], /999 andere/);
    assert.equal(aboutMissing.length, 1, JSON.stringify(client.shownMessages.slice(0, 3)));
    assert.match(aboutMissing[0], /2 andere/);
    assert.equal(client.shownMessages.length, 2, JSON.stringify(client.shownMessages.slice(0, 3)));
  });

  it('shows what a workspace names (a value in kamervragen.json, a register path) as plain text, never as a link a click runs', async () => {
    // what VS Code's notifications make a link of (src/vs/base/common/linkedText.ts); a command link runs on a click
    const link = /\[([^\]]+)\]\(((?:https?:\/\/|command:|file:)[^)\s]+)(?: (["'])(.+?)(\3))?\)/i;
    writeFileSync(join(folder, 'kamervragen.json'), JSON.stringify({ run: '[Herstel](command:workbench.action.quit)', registers: ['[Open](command:workbench.action.quit).json', '../[Hier](command:workbench.action.quit).json'] }));
    client = new LspTestClient({}, {}, strict);
    await client.initialize(folderUri());
    await open(client);
    await client.messageWhere((m) => m.includes('run'));
    await client.messageWhere((m) => m.includes('bestaat niet'));
    await client.messageWhere((m) => m.includes('buiten de werkmap'));
    assert.equal(client.shownMessages.length, 3, JSON.stringify(client.shownMessages));
    for (const message of client.shownMessages) {
      assert.doesNotMatch(message, link);
      assert.match(message.replace(/\u2060/g, ''), /\[(Herstel|Open|Hier)\]\(command:workbench\.action\.quit\)/, 'the text reads as it was written');
    }
  });

  it('says that a register missing inside the workspace does not exist, not that it is outside', async () => {
    writeFileSync(join(folder, 'kamervragen.json'), JSON.stringify({ registers: ['registers/ontbreekt.json'] }));
    client = new LspTestClient({}, {}, strict);
    await client.initialize(folderUri());
    await open(client);
    const message = await client.messageWhere((m) => m.includes('ontbreekt.json'));
    assert.doesNotMatch(message, /buiten de werkmap/);
    assert.match(message, /bestaat niet/);
  });

  it('keeps the lifecycle: before initialize, shutdown is refused and didOpen ignored; after shutdown, requests are refused', async () => {
    client = new LspTestClient({}, {}, strict);
    const early = client.connection.sendRequest('textDocument/completion', { textDocument: { uri: uriOf('draft.kamervragen') }, position: { line: 0, character: 0 } });
    await assert.rejects(answeredWithin(early, 'early completion'), (error: { code?: number }) => error.code === -32002);
    await assert.rejects(answeredWithin(client.connection.sendRequest('shutdown'), 'early shutdown'), (error: { code?: number }) => error.code === -32002);
    await open(client);
    await client.initialize(folderUri());
    await open(client, 'tweede.kamervragen', 'Vraag 1\nWaarom?\n');
    await client.diagnosticsWhere(uriOf('tweede.kamervragen'), () => true);
    assert.deepEqual(await symbols(client), [], 'the document opened before initialize is not open');
    assert.equal(client.publishedFor(uriOf('draft.kamervragen')).length, 0);
    assert.ok((await symbols(client, 'tweede.kamervragen')).length > 0, 'a document opened after initialize is');
    const list = await answeredWithin(client.connection.sendRequest('textDocument/completion', { textDocument: { uri: uriOf('tweede.kamervragen') }, position: { line: 0, character: 7 } }) as Promise<{ items: unknown }>, 'completion');
    assert.ok(Array.isArray(list.items));

    await answeredWithin(client.connection.sendRequest('shutdown'), 'shutdown');
    for (const [method, params] of [
      ['textDocument/documentSymbol', { textDocument: { uri: uriOf('tweede.kamervragen') } }],
      ['kamervragen/serverInfo', {}],
      ['shutdown', undefined],
    ] as const) {
      await assert.rejects(answeredWithin(client.connection.sendRequest(method, params), method), (error: { code?: number }) => error.code === -32600, method);
    }
    const exited = client.exited();
    await client.connection.sendNotification('exit');
    assert.equal(await answeredWithin(exited, 'exit'), 0);
  });

  for (const command of ['check workspace', 'export to Word'] as const) {
    it(`loads registers after "${command}" with unknown-zaak on: background work never waits for a check that has ended`, async () => {
      writeRegister('register.json', 2500);
      client = new LspTestClient({ severity: { 'unknown-zaak': 'warning' } }, {}, strict);
      await client.initialize(folderUri());
      await open(client);
      await client.diagnosticsWhere(uriOf('draft.kamervragen'), () => true);
      if (command === 'check workspace') await answeredWithin(client.connection.sendRequest('kamervragen/checkWorkspace', {}), command);
      // without --force: the export checks the draft first (with force it does not check, and never met the counter)
      else await answeredWithin(client.connection.sendRequest('kamervragen/exportWord', { uri: uriOf('draft.kamervragen'), target: join(root, 'brief.docx') }), command);
      client.configuration = { severity: { 'unknown-zaak': 'warning' }, workspaceRegisters: ['register.json'] };
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      assert.ok((await completionLabels(client)).includes('2024Z12499'), 'the whole register loaded');
    });
  }

  it('survives a kamervragen.json nested 100,000 deep, says so, and checks with the defaults', async () => {
    writeFileSync(join(folder, 'kamervragen.json'), `{"severity": ${'['.repeat(100000)}`);
    client = new LspTestClient({}, {}, strict);
    await client.initialize(folderUri());
    await open(client, 'draft.kamervragen', 'Vraag 1\nKlopt het?\n');
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: uriOf('draft.kamervragen'), version: 2 }, contentChanges: [{ text: 'Vraag 1\nKlopt het echt?\n' }] });
    const published = await client.diagnosticsWhere(uriOf('draft.kamervragen'), (p) => p.version === 2);
    assert.deepEqual(published.diagnostics.map((d) => d.code), ['unanswered-question']);
    const message = await client.messageWhere((m) => m.includes('kamervragen.json'));
    assert.match(message, /genest/);
    assert.ok(client.alive, client.stderr);
  });
});
