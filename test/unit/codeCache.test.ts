import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { repoRoot } from '../helpers/paths';

/** dist/cli.js and dist/server.js run their bundles from V8's code cache (server/src/launch/codeCache.ts). */
describe('starting from the code cache', function () {
  this.timeout(60000);
  const cli = join(repoRoot, 'dist', 'cli.js');
  const version = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;
  const run = (env: Record<string, string>) => spawnSync(process.execPath, [cli, '--version'], { encoding: 'utf8', env: { ...process.env, ...env } });

  it('keeps the compiled code after the first run and starts from it after', () => {
    const folder = mkdtempSync(join(tmpdir(), 'kamervragen-cache-'));
    assert.equal(run({ KAMERVRAGEN_CACHE_DIR: folder }).stdout.trim(), version);
    const files = readdirSync(folder);
    assert.equal(files.length, 1, 'one cache file');
    assert.match(files[0], /^cli-main-\d+-\d+-v[\d.]+-\w+\.cache$/);
    const written = readFileSync(join(folder, files[0]));
    assert.equal(run({ KAMERVRAGEN_CACHE_DIR: folder }).stdout.trim(), version);
    assert.deepEqual(readFileSync(join(folder, files[0])), written, 'a cache that was used is not written again');
  });

  it('removes the caches of earlier builds of the same bundle when it writes one', () => {
    const folder = mkdtempSync(join(tmpdir(), 'kamervragen-cache-'));
    const older = `cli-main-1-1-${process.version}-${process.arch}.cache`;
    const otherNode = 'cli-main-1-1-v1.0.0-x64.cache';
    const otherBundle = `server-main-1-1-${process.version}-${process.arch}.cache`;
    for (const file of [older, otherNode, otherBundle]) writeFileSync(join(folder, file), 'oud');
    run({ KAMERVRAGEN_CACHE_DIR: folder });
    const files = readdirSync(folder);
    assert.ok(!files.includes(older), 'the older build of this bundle is gone');
    assert.ok(files.includes(otherNode) && files.includes(otherBundle), 'another Node or bundle keeps its cache');
    assert.equal(files.length, 3);
  });

  it('runs as without it when the cache is damaged, and writes a good one', () => {
    const folder = mkdtempSync(join(tmpdir(), 'kamervragen-cache-'));
    run({ KAMERVRAGEN_CACHE_DIR: folder });
    const [file] = readdirSync(folder);
    writeFileSync(join(folder, file), 'geen bytecode');
    const damaged = run({ KAMERVRAGEN_CACHE_DIR: folder });
    assert.equal(damaged.stdout.trim(), version, damaged.stderr);
    assert.notEqual(readFileSync(join(folder, file), 'utf8'), 'geen bytecode', 'rewritten');
  });

  it('writes nothing when switched off, or when the folder cannot be written', () => {
    const folder = mkdtempSync(join(tmpdir(), 'kamervragen-cache-'));
    assert.equal(run({ KAMERVRAGEN_CACHE_DIR: folder, KAMERVRAGEN_CODE_CACHE: 'off' }).stdout.trim(), version);
    assert.deepEqual(readdirSync(folder), []);
    const blocked = join(folder, 'een-bestand');
    writeFileSync(blocked, '');
    const result = run({ KAMERVRAGEN_CACHE_DIR: join(blocked, 'map') });
    assert.equal(result.stdout.trim(), version, result.stderr);
  });
});
