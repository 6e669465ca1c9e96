import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { pathToFileURL } from 'url';
import { answeredWithin, LspTestClient } from '../helpers/lspClient';
import { repoRoot } from '../helpers/paths';

/**
 * A draft is outside input too: whatever its size and whatever it holds (thousands of "XXX", of
 * "Vraag 1" lines, of empty lines), the built CLI and server check it within bounded memory or say
 * that it is too large, and never run out of memory. Each run here gets a small heap
 * (--max-old-space-size), so a draft that costs more than a bounded amount ends the process and
 * fails the test; how fast is measured in the benchmark, never here.
 *
 * The limits (files.ts MAX_DRAFT_BYTES, check.ts MAX_FINDINGS_PER_RULE) are not imported: the test
 * says what the drafter is promised, 2 MB and the first 1,000 of a kind.
 */
const LIMIT = 2 * 1024 * 1024;
const SHOWN = 1000;
/** Heap for a run on a draft at the limit: 2 MB of the costliest lines measured took about 450 MB to check. */
const HEAP_AT_LIMIT = ['--max-old-space-size=640'];
/** Heap for a run on a draft beyond the limit: what reading and refusing it needs. */
const HEAP_BEYOND = ['--max-old-space-size=192'];

const cliPath = join(repoRoot, 'dist', 'cli.js');

function cli(args: string[], options: { cwd?: string; node?: string[]; input?: string } = {}) {
  return spawnSync(process.execPath, [...(options.node ?? []), cliPath, ...args], { encoding: 'utf8', timeout: 120000, cwd: options.cwd, input: options.input, maxBuffer: 256 * 1024 * 1024, env: { ...process.env, KAMERVRAGEN_TODAY: '2026-02-10' } });
}

/** `unit` repeated to just under `bytes`. */
const filled = (unit: string, bytes: number) => unit.repeat(Math.floor(bytes / unit.length));

/** Drafts that are all problems, as large as a draft may be: the costliest shapes measured. */
const ADVERSARIAL: Array<{ name: string; text: string; codes: string[]; exit: number }> = [
  { name: 'XXX', text: filled('XXX ', LIMIT), codes: ['placeholder'], exit: 1 },
  { name: 'Vraag 1 lines', text: filled('Vraag 1\n', LIMIT), codes: ['duplicate-question', 'unanswered-question'], exit: 1 },
  // duplicate footnote texts are warnings: the check passes (exit 0) and still lists them
  { name: 'footnote texts [1]', text: `Vraag 1\nKlopt het?[1]\n\nAntwoord op vraag 1\nJa.\n\n${filled('[1] x\n', LIMIT - 100)}`, codes: ['duplicate-footnote'], exit: 0 },
  { name: 'answers to unknown questions', text: filled('Antwoord op vraag 7\n', LIMIT), codes: ['duplicate-answer', 'unknown-question', 'empty-answer'], exit: 1 },
];

