// `npm test`: builds, then runs the unit, protocol and hostile suites, the grammar fixtures, the
// property tests and the end-to-end suite in a real VS Code extension host (code-server + headless
// Chromium, installed on first use, while the other suites run). It ends with where the time went
// and one line "N passed, M failed" for the whole run.
//
// Suites run side by side, each in a process of its own (as many at a time as the machine has cores,
// at least two: the end-to-end suite mostly waits for the browser). One suite's report streams live;
// the others' are printed whole when it ends, so reports never mix. Every install step says what it
// does and how long it took, and whenever nothing has been printed for a while a line says what is
// still running, and which test.
//
//   npm test [-- --only unit|grammar|property|e2e] [-- --jobs N]
import { fork, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';

const option = (name) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const only = option('--only');
const cores = availableParallelism();
const slots = Math.max(1, Number(option('--jobs') ?? process.env.KAMERVRAGEN_TEST_JOBS ?? Math.max(2, cores)));
/** After this long without a line on the terminal, say what is still running. */
const HEARTBEAT_MS = 15_000;
const timingsFile = join('out', 'test', 'timings.json');
const color = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code, text) => (color ? `\x1b[${code}m${text}\x1b[0m` : text);
const started = Date.now();

const wanted = (part) => !only || only === part || (only === 'unit' && part === 'grammar');

function duration(ms) {
  const seconds = ms / 1000;
  if (seconds < 60) return `${seconds.toFixed(1)} s`;
  return `${Math.floor(seconds / 60)} min ${String(Math.round(seconds % 60)).padStart(2, '0')} s`;
}

function testFiles(folder) {
  let entries;
  try {
    entries = readdirSync(folder);
  } catch {
    return [];
  }
  return entries
    .flatMap((entry) => {
      const path = join(folder, entry);
      if (statSync(path).isDirectory()) return testFiles(path);
      return entry.endsWith('.test.js') ? [path] : [];
    })
    .sort();
}

// ---------------------------------------------------------------------------------------------
// The terminal: one suite's report live, the others' whole when it ends; install steps at once.

let lastPrinted = Date.now();
function print(line) {
  process.stdout.write(`${line}\n`);
  lastPrinted = Date.now();
}

/** The suite whose report goes straight to the terminal. */
let live;
/** Suites that ended while another was live: their reports follow when it ends. */
const endedBehind = [];

function emit(job, line) {
  if (job.streams || job === live) print(line);
  else job.buffer.push(line);
}

function goLive(job, note) {
  live = job;
  print(paint('1', `\n── ${job.title}${note}`));
  for (const line of job.buffer.splice(0)) print(line);
}

function reportEnd(job) {
  if (job.streams) {
    print(resultLine(job));
    return;
  }
  if (job === live) {
    print(resultLine(job));
    live = undefined;
    for (const ended of endedBehind.splice(0)) {
      goLive(ended, ` (ran beside it, ${duration(ended.endedAt - ended.startedAt)}):`);
      print(resultLine(ended));
      live = undefined;
    }
    const next = [...running].filter((j) => !j.streams).sort((a, b) => a.startedAt - b.startedAt)[0];
    if (next) goLive(next, `, running for ${duration(Date.now() - next.startedAt)}:`);
  } else {
    print(paint('2', `   (${job.title} ended: ${counts(job)}, ${duration(job.endedAt - job.startedAt)}; its report follows)`));
    endedBehind.push(job);
  }
}

function counts(job) {
  if (job.passed === undefined) return job.ok ? 'done' : 'FAILED';
  return `${job.passed} passed, ${job.failed} failed${job.pending ? `, ${job.pending} pending` : ''}`;
}

function resultLine(job) {
  const mark = job.ok ? paint('32', '✓') : paint('31', '✗');
  return `${mark} ${job.title}: ${counts(job)} (${duration(job.endedAt - job.startedAt)})`;
}

