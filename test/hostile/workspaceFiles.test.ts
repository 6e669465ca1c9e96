import { strict as assert } from 'assert';
import { execFileSync, spawnSync } from 'child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { pathToFileURL } from 'url';
import { answeredWithin, LspTestClient } from '../helpers/lspClient';
import { repoRoot } from '../helpers/paths';

/**
 * Workspaces that try to hang the server or make it read what it may not: device and FIFO
 * symlinks, loops, registers outside the folder, malformed and missing registers. Run against the
 * built server (stdio) and the built CLI. "Answered" means before a generous liveness limit; speed
 * is measured in the benchmarks. (Drafts and kamervragen.json at the workspace's edge: workspace.test.ts.)
 */
describe('hostile workspaces', function () {
  this.timeout(60000);
  let root: string;
  let folder: string;
  let client: LspTestClient | undefined;
  const uriOf = (name: string) => pathToFileURL(join(folder, name)).toString();

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'kamervragen-hostile-'));
    folder = join(root, 'werkmap');
    mkdirSync(folder);
    writeFileSync(join(root, 'buiten.json'), JSON.stringify([{ zaaknummer: '2020Z99999', onderwerp: 'GEHEIM-BUITEN' }]));
    writeFileSync(join(folder, 'register.json'), JSON.stringify([{ zaaknummer: '2021Z16201', onderwerp: 'goed' }]));
    symlinkSync('/dev/zero', join(folder, 'nul.kamervragen'));
    symlinkSync('/dev/urandom', join(folder, 'ruis.kamervragen'));
    symlinkSync('/dev/ptmx', join(folder, 'ptmx.kamervragen'));
    execFileSync('mkfifo', [join(folder, 'pijp.kamervragen')]);
    execFileSync('mkfifo', [join(folder, 'pijp.txt')]);
    mkdirSync(join(folder, 'lus'));
    symlinkSync(join(folder, 'lus'), join(folder, 'lus', 'terug'));
    symlinkSync(join(root, 'buiten.json'), join(folder, 'link-naar-buiten.json'));
    writeFileSync(join(folder, 'draft.kamervragen'), 'Uw kenmerk 20\nVraag 1\nKlopt het?\n\nAntwoord op vraag 1\nJa.\n');
  });
  afterEach(async () => {
    await client?.shutdown();
    client = undefined;
    rmSync(root, { recursive: true, force: true });
  });

  async function start(settings: Record<string, unknown>): Promise<LspTestClient> {
    client = new LspTestClient(settings);
    await client.initialize(pathToFileURL(folder).toString());
    await client.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: uriOf('draft.kamervragen'), languageId: 'kamervragen', version: 1, text: 'Uw kenmerk 20\nVraag 1\nKlopt het?\n\nAntwoord op vraag 1\nJa.\n' },
    });
    return client;
  }

  async function completionLabels(c: LspTestClient): Promise<string[]> {
    const list = await answeredWithin(c.connection.sendRequest('textDocument/completion', { textDocument: { uri: uriOf('draft.kamervragen') }, position: { line: 0, character: 13 } }) as Promise<{ items: Array<{ label: string }> }>, 'completion');
    return list.items.map((i) => i.label);
  }

  it('answers completion, hover and definition beside device, FIFO and loop files, with device and FIFO registers', async () => {
    const c = await start({ workspaceRegisters: ['register.json', '/dev/ptmx', 'pijp.kamervragen', 'nul.kamervragen'] });
    const labels = await completionLabels(c);
    assert.ok(labels.includes('2021Z16201'), 'the good register still loads');
    await answeredWithin(c.connection.sendRequest('textDocument/hover', { textDocument: { uri: uriOf('draft.kamervragen') }, position: { line: 0, character: 12 } }), 'hover');
    await answeredWithin(c.connection.sendRequest('textDocument/definition', { textDocument: { uri: uriOf('draft.kamervragen') }, position: { line: 0, character: 12 } }), 'definition');
    await answeredWithin(c.diagnosticsWhere(uriOf('draft.kamervragen'), () => true), 'diagnostics');
    const rss = Number(execFileSync('ps', ['-o', 'rss=', '-p', String(c.pid)], { encoding: 'utf8' }).trim());
    assert.ok(rss < 400_000, `server memory stays bounded (${rss} kB)`);
  });

  it('reads nothing outside the workspace on the workspace\'s say-so, and quotes no file contents', async () => {
    const c = await start({ workspaceRegisters: [join(root, 'buiten.json'), '../buiten.json', 'link-naar-buiten.json', '/etc/os-release', 'register.json'] });
    const labels = await completionLabels(c);
    assert.ok(labels.includes('2021Z16201'));
    assert.ok(!labels.includes('2020Z99999'), 'nothing from outside the folder');
    const refused = await c.messageWhere((m) => m.includes('buiten de werkmap'));
    assert.match(refused, /buiten\.json|os-release/);
    assert.ok(c.shownMessages.every((m) => !m.includes('GEHEIM') && !/PRETTY_NAME|ID=/.test(m)), JSON.stringify(c.shownMessages));
  });

  it('lets the user\'s own settings name a register anywhere', async () => {
    const c = await start({ registers: [join(root, 'buiten.json')] });
    assert.ok((await completionLabels(c)).includes('2020Z99999'));
  });

  it('gives one warning for a thousand missing registers', async () => {
    const c = await start({ workspaceRegisters: ['register.json'], registers: Array.from({ length: 1000 }, (_, i) => join(root, `ontbreekt-${i}.json`)) });
    assert.ok((await completionLabels(c)).includes('2021Z16201'));
    await c.messageWhere((m) => m.includes('ontbreekt-0.json'));
    assert.equal(c.shownMessages.filter((m) => m.includes('ontbreekt-')).length, 1, JSON.stringify(c.shownMessages.slice(0, 3)));
    assert.match(c.shownMessages.find((m) => m.includes('ontbreekt-'))!, /999 andere/);
  });

  it('offers the good entries of malformed registers in completion', async () => {
    writeFileSync(join(folder, 'kapot.json'), '[{"zaaknummer": "2022Z00001"},, {"zaaknummer": "2022Z00002"} {"zaaknummer": "2022Z00003"}');
    writeFileSync(join(folder, 'kapot.csv'), '\ufeffzaaknummer,onderwerp\n2023Z00001,a\n2023Z00002,b,c\n2023Z00003,"d\n2023Z00004,e\n');
    const c = await start({ workspaceRegisters: ['kapot.json', 'kapot.csv'] });
    const labels = await completionLabels(c);
    for (const zaak of ['2022Z00001', '2022Z00002', '2022Z00003', '2023Z00001', '2023Z00004']) assert.ok(labels.includes(zaak), zaak);
  });

  it('the CLI checks a folder with device links, FIFOs and loops without hanging', () => {
    const result = spawnSync(process.execPath, [join(repoRoot, 'dist', 'cli.js'), 'check', '--json', folder], { encoding: 'utf8', timeout: 30000 });
    assert.equal(result.error, undefined, 'finished');
    const files = (JSON.parse(result.stdout) as Array<{ file: string }>).map((r) => r.file.split('/').pop());
    assert.ok(files.includes('draft.kamervragen'));
    assert.ok(!files.some((f) => /nul|ruis|ptmx|pijp/.test(f ?? '')), JSON.stringify(files));
    const fifo = spawnSync(process.execPath, [join(repoRoot, 'dist', 'cli.js'), 'check', join(folder, 'pijp.txt')], { encoding: 'utf8', timeout: 30000 });
    assert.equal(fifo.error, undefined, 'a FIFO named on the command line is refused, not read');
    assert.notEqual(fifo.status, 0);
  });
});
