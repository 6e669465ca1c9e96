import { strict as assert } from 'assert';
import { spawn } from 'child_process';
import { existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { pathToFileURL } from 'url';
import { runCli } from '../helpers/cli';
import { LspTestClient } from '../helpers/lspClient';
import { repoRoot } from '../helpers/paths';

/**
 * Files the product writes (`new -o`, `export -o`, the server's export): never a replace without
 * --force, and never two winners when two writers race for one name; nothing half written and no
 * debris when a write fails; never through a symbolic link; never over a file the command reads.
 * Run on the built CLI and server.
 */

const cameras = readFileSync(join(repoRoot, 'examples', '2026Z01234-antwoorden-cameras.kamervragen'), 'utf8');
const QUESTIONS = 'Vragen van het lid Bakker (SP) aan de minister van Volksgezondheid over wachtlijsten (ingezonden 2 maart 2026).\n\nVraag 1\nKent u het bericht?\n';
const RAW = /interne fout|E[A-Z]{3,}\b|Error:|null\./;

/** Every file under `folder`, its subfolders included. */
function allFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? allFiles(join(folder, entry.name)).map((name) => join(entry.name, name)) : [entry.name]));
}

function cliAsync(args: string[]): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(repoRoot, 'dist', 'cli.js'), ...args], { env: { ...process.env, KAMERVRAGEN_TODAY: '2026-01-21' } });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += String(chunk)));
    child.on('close', (status) => resolve({ status, stderr }));
  });
}

