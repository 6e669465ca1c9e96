import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import { chownSync, existsSync, linkSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { pathToFileURL } from 'url';
import { answeredWithin, LspTestClient } from '../helpers/lspClient';
import { repoRoot } from '../helpers/paths';

const cliPath = join(repoRoot, 'dist', 'cli.js');

/** The built CLI, from `cwd`, optionally with `input` on its standard input and Node's own arguments. */
function cli(args: string[], options: { cwd?: string; input?: string; node?: string[] } = {}) {
  return spawnSync(process.execPath, [...(options.node ?? []), cliPath, ...args], { encoding: 'utf8', timeout: 60000, cwd: options.cwd ?? repoRoot, input: options.input, maxBuffer: 512 * 1024 * 1024 });
}

const unanswered = 'Vraag 1\nKlopt het?\n';
const answered = (zaak: string, subject: string) =>
  `Vragen van het lid Geheim (GG) aan de minister van Justitie over ${subject} (ingezonden 3 januari 2026, ${zaak}).\n\nVraag 1\nKlopt het?\n\nAntwoord op vraag 1\nJa.\n`;
const switchesOffUnanswered = JSON.stringify({ severity: { 'unanswered-question': 'off' } });

/**
 * The workspace's edge: what the server and the CLI read is what lies inside the workspace folder
 * (the server) or the repository or the folders named (the CLI), once links are resolved; a
 * kamervragen.json in a shared parent such as /tmp counts for nobody. Against the built server
 * (stdio) and the built CLI.
 */
describe('the workspace boundary (the built server and CLI)', function () {
  this.timeout(60000);
  let root: string;
  let client: LspTestClient | undefined;

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'kamervragen-boundary-'));
  });
  afterEach(async () => {
    await client?.shutdown();
    client = undefined;
    rmSync(root, { recursive: true, force: true });
  });

  async function serverFor(folder: string): Promise<LspTestClient> {
    client = new LspTestClient({}, {}, { nodeArguments: ['--unhandled-rejections=strict'] });
    await client.initialize(pathToFileURL(folder).toString());
    return client;
  }

  async function diagnosticCodes(c: LspTestClient, file: string, text: string): Promise<string[]> {
    const uri = pathToFileURL(file).toString();
    await c.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'kamervragen', version: 1, text } });
    return (await c.diagnosticsWhere(uri, () => true)).diagnostics.map((d) => String(d.code));
  }

  const cliCodes = (result: ReturnType<typeof cli>) => (JSON.parse(result.stdout) as Array<{ diagnostics: Array<{ code: string }> }>).flatMap((r) => r.diagnostics.map((d) => d.code));

  it('neither indexes nor checks a draft that a link in the workspace leads to outside it', async () => {
    const folder = join(root, 'werkmap');
    mkdirSync(join(root, 'buiten'), { recursive: true });
    mkdirSync(folder);
    writeFileSync(join(root, 'buiten', 'geheim.kamervragen'), answered('2020Z99999', 'GEHEIM-ONDERWERP'));
    writeFileSync(join(folder, 'eigen.kamervragen'), answered('2021Z16201', 'het eigen onderwerp'));
    writeFileSync(join(folder, 'draft.kamervragen'), 'Uw kenmerk 20\n');
    symlinkSync(join(root, 'buiten', 'geheim.kamervragen'), join(folder, 'link.kamervragen'));
    symlinkSync(join(root, 'buiten'), join(folder, 'map-link'));
    const c = await serverFor(folder);
    const draft = pathToFileURL(join(folder, 'draft.kamervragen')).toString();
    await c.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: draft, languageId: 'kamervragen', version: 1, text: 'Uw kenmerk 20' } });
    // the client reports the link as changed: the index must not read it either
    await c.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(join(folder, 'link.kamervragen')).toString(), type: 2 }] });
    const { items } = await answeredWithin(c.connection.sendRequest('textDocument/completion', { textDocument: { uri: draft }, position: { line: 0, character: 13 } }) as Promise<{ items: Array<{ label: string; detail?: string; documentation?: unknown }> }>, 'completion');
    assert.ok(items.some((i) => i.label === '2021Z16201'), 'the workspace\'s own draft is indexed');
    assert.ok(!JSON.stringify(items).includes('2020Z99999') && !JSON.stringify(items).includes('GEHEIM'), JSON.stringify(items.map((i) => i.label)));
    const checked = await answeredWithin(c.connection.sendRequest('kamervragen/checkWorkspace', {}) as Promise<{ total: number }>, 'check workspace');
    assert.equal(checked.total, 2, 'eigen and draft');
    assert.ok(c.allPublished.every((p) => !p.uri.includes('link') && !p.uri.includes('geheim')), JSON.stringify(c.allPublished.map((p) => p.uri)));
  });

  it('the CLI reads no kamervragen.json from a shared parent outside a repository: only up to the folder named', () => {
    writeFileSync(join(root, 'kamervragen.json'), switchesOffUnanswered);
    mkdirSync(join(root, 'concepten'));
    writeFileSync(join(root, 'concepten', 'concept.kamervragen'), unanswered);
    for (const named of [join(root, 'concepten'), join(root, 'concepten', 'concept.kamervragen')]) {
      const result = cli(['check', '--json', named]);
      assert.equal(result.status, 1, result.stderr);
      assert.deepEqual(cliCodes(result), ['unanswered-question'], named);
    }
    // from the folder that holds it, it is the drafter's own: the current folder counts
    const here = cli(['check', '--json', join('concepten', 'concept.kamervragen')], { cwd: root });
    assert.equal(here.status, 0, here.stderr);
    assert.deepEqual(cliCodes(here), []);
  });

  it('export finds kamervragen.json where check finds it: outside a repository up to the current folder, never above it', () => {
    const here = join(root, 'hier');
    mkdirSync(join(here, 'concepten'), { recursive: true });
    writeFileSync(join(here, 'kamervragen.json'), switchesOffUnanswered);
    writeFileSync(join(here, 'concepten', 'concept.kamervragen'), `${unanswered}\n`);
    const draft = join('concepten', 'concept.kamervragen');
    const checked = cli(['check', draft], { cwd: here });
    assert.equal(checked.status, 0, checked.stdout + checked.stderr);
    const exported = cli(['export', draft, '-o', 'brief.docx'], { cwd: here });
    assert.equal(exported.status, 0, exported.stderr);
    assert.ok(existsSync(join(here, 'brief.docx')));
    // one folder further down, the file lies above the current folder: it counts for neither
    const below = join(here, 'concepten');
    assert.equal(cli(['check', 'concept.kamervragen'], { cwd: below }).status, 1);
    const refused = cli(['export', 'concept.kamervragen', '-o', 'brief.docx'], { cwd: below });
    assert.equal(refused.status, 1, refused.stderr);
    assert.match(refused.stderr, /unanswered-question/);
    assert.ok(!existsSync(join(below, 'brief.docx')));
    // and a problem in the file is said by both
    writeFileSync(join(here, 'kamervragen.json'), JSON.stringify({ severity: { 'unanswered-question': 'off' }, run: 'onPuase' }));
    for (const args of [['check', draft], ['export', draft, '-o', 'brief2.docx']]) assert.match(cli(args, { cwd: here }).stderr, /kamervragen\.json:1: 'onPuase' is geen waarde voor run/, args[0]);
  });

  it('the CLI reads kamervragen.json up to the repository\'s root, and not above it', () => {
    writeFileSync(join(root, 'kamervragen.json'), switchesOffUnanswered);
    const team = join(root, 'antwoorden');
    mkdirSync(join(team, '.git'), { recursive: true });
    mkdirSync(join(team, 'concepten', '2026'), { recursive: true });
    writeFileSync(join(team, 'kamervragen.json'), JSON.stringify({ severity: { placeholder: 'off' } }));
    writeFileSync(join(team, 'concepten', '2026', 'concept.kamervragen'), `${unanswered}\nXXX\n`);
    assert.deepEqual(cliCodes(cli(['check', '--json', join(team, 'concepten', '2026')])), ['unanswered-question'], 'the root\'s file, the nearest');
    const other = join(root, 'ander');
    mkdirSync(join(other, '.git'), { recursive: true });
    mkdirSync(join(other, 'concepten'));
    writeFileSync(join(other, 'concepten', 'concept.kamervragen'), unanswered);
    assert.deepEqual(cliCodes(cli(['check', '--json', join(other, 'concepten')], { cwd: root })), ['unanswered-question'], 'nothing above the root');
  });

  it('the CLI takes no .git that another user put in a shared folder for a repository', function () {
    if (process.getuid?.() !== 0) {
      console.log('      (skipped: making a .git that another user owns needs root)');
      this.skip();
    }
    writeFileSync(join(root, 'kamervragen.json'), switchesOffUnanswered);
    mkdirSync(join(root, '.git'));
    chownSync(join(root, '.git'), 65534, 65534); // nobody
    mkdirSync(join(root, 'concepten'));
    writeFileSync(join(root, 'concepten', 'concept.kamervragen'), unanswered);
    assert.deepEqual(cliCodes(cli(['check', '--json', join(root, 'concepten')])), ['unanswered-question']);
  });

  it('the server and the CLI agree: a repository inside the workspace folder bounds the search as it does for the CLI', async () => {
    const repository = join(root, 'antwoorden');
    mkdirSync(join(repository, '.git'), { recursive: true });
    writeFileSync(join(root, 'kamervragen.json'), switchesOffUnanswered);
    writeFileSync(join(repository, 'concept.kamervragen'), unanswered);
    assert.deepEqual(cliCodes(cli(['check', '--json', repository], { cwd: root })), ['unanswered-question']);
    const c = await serverFor(root);
    assert.deepEqual(await diagnosticCodes(c, join(repository, 'concept.kamervragen'), unanswered), ['unanswered-question']);
  });

  it('the server reads no kamervragen.json above the workspace folder', async () => {
    const folder = join(root, 'werkmap');
    mkdirSync(folder);
    writeFileSync(join(root, 'kamervragen.json'), switchesOffUnanswered);
    const c = await serverFor(folder);
    assert.deepEqual(await diagnosticCodes(c, join(folder, 'concept.kamervragen'), unanswered), ['unanswered-question']);
  });

  it('a kamervragen.json that links out of the workspace or repository is not read, and says so', async () => {
    const folder = join(root, 'werkmap');
    mkdirSync(join(folder, '.git'), { recursive: true });
    writeFileSync(join(root, 'buiten.json'), switchesOffUnanswered);
    symlinkSync(join(root, 'buiten.json'), join(folder, 'kamervragen.json'));
    writeFileSync(join(folder, 'concept.kamervragen'), unanswered);
    const result = cli(['check', '--json', folder]);
    assert.deepEqual(cliCodes(result), ['unanswered-question']);
    assert.match(result.stderr, /kamervragen\.json:1: .*buiten/);
    const c = await serverFor(folder);
    assert.deepEqual(await diagnosticCodes(c, join(folder, 'concept.kamervragen'), unanswered), ['unanswered-question']);
    assert.match(await c.messageWhere((m) => m.includes('kamervragen.json')), /buiten/);
  });

  it('the CLI reads a draft from its standard input: check - and check /dev/stdin', () => {
    for (const name of ['-', '/dev/stdin']) {
      const result = cli(['check', name], { input: unanswered });
      assert.equal(result.status, 1, `${name}: ${result.stderr}`);
      assert.match(result.stdout, new RegExp(`^${name}:1:1 error unanswered-question`), name);
    }
    const json = cli(['check', '--json', '-'], { input: 'Vraag 1\nKlopt het?\n\nAntwoord op vraag 1\nJa.\n' });
    assert.equal(json.status, 0, json.stderr);
    assert.deepEqual((JSON.parse(json.stdout) as Array<{ file: string }>).map((r) => r.file), ['-']);
  });

  it('the CLI says, in Dutch and naming the file, that a kamervragen.json nested 100,000 deep is not used, and checks on', () => {
    mkdirSync(join(root, '.git'));
    writeFileSync(join(root, 'kamervragen.json'), `{"severity": ${'['.repeat(100000)}`);
    writeFileSync(join(root, 'concept.kamervragen'), unanswered);
    const result = cli(['check', '--json', root]);
    assert.equal(result.status, 1, result.stderr);
    assert.deepEqual(cliCodes(result), ['unanswered-question']);
    assert.match(result.stderr, /kamervragen\.json:1: het bestand is dieper genest dan \d+ niveaus/);
    assert.doesNotMatch(result.stderr, /interne fout|Maximum call stack/);
  });

  it('the CLI reads a file that does not tell its size (a /proc file) only up to the limit', () => {
    const link = join(root, 'paginakaart.kamervragen');
    symlinkSync('/proc/self/pagemap', link);
    const result = cli(['check', link]);
    assert.equal(result.status, 2, result.stderr);
    assert.match(result.stderr, /kamervragen: kan '.*paginakaart\.kamervragen' niet lezen: (.* is groter dan 2 MB|geen toegang)/);
    assert.doesNotMatch(result.stderr, /Cannot create a string|Invalid string length|interne fout/);
  });

  it('the CLI writes --json results as it goes: their whole never has to fit in memory at once', () => {
    writeFileSync(join(root, 'concept.kamervragen'), `Vraag 1\nWaarom?\n\nAntwoord op vraag 1\n${'XXX '.repeat(6000)}\n`);
    for (let i = 0; i < 299; i++) linkSync(join(root, 'concept.kamervragen'), join(root, `kopie-${i}.kamervragen`));
    // 300 files with 1,001 problems each (the first 1,000 placeholders and how many more): some 75 MB of JSON, more than this heap holds at once
    const result = cli(['check', '--json', root], { node: ['--max-old-space-size=48'] });
    assert.equal(result.status, 1, result.stderr.slice(0, 2000));
    const parsed = JSON.parse(result.stdout) as Array<{ diagnostics: unknown[] }>;
    assert.equal(parsed.length, 300);
    assert.ok(parsed.every((r) => r.diagnostics.length === 1001));
  });
});