describe('hostile drafts: any size, any content (the built CLI and server)', function () {
  this.timeout(180000);
  let root: string;
  let client: LspTestClient | undefined;

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'kamervragen-drafts-'));
  });
  afterEach(async () => {
    await client?.shutdown();
    client = undefined;
    rmSync(root, { recursive: true, force: true });
  });

  it('the CLI refuses a 49 MB draft of "XXX " in Dutch, within a small heap, where it ran out of memory at 4.7 GB', () => {
    writeFileSync(join(root, 'xxx.kamervragen'), filled('XXX ', 49 * 1024 * 1024));
    for (const args of [['check', 'xxx.kamervragen'], ['check', '--json', 'xxx.kamervragen'], ['export', 'xxx.kamervragen', '--force']]) {
      const result = cli(args, { cwd: root, node: HEAP_BEYOND });
      assert.equal(result.status, 2, `${args.join(' ')}: ${result.signal ?? ''} ${result.stderr.slice(-1500)}`);
      assert.match(result.stderr, /xxx\.kamervragen.*(niet lezen|kan niet worden gelezen): xxx\.kamervragen is groter dan 2 MB/, args.join(' '));
    }
    const piped = cli(['check', '-'], { cwd: root, node: HEAP_BEYOND, input: filled('XXX ', 3 * 1024 * 1024) });
    assert.equal(piped.status, 2, piped.stderr.slice(-1500));
    assert.match(piped.stderr, /standaardinvoer niet lezen: - is groter dan 2 MB/);
  });

  for (const { name, text, codes, exit } of ADVERSARIAL) {
    it(`the CLI checks 2 MB of ${name} within bounded memory: the first ${SHOWN} of a kind, and how many more`, () => {
      writeFileSync(join(root, 'concept.kamervragen'), text);
      const result = cli(['check', '--json', 'concept.kamervragen'], { cwd: root, node: HEAP_AT_LIMIT });
      assert.equal(result.status, exit, `${result.signal ?? ''} ${result.stderr.slice(-1500)}`);
      const [{ diagnostics }] = JSON.parse(result.stdout) as Array<{ diagnostics: Array<{ code: string; message: string }> }>;
      for (const code of codes) {
        const ofCode = diagnostics.filter((d) => d.code === code);
        assert.ok(ofCode.length <= SHOWN + 1, `${code}: ${ofCode.length}`);
        if (ofCode.length === SHOWN + 1) assert.match(ofCode[SHOWN].message, new RegExp(`^Nog \\d+ meldingen ${code} in dit concept staan hier niet: alleen de eerste ${SHOWN} van een soort worden getoond\\.$`));
      }
      assert.ok(codes.some((code) => diagnostics.filter((d) => d.code === code).length === SHOWN + 1), `no kind reached the cap: ${JSON.stringify(codes.map((c) => diagnostics.filter((d) => d.code === c).length))}`);
    });
  }

  it('the CLI says how many more there are: 1,500 "XXX" give 1,000 and "Nog 500 meldingen"', () => {
    writeFileSync(join(root, 'concept.kamervragen'), `Vraag 1\nKlopt het?\n\nAntwoord op vraag 1\n${'XXX '.repeat(1500)}\n`);
    const result = cli(['check', 'concept.kamervragen'], { cwd: root });
    assert.equal(result.status, 1, result.stderr);
    const lines = result.stdout.trim().split('\n');
    assert.equal(lines.length, SHOWN + 1);
    assert.match(lines[SHOWN], /^concept\.kamervragen:5:4001 error placeholder Nog 500 meldingen placeholder in dit concept staan hier niet: alleen de eerste 1000 van een soort worden getoond\.$/);
    assert.match(result.stderr, /1001 meldingen, 1001 fouten/);
  });

  it('kamervragen new refuses a questions text beyond 2 MB, from a file and from the editor', async () => {
    writeFileSync(join(root, 'vragen.txt'), filled('Vraag 1\nKlopt het?\n', 3 * 1024 * 1024));
    const made = cli(['new', 'vragen.txt'], { cwd: root, node: HEAP_BEYOND });
    assert.equal(made.status, 2, made.stderr.slice(-1500));
    assert.match(made.stderr, /vragen\.txt heeft meer dan 2 MB tekst: zo veel tekst hebben Kamervragen niet; er is geen concept gemaakt\./);
    client = new LspTestClient({}, {}, { nodeArguments: ['--unhandled-rejections=strict', ...HEAP_BEYOND] });
    await client.initialize(pathToFileURL(root).toString());
    const answer = (await answeredWithin(client.connection.sendRequest('kamervragen/newFromQuestions', { text: filled('Vraag 1\nKlopt het?\n', 3 * 1024 * 1024) }), 'new from questions', 60000)) as { error?: string };
    assert.match(answer.error ?? '', /de huidige tekst heeft meer dan 2 MB tekst/);
    assert.ok(client.alive, client.stderr);
  });

  it('the server, in a small heap, says that a 49 MB open draft is not checked, answers every request on it, and checks it again once it is small', async () => {
    const folder = join(root, 'werkmap');
    mkdirSync(folder);
    client = new LspTestClient({}, {}, { nodeArguments: ['--unhandled-rejections=strict', ...HEAP_BEYOND] });
    await client.initialize(pathToFileURL(folder).toString());
    const uri = pathToFileURL(join(folder, 'groot.kamervragen')).toString();
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'kamervragen', version: 1, text: filled('XXX ', 49 * 1024 * 1024) } });
    const big = await client.diagnosticsWhere(uri, (p) => p.version === 1, 60000);
    assert.deepEqual(big.diagnostics.map((d) => d.message), ['Dit concept heeft meer dan 2 MB tekst: zo groot is geen antwoord op Kamervragen, en het wordt niet gecontroleerd of geëxporteerd.']);
    const position = { line: 0, character: 1 };
    for (const [method, params] of [
      ['textDocument/hover', { textDocument: { uri }, position }],
      ['textDocument/completion', { textDocument: { uri }, position }],
      ['textDocument/documentSymbol', { textDocument: { uri } }],
      ['textDocument/foldingRange', { textDocument: { uri } }],
      ['kamervragen/status', { uri }],
    ] as const) {
      await answeredWithin(client.connection.sendRequest(method, params), method, 60000);
    }
    const exported = (await answeredWithin(client.connection.sendRequest('kamervragen/exportWord', { uri, target: join(root, 'brief.docx'), force: true }), 'export', 60000)) as { error?: string };
    assert.match(exported.error ?? '', /meer dan 2 MB tekst/);
    // an edit makes it a draft again: checked whole, not from the empty parse that stood for the large text
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: 'Vraag 1\nKlopt het?\n' }] });
    const small = await client.diagnosticsWhere(uri, (p) => p.version === 2, 60000);
    assert.deepEqual(small.diagnostics.map((d) => d.code), ['unanswered-question']);
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: 'Antwoord op vraag 1\nJa.\n' }] });
    assert.deepEqual((await client.diagnosticsWhere(uri, (p) => p.version === 3, 60000)).diagnostics, []);
    assert.ok(client.alive, client.stderr);
  });

  it('the server publishes at most the first 1,000 of a kind for 2 MB of "XXX", and "check workspace" says a draft on disk is too large', async () => {
    const folder = join(root, 'werkmap');
    mkdirSync(folder);
    writeFileSync(join(folder, 'te-groot.kamervragen'), filled('Vraag 1\n', 3 * 1024 * 1024));
    client = new LspTestClient({}, {}, { nodeArguments: ['--unhandled-rejections=strict', ...HEAP_AT_LIMIT] });
    await client.initialize(pathToFileURL(folder).toString());
    writeFileSync(join(folder, 'xxx.kamervragen'), filled('XXX ', LIMIT));
    const uri = pathToFileURL(join(folder, 'xxx.kamervragen')).toString();
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'kamervragen', version: 1, text: filled('XXX ', LIMIT) } });
    const published = await client.diagnosticsWhere(uri, (p) => p.version === 1, 120000);
    assert.equal(published.diagnostics.length, SHOWN + 1, 'the placeholders shown and how many more');
    assert.match(published.diagnostics[SHOWN].message as string, /^Nog 523288 meldingen placeholder in dit concept staan hier niet/);
    const checked = (await answeredWithin(client.connection.sendRequest('kamervragen/checkWorkspace', {}), 'check workspace', 120000)) as { checked: number; total: number; problems: number };
    assert.deepEqual([checked.checked, checked.total, checked.problems], [2, 2, SHOWN + 1 + 1], 'both drafts; the placeholders, how many more, and that the other is not checked');
    const tooLarge = await client.diagnosticsWhere(pathToFileURL(join(folder, 'te-groot.kamervragen')).toString(), () => true, 60000);
    assert.deepEqual(tooLarge.diagnostics.map((d) => d.message), ['Dit concept heeft meer dan 2 MB tekst: zo groot is geen antwoord op Kamervragen, en het wordt niet gecontroleerd of geëxporteerd.']);
    assert.ok(client.alive, client.stderr);
  });
});