describe('hostile writes', function () {
  this.timeout(120000);
  let folder: string;
  let draft: string;
  const cli = (...args: string[]) => runCli(args, { KAMERVRAGEN_TODAY: '2026-01-21' });

  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'kamervragen-hostile-writes-'));
    draft = join(folder, 'af.kamervragen');
    writeFileSync(draft, cameras);
    writeFileSync(join(folder, 'vragen.txt'), QUESTIONS);
  });

  afterEach(() => {
    const debris = allFiles(folder).filter((name) => name.endsWith('.deel'));
    assert.deepEqual(debris, [], 'no half-written files left behind');
  });

  it('two exports racing for one name without --force: exactly one writes, the other says the file exists', async () => {
    for (let round = 0; round < 5; round++) {
      const target = join(folder, `race-${round}.docx`);
      const results = await Promise.all([0, 1, 2, 3].map(() => cliAsync(['export', draft, '-o', target])));
      const winners = results.filter((r) => r.status === 0);
      assert.equal(winners.length, 1, `round ${round}: ${JSON.stringify(results)}`);
      for (const loser of results.filter((r) => r.status !== 0)) {
        assert.equal(loser.status, 2);
        assert.match(loser.stderr, /race-\d\.docx kan niet worden geschreven: het bestaat al/);
      }
      assert.equal(readFileSync(target).subarray(0, 2).toString(), 'PK', 'a whole letter');
    }
  });

  it('a failed write (a folder, a missing folder, an empty name) says why in Dutch and leaves nothing behind', () => {
    mkdirSync(join(folder, 'map'));
    const cases: Array<[string[], RegExp]> = [
      [['export', draft, '-o', join(folder, 'map')], /map kan niet worden geschreven: het is een map; geef een bestandsnaam/],
      [['export', draft, '-o', `${join(folder, 'map')}/`], /map kan niet worden geschreven: het is een map/],
      [['export', draft, '-o', join(folder, 'ontbreekt', 'brief.docx')], /brief\.docx kan niet worden geschreven: de map .*ontbreekt bestaat niet/],
      [['export', draft, '-o', ''], /geen bestand na -o/],
      [['new', join(folder, 'vragen.txt'), '-o', join(folder, 'map')], /map kan niet worden geschreven: het is een map/],
      [['new', join(folder, 'vragen.txt'), '-o', join(folder, 'ontbreekt', 'concept.kamervragen')], /de map .*ontbreekt bestaat niet/],
    ];
    for (const [args, expected] of cases) {
      const run = cli(...args, '--force');
      assert.equal(run.status, 2, `${args.join(' ')}: ${run.stderr}`);
      assert.match(run.stderr, expected);
      assert.doesNotMatch(run.stderr, RAW);
    }
    assert.deepEqual(readdirSync(join(folder, 'map')), []);
  });

  it('never writes through a symbolic link, dangling or not: new -o and export -o alike', () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'kamervragen-elders-'));
    symlinkSync(join(elsewhere, 'nieuw.kamervragen'), join(folder, 'hangend.kamervragen'));
    writeFileSync(join(elsewhere, 'bestaand.docx'), 'van een ander');
    symlinkSync(join(elsewhere, 'bestaand.docx'), join(folder, 'link.docx'));
    for (const force of [[], ['--force']]) {
      const made = cli('new', join(folder, 'vragen.txt'), '-o', join(folder, 'hangend.kamervragen'), ...force);
      assert.equal(made.status, 2, made.stderr);
      assert.match(made.stderr, /hangend\.kamervragen kan niet worden geschreven: het is een symbolische koppeling/);
      const exported = cli('export', draft, '-o', join(folder, 'link.docx'), ...force);
      assert.equal(exported.status, 2, exported.stderr);
      assert.match(exported.stderr, /link\.docx kan niet worden geschreven: het is een symbolische koppeling/);
    }
    assert.ok(!existsSync(join(elsewhere, 'nieuw.kamervragen')), 'nothing created at the link\'s target');
    assert.equal(readFileSync(join(elsewhere, 'bestaand.docx'), 'utf8'), 'van een ander');
  });

  it('new -o writes whole and never replaces without --force, as export does', () => {
    const target = join(folder, 'concept.kamervragen');
    writeFileSync(target, 'mijn eigen werk');
    const refused = cli('new', join(folder, 'vragen.txt'), '-o', target);
    assert.equal(refused.status, 2);
    assert.match(refused.stderr, /concept\.kamervragen kan niet worden geschreven: het bestaat al; kies een andere naam met -o of overschrijf het met --force/);
    assert.equal(readFileSync(target, 'utf8'), 'mijn eigen werk');
    assert.equal(cli('new', join(folder, 'vragen.txt'), '-o', target, '--force').status, 0);
    assert.match(readFileSync(target, 'utf8'), /\nVraag 1\nKent u het bericht\?\n/);
  });

  it('never writes over the input, even with --force: by its own name, another path, or a hard link', () => {
    mkdirSync(join(folder, 'sub'));
    linkSync(draft, join(folder, 'harde-link.docx'));
    writeFileSync(join(folder, 'sjabloon.docx'), 'sjabloon');
    const cases: string[][] = [
      ['export', draft, '-o', draft],
      ['export', draft, '-o', join(folder, 'sub', '..', 'af.kamervragen')],
      ['export', draft, '-o', join(folder, 'harde-link.docx')],
      ['export', draft, '-o', join(folder, 'sjabloon.docx'), '--template', join(folder, 'sjabloon.docx')],
      ['new', join(folder, 'vragen.txt'), '-o', join(folder, 'vragen.txt')],
    ];
    for (const args of cases) {
      const run = cli(...args, '--force');
      assert.equal(run.status, 2, `${args.join(' ')}: ${run.stderr}`);
      assert.match(run.stderr, /kan niet worden geschreven: dat is een bestand dat deze opdracht leest/);
    }
    assert.equal(readFileSync(draft, 'utf8'), cameras, 'the draft is intact');
    assert.equal(readFileSync(join(folder, 'vragen.txt'), 'utf8'), QUESTIONS);
    assert.equal(readFileSync(join(folder, 'sjabloon.docx'), 'utf8'), 'sjabloon');
  });

  describe('the server\'s export', () => {
    let client: LspTestClient;
    let serverFolder: string;
    let uri: string;

    beforeEach(async () => {
      serverFolder = mkdtempSync(join(tmpdir(), 'kamervragen-server-cwd-'));
      client = new LspTestClient({}, { KAMERVRAGEN_TODAY: '2026-01-21' }, { cwd: serverFolder });
      await client.initialize(pathToFileURL(folder).toString());
      uri = pathToFileURL(draft).toString();
      await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'kamervragen', version: 1, text: cameras } });
    });

    afterEach(async () => {
      await client.shutdown();
      assert.deepEqual(readdirSync(serverFolder), [], 'nothing written in the server\'s working folder');
    });

    const exportTo = (target: unknown) => client.connection.sendRequest<{ error?: string; written?: string }>('kamervragen/exportWord', { uri, target, force: true });

    it('a target that is null, empty, relative, a folder or in a missing folder gets a Dutch message and leaves nothing', async () => {
      mkdirSync(join(folder, 'map'));
      const cases: Array<[unknown, RegExp]> = [
        [null, /Er is geen bestandsnaam gegeven; er is niets geschreven\./],
        ['', /Er is geen bestandsnaam gegeven/],
        ['brief.docx', /Er is geen bestandsnaam gegeven/],
        [join(folder, 'map'), /map kan niet worden geschreven: het is een map/],
        [join(folder, 'ontbreekt', 'brief.docx'), /de map .*ontbreekt bestaat niet/],
      ];
      for (const [target, expected] of cases) {
        const result = await exportTo(target);
        assert.match(result.error ?? '', expected, JSON.stringify(target));
        assert.doesNotMatch(result.error ?? '', RAW);
      }
      assert.ok(client.alive);
    });

    it('never over the draft itself nor through a link; a file the save dialog confirmed is replaced whole', async () => {
      const own = await exportTo(draft);
      assert.match(own.error ?? '', /af\.kamervragen kan niet worden geschreven: dat is een bestand dat deze opdracht leest/);
      assert.equal(readFileSync(draft, 'utf8'), cameras);
      const elsewhere = mkdtempSync(join(tmpdir(), 'kamervragen-elders-'));
      symlinkSync(join(elsewhere, 'brief.docx'), join(folder, 'link.docx'));
      assert.match((await exportTo(join(folder, 'link.docx'))).error ?? '', /link\.docx kan niet worden geschreven: het is een symbolische koppeling/);
      assert.ok(!existsSync(join(elsewhere, 'brief.docx')));
      writeFileSync(join(folder, 'oud.docx'), 'vorige versie');
      const replaced = await exportTo(join(folder, 'oud.docx'));
      assert.equal(replaced.written, join(folder, 'oud.docx'));
      assert.equal(readFileSync(join(folder, 'oud.docx')).subarray(0, 2).toString(), 'PK');
    });
  });
});
