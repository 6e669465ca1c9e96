import { strict as assert } from 'assert';
import { spawn, spawnSync, type ChildProcess } from 'child_process';
import { chmodSync, closeSync, existsSync, ftruncateSync, lstatSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'fs';
import { constants, tmpdir } from 'os';
import { join } from 'path';
import { pathToFileURL } from 'url';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { cacheIdentity } from '../../server/src/launch/codeCache';
import { repoRoot } from '../helpers/paths';

/**
 * Issue 18.1: the V8 code cache of the built server (dist/server.js) is outside input. Whatever
 * lies in its place (another user's code, a damaged file, a FIFO, a device, a link, a folder
 * someone else made) the server starts as it does without a cache, never runs code this build did
 * not compile, and never writes outside its own folder. The CLI (dist/cli.js) has no code cache:
 * it neither writes one nor runs what lies where one would be.
 *
 * Liveness: a run that has not ended after DEADLINE_MS, or that grows past MEMORY_LIMIT_MB, is
 * stopped and fails. These are limits for "hangs" and "eats memory", far above a normal start;
 * speed is measured in the benchmark (bench/startUp.ts), never here.
 */
const DEADLINE_MS = 60_000;
const MEMORY_LIMIT_MB = 400;
/** What the planted code prints, if it ever runs. */
const MARKER = 'KAMERVRAGEN-VREEMDE-CODE';

const dist = join(repoRoot, 'dist');
const isRoot = process.getuid?.() === 0;
/** A second local user to plant things as: `nobody`, through setpriv, when the tests run as root. */
const secondUser = isRoot && spawnSync('setpriv', ['--version']).status === 0;

interface Outcome {
  status: number | null;
  signal: NodeJS.Signals | null;
  /** Why the watchdog stopped the run, if it did. */
  stopped?: string;
  stdout: string;
  stderr: string;
  /** What the run produced for the drafter: the CLI's output, the server's first diagnostics. */
  result?: string;
}

interface RunOptions {
  cwd?: string;
  /** A symlink to `target` at `<prefix>.<pid>`, made in the process just before it becomes Node. */
  linkAtPid?: { prefix: string; target: string };
}

interface Program {
  name: string;
  bundle: string;
  run(env: NodeJS.ProcessEnv, options?: RunOptions): Promise<Outcome>;
}

let scratch: string;
let draft: string;
const DRAFT = 'Vraag 1\nWat is er gebeurd?\n\nAntwoord op vraag 1\nDit is er gebeurd.\n\nVraag 2\nEn waarom?\n';

/** The environment of every run: no cache settings from outside, a home of its own. */
function environment(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, HOME: join(scratch, 'thuis'), KAMERVRAGEN_TODAY: '2026-02-10' };
  for (const name of ['KAMERVRAGEN_CACHE_DIR', 'KAMERVRAGEN_CODE_CACHE', 'XDG_CACHE_HOME']) delete env[name];
  return { ...env, ...extra };
}

function start(args: string[], env: NodeJS.ProcessEnv, options: RunOptions): ChildProcess {
  const node = [process.execPath, ...args];
  if (!options.linkAtPid) return spawn(node[0], node.slice(1), { env, cwd: options.cwd ?? scratch, stdio: 'pipe' });
  // `exec` keeps the shell's pid, so Node's process.pid is the $$ the link was made with
  const { prefix, target } = options.linkAtPid;
  return spawn('sh', ['-c', 'ln -s "$KV_TARGET" "$KV_PREFIX.$$" && exec "$@"', 'sh', ...node], { env: { ...env, KV_TARGET: target, KV_PREFIX: prefix }, cwd: options.cwd ?? scratch, stdio: 'pipe' });
}

