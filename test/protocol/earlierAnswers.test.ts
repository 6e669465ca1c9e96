import { strict as assert } from 'assert';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { pathToFileURL } from 'url';
import { LspTestClient } from '../helpers/lspClient';
import { repoRoot } from '../helpers/paths';
import type { EarlierAnswer, ImportRegisterResult } from '../../server/src/protocol';

/**
 * Earlier answers through the server as an editor asks for them: a register imported from the
 * open data, "Eerder antwoord zoeken", hover on a zaaknummer and a citation, links to the drafts
 * that a citation names, and the import itself as the editor's command asks for it.
 */
describe('language server: earlier answers from the open data', function () {
  this.timeout(30000);
  const fixtures = join(repoRoot, 'test', 'fixtures', 'opendata');
  let folder: string;
  let client: LspTestClient;
  const uriOf = (name: string) => pathToFileURL(join(folder, name)).toString();
  const pages = () => ['pagina-1.json', 'pagina-2.json', 'pagina-3.json'].map((name) => join(folder, 'open-data', name));
  const draft = ['Uw kenmerk 2023Z17001', 'Zie ook Aanhangsel Handelingen, vergaderjaar 2023–2024, nr. 455.', 'Vervolg op de vragen 2024Z00501.', 'En ah-tk-20232024-402.'].join('\n');

  beforeEach(async () => {
    folder = mkdtempSync(join(tmpdir(), 'kamervragen-open-data-'));
    mkdirSync(join(folder, 'open-data'));
    for (const name of ['pagina-1.json', 'pagina-2.json', 'pagina-3.json']) copyFileSync(join(fixtures, name), join(folder, 'open-data', name));
    // a draft of the workspace that is itself a published answer (its own citation, ah-tk-20232024-455)
    writeFileSync(join(folder, 'jeugdzorg.kamervragen'), 'ah-tk-20232024-455\n\nVragen van het lid Bakker (SP) aan de staatssecretaris over wachttijden in de jeugdzorg (ingezonden 3 oktober 2023, 2023Z17002).\n\nVraag 1\nKlopt het?\n\nAntwoord op vraag 1\nJa.\n');
    writeFileSync(join(folder, 'vervolg.kamervragen'), 'Vragen van het lid Bakker (SP) aan de staatssecretaris van Volksgezondheid, Welzijn en Sport over opnieuw de jeugdzorg (ingezonden 5 maart 2024, 2024Z00501).\n\nVraag 1\nEn nu?\n');
    client = new LspTestClient({ registers: ['register.json'] });
    await client.initialize(pathToFileURL(folder).toString());
  });
  afterEach(async () => {
    await client.shutdown();
    rmSync(folder, { recursive: true, force: true });
  });

  async function importAndOpen(): Promise<void> {
    const result = (await client.connection.sendRequest('kamervragen/importRegister', { files: pages(), target: join(folder, 'register.json') })) as ImportRegisterResult;
    assert.ok('written' in result, JSON.stringify(result));
    assert.deepEqual([result.zaken, result.items, result.problems.length], [4, 10, 5]);
    // the register named in the settings has appeared: the server reads it when told of the change
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf('register.json'), type: 1 }] });
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uriOf('nieuw.kamervragen'), languageId: 'kamervragen', version: 1, text: draft } });
  }

  const search = (query: string) => client.connection.sendRequest('kamervragen/searchEarlierAnswers', { query, uri: uriOf('nieuw.kamervragen') }) as Promise<EarlierAnswer[]>;

  it('searches the imported register and the workspace, best first, with what picking inserts', async () => {
    await importAndOpen();
    const found = await search('stikstof piekbelasting');
    assert.deepEqual(found.map((a) => a.insertText), ['Aanhangsel Handelingen, vergaderjaar 2023-2024, nr. 402', '2024Z00208']);
    assert.equal(found[0].label, 'Stikstofdepositie bij piekbelasting van veehouderijen');
    // the workspace's drafts, newest first; a draft stands for its zaak (the register's entry of it is left out), and opens it
    const jeugdzorg = await search('jeugdzorg');
    assert.deepEqual(jeugdzorg.map((a) => a.uri ?? a.insertText), [uriOf('vervolg.kamervragen'), uriOf('jeugdzorg.kamervragen')]);
    assert.deepEqual(jeugdzorg.map((a) => a.insertText), ['2024Z00501', 'Aanhangsel Handelingen, vergaderjaar 2023-2024, nr. 455']);
    assert.deepEqual(await search('x'.repeat(100_000)), [], 'a long query is cut, not refused');
  });

  it('hovers a zaaknummer and a citation with subject, askers, dates and the ministry asked', async () => {
    await importAndOpen();
    const hover = async (line: number, character: number) => ((await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: uriOf('nieuw.kamervragen') }, position: { line, character } })) as { contents: { value: string } } | null)?.contents.value ?? '';
    const zaak = await hover(0, 14);
    for (const part of ['Stikstofdepositie bij piekbelasting van veehouderijen', 'Indieners: H.J. Veenstra (BBB), M. Koster (CDA)', 'Gericht aan: minister van Landbouw, Natuur en Voedselkwaliteit', 'Ingezonden: 2 oktober 2023', 'Uitstel gemeld: 23 oktober 2023', 'Beantwoord: 17 november 2023', 'Aanhangsel Handelingen, vergaderjaar 2023-2024, nr. 402']) assert.ok(zaak.includes(part), `${part} in ${zaak}`);
    // a draft of the workspace: to whom its heading says the questions went
    assert.match(await hover(1, 20), /Gericht aan: staatssecretaris\n/);
    // an id of the Aanhangsel, as printed on its documents, is found too
    assert.match(await hover(3, 8), /Stikstofdepositie bij piekbelasting/);
  });

  it('links a citation and a zaaknummer of another draft to that draft, not the draft to itself', async () => {
    await importAndOpen();
    const links = (await client.connection.sendRequest('textDocument/documentLink', { textDocument: { uri: uriOf('nieuw.kamervragen') } })) as Array<{ range: { start: { line: number } }; target: string; tooltip: string }>;
    assert.deepEqual(links.map((l) => [l.range.start.line, l.target]), [[1, uriOf('jeugdzorg.kamervragen')], [2, uriOf('vervolg.kamervragen')]]);
    assert.equal(links[0].tooltip, 'Concept openen: jeugdzorg.kamervragen');
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uriOf('vervolg.kamervragen'), languageId: 'kamervragen', version: 1, text: readFileSync(join(folder, 'vervolg.kamervragen'), 'utf8') } });
    assert.deepEqual(await client.connection.sendRequest('textDocument/documentLink', { textDocument: { uri: uriOf('vervolg.kamervragen') } }), []);
  });

  it('imports only to a full path, never through a link, never over a page', async () => {
    const request = (params: unknown) => client.connection.sendRequest('kamervragen/importRegister', params) as Promise<ImportRegisterResult>;
    assert.deepEqual(await request({ files: pages(), target: 'register.json' }), { error: 'Er is geen bestandsnaam gegeven; er is niets geschreven.', problems: [] });
    assert.deepEqual(await request({ files: ['pagina-1.json'], target: join(folder, 'r.json') }), { error: 'Er is geen bestandsnaam gegeven; er is niets geschreven.', problems: [] });
    assert.deepEqual(await request(null), { error: 'Er is geen bestandsnaam gegeven; er is niets geschreven.', problems: [] });
    symlinkSync(join(tmpdir(), 'kamervragen-nergens.json'), join(folder, 'link.json'));
    const linked = await request({ files: pages(), target: join(folder, 'link.json') });
    assert.match('error' in linked ? linked.error : '', /symbolische koppeling/);
    assert.ok(!existsSync(join(tmpdir(), 'kamervragen-nergens.json')));
    const over = await request({ files: pages(), target: pages()[0] });
    assert.match('error' in over ? over.error : '', /een van de pagina's waaruit het register wordt gemaakt/);
    // nothing read: the file and its reason in the message itself, not only behind a button
    // a folder: its pages
    const fromFolder = await request({ files: [join(folder, 'open-data')], target: join(folder, 'uit-map.json') });
    assert.deepEqual('written' in fromFolder && [fromFolder.written, fromFolder.zaken, fromFolder.items], [join(folder, 'uit-map.json'), 4, 10]);
    const nothing = await request({ files: [join(folder, 'jeugdzorg.kamervragen')], target: join(folder, 'leeg.json') });
    assert.ok('error' in nothing && /^Er zijn geen zaken gelezen; er is geen register geschreven\. .*jeugdzorg\.kamervragen: geen geldige JSON/.test(nothing.error), JSON.stringify(nothing));
    assert.ok(!existsSync(join(folder, 'leeg.json')));
  });
});
