import { strict as assert } from 'assert';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { pathToFileURL } from 'url';
import { corpusText } from '../helpers/corpus';
import { LspTestClient } from '../helpers/lspClient';
import { repoRoot } from '../helpers/paths';

/** A workspace of several drafts and a register, as the server sees it on disk. */
describe('language server: workspace index and register', function () {
  this.timeout(20000);
  let folder: string;
  let client: LspTestClient;
  const uriOf = (name: string) => pathToFileURL(join(folder, name)).toString();
  const draftUri = () => uriOf('nieuw.kamervragen');

  beforeEach(async () => {
    folder = mkdtempSync(join(tmpdir(), 'kamervragen-ws-'));
    writeFileSync(join(folder, 'veiligheidsregio.kamervragen'), corpusText('2024Z00025-veiligheidsregio-antwoorden.txt'));
    writeFileSync(join(folder, 'bunq.kamervragen'), corpusText('ah-tk-20232024-2367.txt'));
    cpSync(join(repoRoot, 'examples', 'register', 'register.json'), join(folder, 'register.json'));
    client = new LspTestClient({ registers: ['register.json'], onsKenmerk: { preset: 'cijfers' } });
    await client.initialize(pathToFileURL(folder).toString());
    await client.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: draftUri(), languageId: 'kamervragen', version: 1, text: 'Uw kenmerk \nZie ook \nVervolg op 2021Z16201 en 2024Z00025.\n' },
    });
  });
  afterEach(async () => {
    await client.shutdown();
    rmSync(folder, { recursive: true, force: true });
  });

  async function labelsAt(line: number, character: number): Promise<string[]> {
    const result = (await client.connection.sendRequest('textDocument/completion', { textDocument: { uri: draftUri() }, position: { line, character } })) as { items: Array<{ label: string }> };
    return result.items.map((item) => item.label);
  }

  it('completes zaaknummers from the other drafts and from the register', async () => {
    const labels = await labelsAt(0, 11);
    assert.ok(labels.includes('2024Z00025'), 'from veiligheidsregio.kamervragen');
    assert.ok(labels.includes('2021Z16201'), 'from register.json');
  });

  it('completes earlier answers from the workspace and the register', async () => {
    const labels = await labelsAt(1, 8);
    assert.ok(labels.includes('Aanhangsel Handelingen, vergaderjaar 2023-2024, nr. 2367'));
    assert.ok(labels.includes('Aanhangsel Handelingen, vergaderjaar 2021-2022, nr. 478'));
  });

  it('hovers a zaaknummer with its register entry, and goes to the draft that holds one', async () => {
    const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: draftUri() }, position: { line: 2, character: 14 } })) as { contents: { value: string } };
    assert.match(hover.contents.value, /Litouwen adviseert consument/);
    assert.match(hover.contents.value, /Rajkowski \(VVD\)/);
    const definition = (await client.connection.sendRequest('textDocument/definition', { textDocument: { uri: draftUri() }, position: { line: 2, character: 28 } })) as Array<{ uri: string }>;
    assert.equal(definition[0].uri, uriOf('veiligheidsregio.kamervragen'));
  });

  it('updates the index when a draft is added, changed and deleted', async () => {
    assert.ok(!(await labelsAt(0, 11)).includes('2025Z11111'));
    const added = join(folder, 'toegevoegd.kamervragen');
    writeFileSync(added, 'Vragen van het lid A (B) aan de minister van Financiën over iets (ingezonden 3 januari 2025, 2025Z11111).\n');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf('toegevoegd.kamervragen'), type: 1 }] });
    assert.ok((await labelsAt(0, 11)).includes('2025Z11111'), 'added');
    writeFileSync(added, 'Vragen van het lid A (B) aan de minister van Financiën over iets (ingezonden 3 januari 2025, 2025Z22222).\n');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf('toegevoegd.kamervragen'), type: 2 }] });
    const changed = await labelsAt(0, 11);
    assert.ok(changed.includes('2025Z22222') && !changed.includes('2025Z11111'), 'changed');
    rmSync(added);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf('toegevoegd.kamervragen'), type: 3 }] });
    assert.ok(!(await labelsAt(0, 11)).includes('2025Z22222'), 'deleted');
  });

  it('reports a malformed register once, naming file and line, and keeps working', async () => {
    writeFileSync(join(folder, 'register.json'), '[\n  {"zaaknummer": "2021Z16201", "onderwerp": "goed"},\n  {"zaaknummer": "2021Z1620"}\n]\n');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf('register.json'), type: 2 }] });
    const message = await client.messageWhere((m) => m.includes('register.json'));
    assert.match(message, /register\.json, regel 3: zaaknummer '2021Z1620' heeft niet de vorm 2024Z00025/);
    assert.ok((await labelsAt(0, 11)).includes('2021Z16201'), 'the good entry is still there');
  });

  it('answers a space with what it knows there, and with nothing in prose', async () => {
    await client.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: uriOf('spatie.kamervragen'), languageId: 'kamervragen', version: 1, text: 'Vraag 1\nKlopt het?\n\nAntwoord op vraag \nZie de brief \nUw kenmerk \nDe minister van ' },
    });
    const afterSpace = async (line: number, character: number) =>
      ((await client.connection.sendRequest('textDocument/completion', {
        textDocument: { uri: uriOf('spatie.kamervragen') },
        position: { line, character },
        context: { triggerKind: 2, triggerCharacter: ' ' },
      })) as { items: Array<{ label: string; kind: number }> }).items;
    assert.deepEqual((await afterSpace(3, 18)).map((i) => i.label), ['1']);
    assert.deepEqual(await afterSpace(4, 13), [], 'no snippet after a space in prose');
    const zaken = await afterSpace(5, 11);
    assert.ok(zaken.length > 0 && zaken.every((i) => i.kind !== 15), 'zaaknummers, no snippets');
    assert.ok((await afterSpace(6, 16)).some((i) => i.label === 'Financiën'));
  });
});