/** Collects a run's output, and stops it when it hangs or eats memory. */
function watch(child: ChildProcess): Promise<Outcome> {
  let stdout = '';
  let stderr = '';
  let stopped: string | undefined;
  child.stdout!.on('data', (chunk) => (stdout += String(chunk)));
  child.stderr!.on('data', (chunk) => (stderr += String(chunk)));
  child.stdin!.on('error', () => undefined); // a process that died does not take its input
  const stop = (why: string) => {
    stopped ??= why;
    child.kill('SIGKILL');
  };
  const memory = setInterval(() => {
    try {
      const rss = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
      if (rss > MEMORY_LIMIT_MB) stop(`grew past ${MEMORY_LIMIT_MB} MB`);
    } catch {
      // ended
    }
  }, 25);
  const deadline = setTimeout(() => stop(`had not ended after ${DEADLINE_MS / 1000} s`), DEADLINE_MS);
  return new Promise((resolve) =>
    child.on('close', (status, signal) => {
      clearInterval(memory);
      clearTimeout(deadline);
      resolve({ status, signal, stopped, stdout, stderr });
    }),
  );
}

const cli: Program = {
  name: 'the CLI',
  bundle: 'cli.js',
  async run(env, options = {}) {
    const outcome = await watch(start([join(dist, 'cli.js'), 'check', draft], env, options));
    // the CLI names the draft relative to its working folder
    return { ...outcome, result: outcome.stdout.replace(/^.*(?=concept\.kamervragen:)/gm, '') };
  },
};

const server: Program = {
  name: 'the server',
  bundle: 'server-main.js',
  async run(env, options = {}) {
    const child = start([join(dist, 'server.js'), '--stdio'], env, options);
    const ended = watch(child);
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => ({})));
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('window/showMessageRequest', () => null);
    connection.onError(() => undefined);
    let result: string | undefined;
    const uri = pathToFileURL(draft).toString();
    const firstDiagnostics = new Promise<void>((resolve) =>
      connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
        if (params.uri !== uri || params.version !== 1) return;
        result = params.diagnostics.map((d) => `${d.range.start.line}:${String(d.code)}`).join(' ');
        resolve();
      }),
    );
    connection.listen();
    const session = (async () => {
      await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, workspaceFolders: null, capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { versionSupport: true } } } });
      await connection.sendNotification('initialized', {});
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'kamervragen', version: 1, text: DRAFT } });
      await firstDiagnostics;
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
    })();
    session.catch(() => undefined);
    const outcome = await ended;
    connection.dispose();
    return { ...outcome, result };
  },
};

/** A run that went as a run without any cache goes: same exit, same output, nothing foreign. */
function assertNormal(outcome: Outcome, reference: Outcome, what: string): void {
  const detail = `${what}\n--- stderr:\n${outcome.stderr.slice(0, 2000)}`;
  assert.ok(!outcome.stdout.includes(MARKER), `foreign code ran: ${detail}`);
  assert.equal(outcome.stopped, undefined, `stopped: it ${outcome.stopped}: ${detail}`);
  assert.equal(outcome.signal, null, `ended by ${outcome.signal} (exit ${128 + (outcome.signal ? constants.signals[outcome.signal] : 0)}): ${detail}`);
  assert.equal(outcome.status, reference.status, `exit ${outcome.status}: ${detail}`);
  assert.equal(outcome.result, reference.result, `other output than without a cache: ${detail}`);
}

/** A folder of this user's own, for nobody else. */
function privateFolder(name: string): string {
  const folder = join(scratch, name);
  mkdirSync(folder, { mode: 0o700 });
  return folder;
}

/** The names the program gives its cache files, as anyone can learn them: by running it once. */
async function cacheNames(program: Program, reference: Outcome): Promise<string[]> {
  const folder = mkdtempSync(join(scratch, 'leren-'));
  assertNormal(await program.run(environment({ KAMERVRAGEN_CACHE_DIR: folder })), reference, 'a first run');
  const names = readdirSync(folder).filter((name) => !name.startsWith('.'));
  assert.ok(names.length > 0, `${program.name} wrote no cache file to learn its name from`);
  return names;
}

/** The cache as the program writes it, for `name`. */
async function genuineCache(program: Program, name: string): Promise<Buffer> {
  const folder = mkdtempSync(join(scratch, 'echt-'));
  await program.run(environment({ KAMERVRAGEN_CACHE_DIR: folder }));
  return readFileSync(join(folder, name));
}