function heartbeat() {
  if (Date.now() - lastPrinted < HEARTBEAT_MS || running.size === 0) return;
  const now = Date.now();
  for (const job of running) {
    let doing = `${duration(now - job.startedAt)} so far`;
    if (job.currentTest && now - job.currentTest.since > 5000) doing = `"${job.currentTest.title}" has run ${duration(now - job.currentTest.since)} (${job.passed ?? 0} passed before it)`;
    else if (job.passed !== undefined) doing += `, ${job.passed} passed`;
    else if (job.lastLine) doing += `; last: ${job.lastLine.trim().slice(0, 100)}`;
    print(paint('2', `   … still running: ${job.title}: ${doing}`));
  }
}

// ---------------------------------------------------------------------------------------------
// The jobs

const env = { ...process.env, KAMERVRAGEN_TEST_COLOR: color ? '1' : '0' };
const children = new Set();

function take(job, line) {
  job.lastLine = line;
  job.transcript.push(line);
  emit(job, line);
}

function lines(job, stream) {
  let rest = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk) => {
    const parts = (rest + chunk).split('\n');
    rest = parts.pop();
    for (const line of parts) take(job, line);
  });
  stream.on('end', () => rest && take(job, rest));
}

/**
 * The processor time of the child just reaped, with its own children (Linux: this process's
 * cutime + cstime grow by it), so that the summary says what each suite costs besides how long it
 * took on a machine that others may share. Undefined elsewhere.
 */
let reaped = 0;
function reapedCpuMs() {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /, '').split(' ');
    const ticks = Number(fields[13]) + Number(fields[14]);
    const added = ((ticks - reaped) * 1000) / 100;
    reaped = ticks;
    return added;
  } catch {
    return Number.NaN;
  }
}
reapedCpuMs();

/** Runs a command as the job's process; resolves with its exit code. */
function command(job, file, args, options = {}) {
  return new Promise((resolve) => {
    const child = (options.fork ? fork : spawn)(file, args, { env, stdio: options.fork ? ['ignore', 'pipe', 'pipe', 'ipc'] : ['ignore', 'pipe', 'pipe'], detached: true });
    children.add(child);
    lines(job, child.stdout);
    lines(job, child.stderr);
    child.on('message', (message) => options.onMessage?.(message));
    child.on('error', (error) => emit(job, `could not start ${file}: ${error.message}`));
    child.on('exit', () => (job.cpuMs = (job.cpuMs ?? 0) + reapedCpuMs()));
    child.on('close', (code, signal) => {
      children.delete(child);
      resolve(code ?? (signal ? 128 : 1));
    });
  });
}

function mochaJob(id, title, files, timeoutMs, needs = ['build']) {
  return {
    id,
    title,
    needs,
    files,
    async run(job) {
      const paths = job.testFiles;
      job.passed = 0;
      job.failed = 0;
      let done;
      const code = await command(job, 'scripts/mocha-job.mjs', [String(timeoutMs), ...paths], {
        fork: true,
        onMessage(message) {
          if ('test' in message) job.currentTest = message.test ? { title: message.test, since: Date.now() } : undefined;
          if (message.ended) slowest.push({ ...message.ended, job: job.title });
          if (message.passed === 1) job.passed++;
          if (message.failed === 1) job.failed++;
          if (message.done) done = message.done;
        },
      });
      job.currentTest = undefined;
      if (done) Object.assign(job, done);
      else {
        emit(job, `the suite stopped before its end (exit ${code})`);
        job.failed = Math.max(1, job.failed);
      }
      return code === 0 && job.failed === 0;
    },
  };
}

const node = process.execPath;
/** Every mocha test's duration, for the slowest ones in the summary. */
const slowest = [];
/** One job per property test file: each runs long, and they run side by side. */
const propertyFiles = existsSync(join('test', 'property')) ? readdirSync(join('test', 'property')).filter((f) => f.endsWith('.test.ts')).sort() : [];

