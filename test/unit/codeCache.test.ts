import { strict as assert } from 'assert';
import { execFileSync, spawn } from 'child_process';
import { chmodSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { namedCacheFolder, Refusal, type CacheEnvironment } from '../../server/src/launch/cacheFolder';
import { encodeCacheFile } from '../../server/src/launch/cacheFile';
import { cacheIdentity } from '../../server/src/launch/codeCache';
import { repoRoot } from '../helpers/paths';

/**
 * dist/server.js runs the language server (dist/server-main.js) from V8's code cache
 * (server/src/launch/): where it lives, when it is used, written and removed. What it refuses is in
 * test/hostile/codeCache.test.ts.
 */
describe('the code cache', function () {
  this.timeout(60000);
  const server = join(repoRoot, 'dist', 'server.js');
  const version = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;
  let scratch: string;
  const folder = () => mkdtempSync(join(scratch, 'cache-'));
  /**
   * Starts the built server over stdio, asks it to initialize and lets it exit (when the code cache
   * is written); returns what it said on stderr. The CLI has no code cache (see launch/server.ts).
   */
  const run = async (env: Record<string, string>): Promise<string> => {
    const base: NodeJS.ProcessEnv = { ...process.env, HOME: join(scratch, 'thuis') };
    for (const name of ['KAMERVRAGEN_CACHE_DIR', 'KAMERVRAGEN_CODE_CACHE', 'XDG_CACHE_HOME']) delete base[name];
    const child = spawn(process.execPath, [server, '--stdio'], { env: { ...base, KAMERVRAGEN_CODE_CACHE: 'explain', ...env } });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += String(chunk)));
    const closed = new Promise((resolve) => child.on('close', resolve));
    const answered = new Promise<void>((resolve) =>
      child.stdout.on('data', (chunk) => {
        stdout += String(chunk);
        if (stdout.includes('"serverInfo"')) resolve();
      }),
    );
    const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
    child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    await Promise.race([answered, closed]);
    child.stdin.end(); // the server exits at the end of its input
    await closed;
    assert.match(stdout, new RegExp(`"serverInfo":\\{"name":"kamervragen-language-server","version":"${version.replace(/\./g, '\\.')}"\\}`), stderr);
    return stderr;
  };
  const cacheFiles = (path: string) => readdirSync(path).filter((name) => name.endsWith('.cache'));

  before(() => {
    scratch = mkdtempSync(join(tmpdir(), 'kamervragen-cache-'));
    mkdirSync(join(scratch, 'thuis'), { mode: 0o700 });
  });
  after(() => rmSync(scratch, { recursive: true, force: true }));

  describe('where it lives', () => {
    const linux = (env: NodeJS.ProcessEnv, home = '/home/drafter'): CacheEnvironment => ({ platform: 'linux', env, home, uid: 1000 });
    const refusal = (environment: CacheEnvironment) => assert.throws(() => namedCacheFolder(environment), Refusal);

    it('in ~/.cache/kamervragen, or XDG_CACHE_HOME/kamervragen, or KAMERVRAGEN_CACHE_DIR itself', () => {
      assert.equal(namedCacheFolder(linux({})), '/home/drafter/.cache/kamervragen');
      assert.equal(namedCacheFolder(linux({ XDG_CACHE_HOME: '/var/cache/drafter' })), '/var/cache/drafter/kamervragen');
      assert.equal(namedCacheFolder(linux({ KAMERVRAGEN_CACHE_DIR: '/srv/kv', XDG_CACHE_HOME: '/x' })), '/srv/kv');
      assert.equal(namedCacheFolder({ platform: 'darwin', env: {}, home: '/Users/drafter', uid: 501 }), '/Users/drafter/Library/Caches/kamervragen');
    });

    it('ignores a relative XDG_CACHE_HOME and XDG_CACHE_HOME=/ (the XDG spec: invalid, so the default)', () => {
      assert.equal(namedCacheFolder(linux({ XDG_CACHE_HOME: 'relatief' })), '/home/drafter/.cache/kamervragen');
      assert.equal(namedCacheFolder(linux({ XDG_CACHE_HOME: '/' })), '/home/drafter/.cache/kamervragen');
    });

    it('has none when switched off, on Windows, or when named by a relative path', () => {
      refusal(linux({ KAMERVRAGEN_CODE_CACHE: 'off' }));
      refusal({ platform: 'win32', env: {}, home: 'C:\\Users\\drafter', uid: -1 });
      refusal(linux({ KAMERVRAGEN_CACHE_DIR: 'relatief' }));
      refusal(linux({}, 'relatief'));
    });
  });

  describe('used and written', () => {
    it('keeps the compiled code after the first run, starts from it after, and does not write it again', async () => {
      const path = folder();
      assert.match(await run({ KAMERVRAGEN_CACHE_DIR: path }), /niet gebruikt: nog geen cache/);
      const [file] = cacheFiles(path);
      assert.match(file, /^server-main-v[\d.]+-\w+-[0-9a-f]{16}\.cache$/);
      const written = readFileSync(join(path, file));
      assert.match(await run({ KAMERVRAGEN_CACHE_DIR: path }), /code-cache gebruikt/);
      assert.deepEqual(readFileSync(join(path, file)), written, 'a cache that was used is not written again');
    });

    it('makes a missing cache folder, and the cache home above it, for nobody but the user', async () => {
      const home = join(folder(), 'thuis');
      mkdirSync(home, { mode: 0o700 });
      await run({ HOME: home });
      const made = join(home, '.cache', 'kamervragen');
      assert.equal(cacheFiles(made).length, 1);
      for (const path of [join(home, '.cache'), made]) assert.equal(statSync(path).mode & 0o777, 0o700);
    });

    it('says nothing unless asked', async () => {
      const path = folder();
      assert.equal(await run({ KAMERVRAGEN_CACHE_DIR: path, KAMERVRAGEN_CODE_CACHE: '' }), '');
      assert.equal(cacheFiles(path).length, 1);
    });

    it('removes the caches of earlier builds of the same bundle for the same Node, and temporary files left behind', async () => {
      const path = folder();
      await run({ KAMERVRAGEN_CACHE_DIR: path });
      const [current] = cacheFiles(path);
      const prefix = current.slice(0, -'0123456789abcdef.cache'.length);
      const older = `${prefix}0000000000000000.cache`;
      const otherNode = 'server-main-v1.0.0-x64-0000000000000000.cache';
      const otherBundle = current.replace(/^server-main/, 'word');
      const abandoned = `.${current}.1-00`;
      const fresh = `.${current}.2-00`;
      for (const file of [older, otherNode, otherBundle, abandoned, fresh]) writeFileSync(join(path, file), 'oud');
      const hourAgo = new Date(Date.now() - 3600_000);
      utimesSync(join(path, abandoned), hourAgo, hourAgo);
      rmSync(join(path, current));
      await run({ KAMERVRAGEN_CACHE_DIR: path });
      assert.deepEqual(readdirSync(path).sort(), [fresh, current, otherNode, otherBundle].sort());
    });

    it('writes nothing when switched off, and runs when the folder cannot be made', async () => {
      const path = folder();
      await run({ KAMERVRAGEN_CACHE_DIR: path, KAMERVRAGEN_CODE_CACHE: 'off' });
      assert.deepEqual(readdirSync(path), []);
      const blocked = join(path, 'een-bestand');
      writeFileSync(blocked, '');
      assert.match(await run({ KAMERVRAGEN_CACHE_DIR: join(blocked, 'map') }), /niet bewaard/);
    });
  });

  describe('refused, with the reason when asked (KAMERVRAGEN_CODE_CACHE=explain)', () => {
    /** A folder with a genuine cache in it, and that cache's path. */
    const withCache = async () => {
      const path = folder();
      await run({ KAMERVRAGEN_CACHE_DIR: path });
      return { path, file: join(path, cacheFiles(path)[0]) };
    };

    it('a folder that group or others can write', async () => {
      const { path } = await withCache();
      chmodSync(path, 0o775);
      assert.match(await run({ KAMERVRAGEN_CACHE_DIR: path }), /niet gebruikt: de map is schrijfbaar voor groep of anderen/);
    });

    it('a folder below a parent that others can write and that is not sticky', async () => {
      const parent = folder();
      chmodSync(parent, 0o777);
      const path = join(parent, 'cache');
      mkdirSync(path, { mode: 0o700 });
      await run({ KAMERVRAGEN_CACHE_DIR: path });
      assert.match(await run({ KAMERVRAGEN_CACHE_DIR: path }), /niet gebruikt: een map erboven is schrijfbaar voor groep of anderen/);
      chmodSync(parent, 0o1777); // as /tmp: no one can take away what is another's
      await run({ KAMERVRAGEN_CACHE_DIR: path });
      assert.match(await run({ KAMERVRAGEN_CACHE_DIR: path }), /code-cache gebruikt/);
    });

    it('a cache file that others can write, or that has a second name (a hard link)', async () => {
      const { path, file } = await withCache();
      chmodSync(file, 0o666);
      assert.match(await run({ KAMERVRAGEN_CACHE_DIR: path }), /niet gebruikt: het bestand is schrijfbaar voor groep of anderen/);
      const linked = await withCache();
      linkSync(linked.file, join(scratch, `tweede-naam-${Date.now()}`));
      assert.match(await run({ KAMERVRAGEN_CACHE_DIR: linked.path }), /niet gebruikt: het bestand heeft meer dan één naam/);
    });

    it('a cache made for another build of the bundle, or damaged', async () => {
      const { path, file } = await withCache();
      const { key } = cacheIdentity(join(repoRoot, 'dist', 'server-main.js'), Buffer.from('een andere bundel'));
      writeFileSync(file, encodeCacheFile(key, readFileSync(file).subarray(40)));
      assert.match(await run({ KAMERVRAGEN_CACHE_DIR: path }), /niet gebruikt: de controlesom klopt niet/);
      const damaged = readFileSync(file);
      damaged[damaged.length >> 1] ^= 1;
      writeFileSync(file, damaged);
      assert.match(await run({ KAMERVRAGEN_CACHE_DIR: path }), /niet gebruikt: de controlesom klopt niet/);
    });

    it('what is not a regular file', async () => {
      const { path, file } = await withCache();
      rmSync(file);
      execFileSync('mkfifo', [file]);
      assert.match(await run({ KAMERVRAGEN_CACHE_DIR: path }), /niet gebruikt: geen gewoon bestand/);
    });

    it('/, and folders on pseudo file systems', async () => {
      assert.match(await run({ KAMERVRAGEN_CACHE_DIR: '/' }), /niet gebruikt: de map is de wortel/);
      assert.match(await run({ KAMERVRAGEN_CACHE_DIR: '/proc/self' }), /niet gebruikt: de map ligt op een pseudo-bestandssysteem/);
      assert.match(await run({ KAMERVRAGEN_CACHE_DIR: '/proc/self/kamervragen' }), /niet bewaard: de map ligt op een pseudo-bestandssysteem/);
    });
  });
});