/**
 * How a foreign payload is packed: as V8's cached data alone (the form of the caches before issue
 * 18), or as a cache file of this build, with the right checksum (cacheFile.ts: what an attacker who
 * reads the source can make), or as one with the checksum of another bundle.
 */
type Packing = 'raw' | 'well-formed' | 'for another bundle';

/**
 * Cached data that V8 made from another script of the same length as the bundle's (V8 checks only
 * the source's length, Node's version and the flags): the code prints MARKER if it ever runs.
 * Made as an attacker would: in a Node with the same flags as the program's.
 */
function foreignPayload(bundle: string, packing: Packing): Buffer {
  const out = join(scratch, `vreemd-${bundle}-${packing.replace(/\W+/g, '-')}.bin`);
  const maker = `
    const { wrap } = require('module');
    const { Script } = require('vm');
    const fs = require('fs');
    const { cacheIdentity } = require(${JSON.stringify(join(repoRoot, 'out', 'server', 'src', 'launch', 'codeCache.js'))});
    const { encodeCacheFile } = require(${JSON.stringify(join(repoRoot, 'out', 'server', 'src', 'launch', 'cacheFile.js'))});
    const [bundle, out, marker, packing] = process.argv.slice(1);
    const source = fs.readFileSync(bundle);
    const length = wrap(source.toString('utf8')).length;
    const code = 'process.stdout.write(' + JSON.stringify(marker) + ' + String.fromCharCode(10)); process.exit(0);';
    const script = code + '/*' + ' '.repeat(length - code.length - 4) + '*/';
    if (script.length !== length) throw new Error('length');
    const payload = new Script(script).createCachedData();
    const { key } = cacheIdentity(bundle, packing === 'for another bundle' ? Buffer.concat([source, Buffer.from(' ')]) : source);
    fs.writeFileSync(out, packing === 'raw' ? payload : encodeCacheFile(key, payload));`;
  const made = spawnSync(process.execPath, ['-e', maker, join(dist, bundle), out, MARKER, packing], { encoding: 'utf8', env: environment({}) });
  assert.equal(made.status, 0, made.stderr);
  return readFileSync(out);
}

/** Runs a command as `nobody`. */
function asSecondUser(command: string, ...args: string[]): void {
  const done = spawnSync('setpriv', ['--reuid=nobody', '--regid=nogroup', '--clear-groups', command, ...args], { encoding: 'utf8' });
  assert.equal(done.status, 0, `as nobody: ${command} ${args.join(' ')}: ${done.stderr}`);
}

function needsSecondUser(context: Mocha.Context): void {
  if (secondUser) return;
  console.log(`      skipped: "${context.currentTest?.title}" needs a second local user; run the tests as root to act as nobody through setpriv`);
  context.skip();
}

/** A copy of `data` with `count` bytes inverted at `fraction` of its length. */
function damaged(data: Buffer, fraction: number, count = 64): Buffer {
  const copy = Buffer.from(data);
  const at = Math.floor(copy.length * fraction);
  for (let i = at; i < Math.min(copy.length, at + count); i++) copy[i] ^= 0xff;
  return copy;
}