const jobs = [
  {
    id: 'build',
    title: 'build: bundles (esbuild) and type check (tsc)',
    streams: true,
    needs: [],
    run: async (job) => (await command(job, node, ['scripts/build.mjs'])) === 0,
  },
  wanted('e2e') && {
    id: 'vscode-host',
    title: 'test tools: Neovim, and the VS Code host (Chromium, Node 24, code-server)',
    streams: true,
    background: true,
    needs: [],
    async run(job) {
      // Neovim (for a protocol test) first: a small install, done before Chromium's long one takes
      // the package manager; if it fails, that test says so itself.
      if (wanted('unit')) await command(job, 'bash', ['scripts/ensure-neovim.sh']);
      return (await command(job, 'bash', ['scripts/ensure-vscode-host.sh'])) === 0;
    },
  },
  wanted('e2e') && {
    id: 'e2e',
    title: 'end-to-end suite in VS Code (code-server, headless Chromium)',
    needs: ['build', 'vscode-host'],
    async run(job) {
      const results = join('out', 'test', 'e2e', 'results.json');
      rmSync(results, { force: true });
      const code = await command(job, node, ['out/test/e2e/runCodeServer.js']);
      // The launcher prints its own "N passed, M failed" and leaves the counts for this total.
      try {
        Object.assign(job, JSON.parse(readFileSync(results, 'utf8')));
      } catch {
        job.passed = 0;
        job.failed = 1;
      }
      if (code !== 0 && job.failed === 0) job.failed = 1;
      return job.failed === 0;
    },
  },
  ...(wanted('property')
    ? propertyFiles.map((file) => mochaJob(`property ${file}`, `property tests: ${file.replace(/\.test\.ts$/, '')}`, [join('out', 'test', 'property', file.replace(/\.ts$/, '.js'))], 600000))
    : []),
  // A test's default time limit: generous, so that a slow or shared machine fails no test for
  // being slow (speed is for the benchmark); a test that sets its own keeps it.
  wanted('unit') && mochaJob('unit', 'unit tests (test/unit)', () => testFiles(join('out', 'test', 'unit')), 60000),
  wanted('unit') && mochaJob('protocol', 'protocol tests (test/protocol)', () => testFiles(join('out', 'test', 'protocol')), 60000),
  wanted('unit') && mochaJob('hostile', 'hostile boundaries (test/hostile)', () => testFiles(join('out', 'test', 'hostile')), 60000),
  wanted('grammar') && {
    id: 'grammar',
    title: 'grammar fixtures (test/grammar, vscode-tmgrammar-test)',
    needs: [],
    async run(job) {
      // one test per fixture file
      const code = await command(job, node, ['node_modules/vscode-tmgrammar-test/dist/unit.js', '-g', 'syntaxes/kamervragen.tmLanguage.json', 'test/grammar/*.test.kamervragen']);
      const output = job.transcript.join('\n');
      job.passed = (output.match(/run successfuly/g) ?? []).length;
      job.failed = code === 0 ? 0 : Math.max(1, (output.match(/^✖|failed|ERROR/gm) ?? []).length);
      return code === 0;
    },
  },
].filter(Boolean);

// The longest suites first, as the last run measured them (out/test/timings.json), so that the
// short ones fill in beside them.
let lastRun = {};
try {
  lastRun = JSON.parse(readFileSync(timingsFile, 'utf8')).jobs ?? {};
} catch {
  // first run: the order above
}
for (const job of jobs) Object.assign(job, { buffer: [], transcript: [], state: 'waiting', ok: undefined, expectedMs: lastRun[job.id]?.ms ?? 0 });
const byId = new Map(jobs.map((job) => [job.id, job]));
const queue = jobs.filter((job) => !job.streams).sort((a, b) => b.expectedMs - a.expectedMs);

// ---------------------------------------------------------------------------------------------
// The schedule

const running = new Set();
let aborted = false;

function ready(job) {
  return job.needs.every((id) => !byId.has(id) || byId.get(id).state === 'done');
}

function blockedBy(job) {
  return job.needs.map((id) => byId.get(id)).find((need) => need && need.state === 'done' && !need.ok);
}

