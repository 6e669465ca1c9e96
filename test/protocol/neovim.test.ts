import { strict as assert } from 'assert';
import { execFileSync, spawnSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { repoRoot } from '../helpers/paths';

/**
 * The same draft gives the same diagnostics in a client that is not VS Code: headless Neovim
 * (Debian's, installed by scripts/ensure-neovim.sh) with the built server, against the CLI.
 */
describe('Neovim as the language client', function () {
  this.timeout(60000);
  let folder: string;

  before(() => {
    execFileSync('bash', [join(repoRoot, 'scripts', 'ensure-neovim.sh')], { stdio: 'inherit' });
    folder = mkdtempSync(join(tmpdir(), 'kamervragen-nvim-'));
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('shows the diagnostics the CLI reports, at the same places', () => {
    const draft = join(folder, 'concept.kamervragen');
    writeFileSync(draft, 'Uw kenmerk 2024Z0025\n\nVraag 1\nKlopt het?\n\nVraag 2\nWaarom?[1]\n\nAntwoord op vraag 1\nJa, zie vraag 7.\n');
    const out = join(folder, 'nvim.json');
    const run = spawnSync('nvim', ['--headless', '-u', 'NONE', '-c', `luafile ${join(repoRoot, 'test', 'fixtures', 'neovim', 'diagnostics.lua')}`], {
      cwd: folder,
      env: { ...process.env, KV_OUT: out, KV_SERVER: join(repoRoot, 'dist', 'server.js'), KV_DRAFT: draft },
      timeout: 30000,
      encoding: 'utf8',
    });
    assert.equal(run.error, undefined, run.stderr);
    const nvim = JSON.parse(readFileSync(out, 'utf8')) as { ok: boolean; diagnostics: Array<{ line: number; character: number; code: string; message: string }> };
    assert.ok(nvim.ok, 'Neovim received diagnostics');
    const cli = JSON.parse(spawnSync(process.execPath, [join(repoRoot, 'dist', 'cli.js'), 'check', '--json', draft], { encoding: 'utf8' }).stdout) as Array<{ diagnostics: Array<{ line: number; column: number; code: string; message: string }> }>;
    const key = (d: { line: number; character: number; code: string; message: string }) => `${d.line}:${d.character} ${d.code} ${d.message}`;
    const fromCli = cli[0].diagnostics.map((d) => key({ line: d.line - 1, character: d.column - 1, code: d.code, message: d.message })).sort();
    assert.deepEqual(nvim.diagnostics.map(key).sort(), fromCli);
    assert.ok(fromCli.length >= 4, fromCli.join('\n'));
  });
});