describe('hostile: the V8 code cache (issue 18.1)', function () {
  this.timeout(10 * DEADLINE_MS);

  before(() => {
    scratch = mkdtempSync(join(tmpdir(), 'kamervragen-codecache-'));
    chmodSync(scratch, 0o755); // the second user must reach its shared folder in here
    mkdirSync(join(scratch, 'thuis'), { mode: 0o700 });
    draft = join(scratch, 'concept.kamervragen');
    writeFileSync(draft, DRAFT);
    chmodSync(draft, 0o644);
  });

  after(() => rmSync(scratch, { recursive: true, force: true }));

  describe('the CLI', () => {
    let reference: Outcome;
    before(async () => {
      reference = await cli.run(environment({ KAMERVRAGEN_CODE_CACHE: 'off' }));
      assert.ok(reference.result, `the CLI produced nothing: ${reference.stderr}`);
    });

    it('keeps no code cache: it writes nothing into KAMERVRAGEN_CACHE_DIR, XDG_CACHE_HOME or ~/.cache', async () => {
      const folder = privateFolder('cli-map');
      const xdg = privateFolder('cli-xdg');
      const home = privateFolder('cli-thuis');
      assertNormal(await cli.run(environment({ HOME: home, KAMERVRAGEN_CACHE_DIR: folder })), reference, 'KAMERVRAGEN_CACHE_DIR');
      assertNormal(await cli.run(environment({ HOME: home, XDG_CACHE_HOME: xdg })), reference, 'XDG_CACHE_HOME');
      assertNormal(await cli.run(environment({ HOME: home })), reference, '~/.cache');
      assert.deepEqual([...readdirSync(folder), ...readdirSync(xdg), ...readdirSync(home)], []);
    });

    it('runs no cached code: foreign code where its cache was, or would be, changes nothing', async () => {
      const folder = privateFolder('cli-vreemd');
      const bundle = join(dist, cli.bundle);
      const { name } = cacheIdentity(bundle, readFileSync(bundle));
      writeFileSync(join(folder, name), foreignPayload(cli.bundle, 'well-formed'), { mode: 0o600 });
      // the name its cache had before issue 18 (dist/cli.js ran dist/cli-main.js), in a build that has it
      const before18 = join(dist, 'cli-main.js');
      if (existsSync(before18)) {
        const { size, mtimeMs } = statSync(before18);
        writeFileSync(join(folder, `cli-main-${size}-${Math.round(mtimeMs)}-${process.version}-${process.arch}.cache`), foreignPayload('cli-main.js', 'raw'), { mode: 0o600 });
      }
      assertNormal(await cli.run(environment({ KAMERVRAGEN_CACHE_DIR: folder })), reference, 'foreign code in the cache folder');
    });
  });

  // the programs that keep a code cache
  for (const program of [server]) {
    describe(program.name, () => {
      let reference: Outcome;
      let names: string[];
      const packings: Packing[] = ['raw', 'well-formed'];

      before(async () => {
        reference = await program.run(environment({ KAMERVRAGEN_CODE_CACHE: 'off' }));
        assert.equal(reference.stopped, undefined);
        assert.ok(reference.result, `${program.name} without a cache produced nothing: ${reference.stderr}`);
        names = await cacheNames(program, reference);
        // the control: the well-formed payload is one that V8 runs, so only the folder checks keep it
        // out of the cases below (from a folder that only this user can write, it runs)
        const control = privateFolder(`controle-${program.bundle}`);
        for (const name of names) writeFileSync(join(control, name), foreignPayload(program.bundle, 'well-formed'), { mode: 0o600 });
        assert.ok((await program.run(environment({ KAMERVRAGEN_CACHE_DIR: control }))).stdout.includes(MARKER), 'the well-formed foreign payload does not run even where it should');
      });

      /** A folder that `nobody` shares with this user, as /tmp is shared: sticky, writable by all. */
      function sharedFolder(): string {
        const folder = mkdtempSync(join(scratch, 'gedeeld-'));
        chmodSync(folder, 0o1777);
        return folder;
      }

      /** `nobody` writes the foreign payload under every cache name into `folder`. */
      function plantAsSecondUser(folder: string, packing: Packing): void {
        const payload = join(scratch, `payload-${program.bundle}`);
        writeFileSync(payload, foreignPayload(program.bundle, packing));
        chmodSync(payload, 0o644);
        for (const name of names) asSecondUser('cp', payload, join(folder, name));
      }

      describe('never runs code this build did not compile', () => {
        it('a foreign payload (another script of the same length) in its own cache folder', async () => {
          for (const packing of ['raw', 'for another bundle'] as const) {
            const folder = privateFolder(`eigen-${program.bundle}-${packing.replace(/\W+/g, '-')}`);
            for (const name of names) writeFileSync(join(folder, name), foreignPayload(program.bundle, packing), { mode: 0o600 });
            assertNormal(await program.run(environment({ KAMERVRAGEN_CACHE_DIR: folder })), reference, `foreign payload (${packing}) in its own folder`);
          }
        });

        it('a cache folder another user made first, with their code in it (as a second user, nobody)', async function () {
          needsSecondUser(this);
          for (const packing of packings) {
            const folder = join(sharedFolder(), 'cache');
            asSecondUser('mkdir', '-m', '0755', folder);
            plantAsSecondUser(folder, packing);
            assertNormal(await program.run(environment({ KAMERVRAGEN_CACHE_DIR: folder })), reference, `another user's folder (${packing})`);
          }
        });

        it('XDG_CACHE_HOME in a shared folder where another user made kamervragen/ first (as nobody)', async function () {
          needsSecondUser(this);
          for (const packing of packings) {
            const base = sharedFolder();
            asSecondUser('mkdir', '-m', '0755', join(base, 'kamervragen'));
            plantAsSecondUser(join(base, 'kamervragen'), packing);
            assertNormal(await program.run(environment({ XDG_CACHE_HOME: base })), reference, `XDG_CACHE_HOME shared with another user (${packing})`);
          }
        });

        it('its own cache folder, writable by others, with their code in it (as nobody)', async function () {
          needsSecondUser(this);
          for (const packing of packings) {
            const folder = privateFolder(`open-${program.bundle}-${packing}`);
            chmodSync(folder, 0o777);
            plantAsSecondUser(folder, packing);
            assertNormal(await program.run(environment({ KAMERVRAGEN_CACHE_DIR: folder })), reference, `folder writable by others (${packing})`);
          }
        });

        it("its own cache folder, writable by a group another user is in, with that user's code (as nobody)", async function () {
          needsSecondUser(this);
          for (const packing of packings) {
            const folder = privateFolder(`groep-${program.bundle}-${packing}`);
            spawnSync('chgrp', ['nogroup', folder]);
            chmodSync(folder, 0o770);
            plantAsSecondUser(folder, packing);
            assertNormal(await program.run(environment({ KAMERVRAGEN_CACHE_DIR: folder })), reference, `folder writable by the group (${packing})`);
          }
        });
      });

      describe('a damaged cache never takes the start down, and is replaced', () => {
        for (const [what, damage] of [
          ['bytes inverted at 30%', (data: Buffer) => damaged(data, 0.3)],
          ['bytes inverted at 50%', (data: Buffer) => damaged(data, 0.5)],
          ['bytes inverted at 70%', (data: Buffer) => damaged(data, 0.7)],
          ['cut off halfway', (data: Buffer) => data.subarray(0, data.length >> 1)],
        ] as const) {
          it(what, async () => {
            const folder = privateFolder(`kapot-${program.bundle}-${what.replace(/\W+/g, '-')}`);
            const genuine = await genuineCache(program, names[0]);
            const bad = damage(genuine);
            writeFileSync(join(folder, names[0]), bad, { mode: 0o600 });
            const env = environment({ KAMERVRAGEN_CACHE_DIR: folder });
            assertNormal(await program.run(env), reference, `damaged cache (${what})`);
            const now = readdirSync(folder).filter((name) => !name.startsWith('.'));
            assert.ok(now.length === 1 && !readFileSync(join(folder, now[0])).equals(bad), 'the damaged cache is replaced');
            assertNormal(await program.run(env), reference, 'the start after');
          });
        }
      });

      describe('never blocks or eats memory on what stands in place of a cache file', () => {
        it('a FIFO', async () => {
          const folder = privateFolder(`fifo-${program.bundle}`);
          for (const name of names) spawnSync('mkfifo', ['-m', '0600', join(folder, name)]);
          assertNormal(await program.run(environment({ KAMERVRAGEN_CACHE_DIR: folder })), reference, 'FIFO');
        });

        it('a link to /dev/zero', async () => {
          const folder = privateFolder(`zero-${program.bundle}`);
          for (const name of names) symlinkSync('/dev/zero', join(folder, name));
          assertNormal(await program.run(environment({ KAMERVRAGEN_CACHE_DIR: folder })), reference, 'link to /dev/zero');
        });

        it('a 1.5 GB (sparse) file', async () => {
          const folder = privateFolder(`groot-${program.bundle}`);
          for (const name of names) {
            const fd = openSync(join(folder, name), 'w', 0o600);
            ftruncateSync(fd, 1.5 * 1024 ** 3);
            closeSync(fd);
          }
          assertNormal(await program.run(environment({ KAMERVRAGEN_CACHE_DIR: folder })), reference, '1.5 GB file');
        });
      });

      describe('never writes through a link', () => {
        it('a symlink at the temporary name <cache>.<pid>', async () => {
          const folder = privateFolder(`link-${program.bundle}`);
          const target = join(scratch, `kostbaar-${program.bundle}.txt`);
          writeFileSync(target, 'een bestand dat niet overschreven mag worden');
          const outcome = await program.run(environment({ KAMERVRAGEN_CACHE_DIR: folder }), { linkAtPid: { prefix: join(folder, names[0]), target } });
          assertNormal(outcome, reference, 'link at the temporary name');
          assert.ok(readFileSync(target, 'utf8') === 'een bestand dat niet overschreven mag worden', 'the cache was written through the link, over another file');
          for (const name of readdirSync(folder)) assert.ok(!names.includes(name) || !lstatSync(join(folder, name)).isSymbolicLink(), `the cache ${name} became the link`);
        });
      });

      describe('never uses odd locations', () => {
        for (const [what, env] of [
          ['KAMERVRAGEN_CACHE_DIR under /proc', { KAMERVRAGEN_CACHE_DIR: '/proc/self/kamervragen' }],
          ['KAMERVRAGEN_CACHE_DIR under /proc/1', { KAMERVRAGEN_CACHE_DIR: '/proc/1/kamervragen' }],
          ['XDG_CACHE_HOME=/proc', { XDG_CACHE_HOME: '/proc' }],
        ] as const) {
          it(what, async () => {
            assertNormal(await program.run(environment(env)), reference, what);
          });
        }

        it('a relative XDG_CACHE_HOME is ignored (XDG spec)', async () => {
          const work = privateFolder(`werk-xdg-${program.bundle}`);
          assertNormal(await program.run(environment({ XDG_CACHE_HOME: 'relatief' }), { cwd: work }), reference, 'relative XDG_CACHE_HOME');
          assert.deepEqual(readdirSync(work), [], 'nothing is made relative to the working folder');
        });

        it('a relative KAMERVRAGEN_CACHE_DIR is ignored', async () => {
          const work = privateFolder(`werk-dir-${program.bundle}`);
          assertNormal(await program.run(environment({ KAMERVRAGEN_CACHE_DIR: 'relatief' }), { cwd: work }), reference, 'relative KAMERVRAGEN_CACHE_DIR');
          assert.deepEqual(readdirSync(work), [], 'nothing is made relative to the working folder');
        });

        it('XDG_CACHE_HOME=/ does not make /kamervragen (as root)', async function () {
          if (!isRoot || existsSync('/kamervragen')) {
            console.log(`      skipped: only root could make /kamervragen${isRoot ? ', and it exists already' : ''}`);
            this.skip();
          }
          try {
            assertNormal(await program.run(environment({ XDG_CACHE_HOME: '/' })), reference, 'XDG_CACHE_HOME=/');
            assert.ok(!existsSync('/kamervragen'), '/kamervragen was made');
          } finally {
            rmSync('/kamervragen', { recursive: true, force: true });
          }
        });

        it('KAMERVRAGEN_CACHE_DIR=/ writes nothing into / (as root)', async function () {
          if (!isRoot) {
            console.log('      skipped: only root could write into /');
            this.skip();
          }
          const before = new Set(readdirSync('/'));
          try {
            assertNormal(await program.run(environment({ KAMERVRAGEN_CACHE_DIR: '/' })), reference, 'KAMERVRAGEN_CACHE_DIR=/');
            assert.deepEqual(readdirSync('/').filter((name) => !before.has(name)), [], 'written into /');
          } finally {
            for (const name of readdirSync('/')) if (!before.has(name) && /^(cli|server)-main/.test(name)) rmSync(join('/', name), { force: true });
          }
        });
      });
    });
  }
});