async function start(job) {
  // a folder without tests (yet): nothing to run or report
  if (job.files) {
    job.testFiles = typeof job.files === 'function' ? job.files() : job.files;
    if (job.testFiles.length === 0) {
      job.state = 'done';
      job.ok = true;
      schedule();
      return;
    }
  }
  job.state = 'running';
  job.startedAt = Date.now();
  running.add(job);
  if (job.streams) print(paint('1', `▶ ${job.title}`));
  else if (!live) goLive(job, ':');
  else print(paint('2', `▶ ${job.title} (beside ${live.title}; its report follows when it ends)`));
  let ok;
  try {
    ok = await job.run(job);
  } catch (error) {
    emit(job, `${error instanceof Error ? error.stack : String(error)}`);
    ok = false;
  }
  job.ok = ok;
  job.state = 'done';
  job.endedAt = Date.now();
  running.delete(job);
  reportEnd(job);
  if (job.id === 'build' && !ok) abort('the build failed');
  schedule();
}

function schedule() {
  if (aborted) return;
  for (const job of jobs.filter((j) => j.streams && j.state === 'waiting' && ready(j))) void start(job);
  for (const job of queue) {
    if (job.state !== 'waiting') continue;
    const failedNeed = blockedBy(job);
    if (failedNeed) {
      job.state = 'done';
      job.ok = false;
      job.passed = 0;
      job.failed = 1;
      job.startedAt = job.endedAt = Date.now();
      print(`${paint('31', '✗')} ${job.title}: not run, because "${failedNeed.title}" failed`);
      continue;
    }
    const busy = [...running].filter((j) => !j.background).length;
    if (busy >= slots) break;
    if (ready(job)) void start(job);
  }
  if (jobs.every((job) => job.state === 'done')) finish();
}

function abort(reason) {
  aborted = true;
  print(`\n${paint('31', `Stopped: ${reason}.`)}`);
  stopChildren();
  for (const job of jobs) if (job.state === 'waiting') Object.assign(job, { state: 'done', ok: false });
  finish();
}

function stopChildren() {
  for (const child of children) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}

let finished = false;
function finish() {
  if (finished) return;
  finished = true;
  clearInterval(ticker);
  const total = Date.now() - started;
  const ran = jobs.filter((job) => job.startedAt);
  print(`\nWhere the time went (wall clock, ${duration(total)} in all; up to ${slots} suites at a time on ${cores} cores):`);
  for (const job of ran) {
    const from = duration(job.startedAt - started).padStart(9);
    const to = duration(job.endedAt - started).padStart(9);
    const cpu = Number.isFinite(job.cpuMs) ? `, processor ${duration(job.cpuMs)}` : '';
    print(`  ${job.title.padEnd(64)} ${duration(job.endedAt - job.startedAt).padStart(10)}   (${from} → ${to}${cpu})${job.passed !== undefined ? `  ${job.passed} passed` : ''}`);
  }
  const top = slowest.sort((a, b) => b.ms - a.ms).slice(0, 5);
  if (top.length > 0) print(`The slowest tests:\n${top.map((test) => `  ${duration(test.ms).padStart(10)}  ${test.title} (${test.job})`).join('\n')}`);
  mkdirSync(join('out', 'test'), { recursive: true });
  const record = Object.fromEntries(ran.map((job) => [job.id, { ms: job.endedAt - job.startedAt, from: job.startedAt - started, cpuMs: job.cpuMs, passed: job.passed, failed: job.failed }]));
  writeFileSync(timingsFile, `${JSON.stringify({ date: new Date().toISOString(), totalMs: total, slots, cores, jobs: record }, null, 2)}\n`);
  const passed = jobs.reduce((sum, job) => sum + (job.passed ?? 0), 0);
  const failed = jobs.reduce((sum, job) => sum + (job.failed ?? (job.ok === false ? 1 : 0)), 0);
  print(`\n${passed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopChildren();
    process.exit(130);
  });
}

print(paint('1', `npm test: the build, then ${queue.length} suites, up to ${slots} at a time (${cores} cores); one report streams, the others follow whole.`));
const ticker = setInterval(heartbeat, 1000);
schedule();
