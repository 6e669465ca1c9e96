import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'fs';
import { cpus, loadavg, tmpdir } from 'os';
import { join } from 'path';
import { checkInputs, createLanguageService, mergeConfig } from '../server/src/service';
import { repoRoot } from '../test/helpers/paths';
import { writeCorpusDrafts } from './corpusDrafts';
import { generateDraft } from './generateDraft';
import { goalText, MEASURES, meets, valueOf, type Results } from './measures';
import { registerImport } from './registerImport';
import { registerSlices } from './registerSlices';
import { repositoryCheck } from './repositoryCheck';
import { cliOnDraft, completionLatency, keystrokeLatency, registerLoad, writeRegister } from './serverBench';
import { startToFirstDiagnostics } from './startUp';

/** The inputs the CLI builds for a file without kamervragen.json. */
const benchInputs = checkInputs(mergeConfig(), { year: 2026, month: 2, day: 10 });
const service = createLanguageService();

/**
 * `npm run bench`: the speed and memory measures of bench/measures.ts, each section printing its
 * own table, then every measure beside the committed baseline (bench/baseline.json) and its goal.
 * Goals are stated, never asserted. Writes bench/results.json (ignored by git).
 *   npm run bench [-- --repeat N] [-- --only section,...] [-- --save-baseline] [-- --profile]
 */

interface Row {
  size: string;
  bytes: number;
  runs: number;
  medianMs: number;
  p95Ms: number;
  mbPerSecond: number;
  msPerMb: number;
  mbPerSecondByCpu: number;
}

/** Wall times and processor times (this process's, in ms) of `runs` checks of `text`, each sorted. */
function measure(text: string, runs: number): { wall: number[]; cpu: number[] } {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const cpuStart = process.cpuUsage();
    const start = process.hrtime.bigint();
    service.check(service.parse(text), benchInputs);
    wall.push(Number(process.hrtime.bigint() - start) / 1e6);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wall: wall.sort((a, b) => a - b), cpu: cpu.sort((a, b) => a - b) };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

function checkingThroughput(): Row[] {
  const sizes: Array<[string, number, number]> = [
    ['10 KB', 10_000, 300],
    ['100 KB', 100_000, 100],
    ['1 MB', 1_000_000, 30],
    ['10 MB', 10_000_000, 5],
  ];
  return sizes.map(([size, bytes, runs]) => {
    const text = generateDraft(bytes);
    measure(text, Math.min(runs, 5)); // warm up the JIT on this input
    const times = measure(text, runs);
    const medianMs = percentile(times.wall, 0.5);
    return {
      size,
      bytes,
      runs,
      medianMs: round(medianMs),
      p95Ms: round(percentile(times.wall, 0.95)),
      mbPerSecond: round(bytes / 1e6 / (medianMs / 1000)),
      msPerMb: round(medianMs / (bytes / 1e6)),
      // processor time: what the check costs, however busy a shared machine is
      mbPerSecondByCpu: round(bytes / 1e6 / (percentile(times.cpu, 0.5) / 1000)),
    };
  });
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

function printTable(title: string, rows: object[]): void {
  console.log(`\n${title}`);
  console.table(rows);
}

/** The same 1 MB as Markdown (headings for questions and answers), for markdownlint. */
function asMarkdown(draft: string): string {
  return draft
    .split('\n')
    .map((line) => (/^\s*(Vraag|Vragen) \d/.test(line) ? `## ${line.trim()}` : /^\s*Antwoord/.test(line) ? `### ${line.trim()}` : line))
    .join('\n');
}

async function markdownlintComparison(): Promise<Record<string, unknown>> {
  const draft = generateDraft(1_000_000);
  const markdown = asMarkdown(draft);
  // markdownlint is an ES module; this file is CommonJS
  const { lint } = (await import('markdownlint/sync')) as { lint: (options: { strings: Record<string, string> }) => unknown };
  const timeOf = (work: () => unknown, runs: number) => {
    work();
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = process.hrtime.bigint();
      work();
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
  };
  const ours = timeOf(() => service.check(service.parse(draft), benchInputs), 15);
  const theirs = timeOf(() => lint({ strings: { draft: markdown } }), 5);
  const mb = (text: string) => Buffer.byteLength(text) / 1e6;
  return {
    bytes: Buffer.byteLength(draft),
    kamervragenMsPerMb: round(ours / mb(draft)),
    markdownlintMsPerMb: round(theirs / mb(markdown)),
    ratio: round(ours / mb(draft) / (theirs / mb(markdown))),
  };
}

function bundleSizes(): Record<string, unknown> {
  const kb = (file: string) => round(statSync(join(repoRoot, 'dist', file)).size / 1024);
  return { 'client.js KB': kb('client.js'), 'server-main.js KB': kb('server-main.js'), 'cli.js KB': kb('cli.js'), 'word.js KB (on first use)': kb('word.js') };
}

/** The bench's sections, in the order they run; `--only a,b` runs some of them. */
const SECTIONS = ['checking', 'keystrokes', 'completion', 'cli', 'markdownlint', 'repository', 'registers', 'import', 'startUp', 'bundles'] as const;
type Section = (typeof SECTIONS)[number];

/** One run of every section asked for: the figures per section, and the tables printed. */
async function measureOnce(workspace: Workspace, wanted: (section: Section) => boolean): Promise<Record<string, object>> {
  const run: Record<string, object> = {};
  if (wanted('checking')) {
    const checking = checkingThroughput();
    printTable('Checking a draft (parse + all rules), generated from the corpus; goal: 100 MB/s at every size, linear growth', checking);
    run.checking = Object.fromEntries(checking.flatMap((row) => [[row.size, row.mbPerSecond], [`${row.size} by processor time`, row.mbPerSecondByCpu]]));
    run.checkingRows = checking;
  }
  if (wanted('keystrokes')) {
    run.keystrokes = await keystrokeLatency();
    printTable('Keystroke latency through the server over stdio, run: onType: didChange -> publishDiagnostics (ms)', [run.keystrokes]);
  }
  if (wanted('completion')) {
    run.completion = await completionLatency(workspace.folder);
    printTable('The 2,000 corpus drafts and a 100,000-entry register: first completion (while typing), completion (ms), memory (MB)', [run.completion]);
  }
  if (wanted('cli')) {
    run.cli = cliOnDraft(generateDraft(1_000_000));
    printTable('The command line on a 1 MB draft (ms, medians)', [run.cli]);
  }
  if (wanted('markdownlint')) {
    run.markdownlint = await markdownlintComparison();
    printTable('Against markdownlint on the same 1 MB (as Markdown), in-process; ratio = our ms/MB over its ms/MB', [run.markdownlint]);
  }
  if (wanted('repository')) {
    run.repository = repositoryCheck(workspace.drafts, workspace.files, workspace.bytes);
    printTable('A drafts repository: kamervragen check <folder> and markdownlint-cli2 on the same 2,000 corpus drafts (ms; MB/s beyond Node\'s start)', [run.repository]);
  }
  if (wanted('registers')) {
    run.registers = await registerLoads();
    printTable('Registers read as the server reads them (ms, medians)', [run.registers]);
  }
  if (wanted('import')) {
    run.import = registerImport();
    printTable('kamervragen register import: ten years of the open data (30,000 items in pages of 250), and the register it writes loaded as the server does (ms, medians)', [run.import]);
  }
  if (wanted('startUp')) {
    const example = readFileSync(join(repoRoot, 'examples', '2026Z01234-antwoorden-cameras.kamervragen'), 'utf8');
    run.startUp = await startToFirstDiagnostics(example);
    printTable('Server start to first diagnostics of an opened draft (ms): what activation waits for, from a code cache no other user can write; without it, and `node -e 0`, beside it (interleaved)', [run.startUp]);
  }
  if (wanted('bundles')) {
    run.bundles = bundleSizes();
    printTable('Bundle sizes (minified)', [run.bundles]);
  }
  return run;
}

/** Registers of 100,000 entries (JSON) and of 1,000,000 (CSV and JSON), loaded as the server loads them. */
async function registerLoads(): Promise<Record<string, number>> {
  const folder = mkdtempSync(join(tmpdir(), 'kamervragen-bench-registers-'));
  try {
    const path = (name: string, size: number) => {
      const file = join(folder, name);
      writeRegister(file, size);
      return file;
    };
    const json100kMs = registerLoad(path('register-100k.json', 100_000), 100_000, 5);
    const json1mMs = registerLoad(path('register-1m.json', 1_000_000), 1_000_000, 3);
    const csv1mMs = registerLoad(path('register-1m.csv', 1_000_000), 1_000_000, 3);
    const slices100k = await registerSlices(join(folder, 'register-100k.json'));
    const csvSlices = await registerSlices(join(folder, 'register-1m.csv'));
    const jsonSlices = await registerSlices(join(folder, 'register-1m.json'));
    return {
      json100kMs: round(json100kMs),
      json1mMs: round(json1mMs),
      csv1mMs: round(csv1mMs),
      csvOverJson1m: round(csv1mMs / json1mMs),
      json100kLongestSliceMs: round(slices100k.longestSliceMs),
      index100kMs: round(slices100k.indexMs),
      csv1mLongestSliceMs: round(csvSlices.longestSliceMs),
      json1mLongestSliceMs: round(jsonSlices.longestSliceMs),
      csv1mSlices: csvSlices.slices,
      index1mMs: round(csvSlices.indexMs),
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The workspace the server, the CLI and markdownlint-cli2 work on: the 2,000 corpus drafts. */
interface Workspace {
  folder: string;
  drafts: string;
  files: number;
  bytes: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Per section and field, the median over the runs. */
function medians(runs: Array<Record<string, object>>): Results {
  const results: Results = {};
  for (const section of new Set(runs.flatMap(Object.keys))) {
    const fields = new Set(runs.flatMap((run) => Object.keys((run[section] as Record<string, unknown>) ?? {})));
    const values: Record<string, number> = {};
    for (const field of fields) {
      const numbers = runs.map((run) => (run[section] as Record<string, unknown> | undefined)?.[field]).filter((v): v is number => typeof v === 'number');
      if (numbers.length > 0) values[field] = median(numbers);
    }
    results[section] = values;
  }
  return results;
}

interface Baseline {
  date: string;
  machine: string;
  node: string;
  runs: number;
  measures: Record<string, number>;
}

const baselineFile = join(repoRoot, 'bench', 'baseline.json');

function readBaseline(): Baseline | undefined {
  try {
    return JSON.parse(readFileSync(baselineFile, 'utf8')) as Baseline;
  } catch {
    return undefined;
  }
}

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

async function main(): Promise<void> {
  const repeat = Math.max(1, Number(option('--repeat') ?? 1));
  const only = option('--only')?.split(',');
  const unknown = only?.filter((section) => !(SECTIONS as readonly string[]).includes(section));
  if (unknown?.length) throw new Error(`unknown section(s) ${unknown.join(', ')}; the sections: ${SECTIONS.join(', ')}`);
  const wanted = (section: Section) => !only || only.includes(section);

  const folder = mkdtempSync(join(tmpdir(), 'kamervragen-bench-'));
  try {
    const drafts = join(folder, 'concepten');
    const written = writeCorpusDrafts(drafts);
    const workspace: Workspace = { folder, drafts, ...written };
    console.log(`${written.files} drafts from the corpus, ${round(written.bytes / 1e6)} MB, in ${drafts}; ${repeat} run(s), medians`);
    warnIfBusy();
    const runs: Array<Record<string, object>> = [];
    for (let run = 1; run <= repeat; run++) {
      if (repeat > 1) console.log(`\n=== run ${run} of ${repeat}`);
      runs.push(await measureOnce(workspace, wanted));
    }
    report(medians(runs), runs, repeat);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Wall-clock figures on a machine that others keep busy measure the others as much as the code. */
function warnIfBusy(): void {
  const load = loadavg()[0];
  if (load > cpus().length) console.log(`The machine is busy (load average ${load.toFixed(1)} on ${cpus().length} cores): wall-clock figures come out high; read the processor-time rows, and compare with the baseline as ratios to \`node -e 0\`.`);
}

/** The closing table: every measure, this run beside the committed baseline and the goal. */
function report(results: Results, runs: Array<Record<string, object>>, repeat: number): void {
  const baseline = readBaseline();
  const date = new Date().toISOString().slice(0, 10);
  const rows = MEASURES.map((measure) => {
    const value = valueOf(measure, results);
    const before = baseline?.measures[measure.id];
    const met = meets(measure, value);
    return {
      measure: measure.label,
      [`now (${repeat > 1 ? `median of ${repeat}` : '1 run'})`]: value === undefined ? '-' : `${value} ${measure.unit}`,
      [`baseline ${baseline?.date ?? '(none)'}`]: before === undefined ? '-' : `${before} ${measure.unit}`,
      goal: measure.goal ? `${goalText(measure)} ${measure.unit}` : '',
      met: met === undefined ? '' : met ? 'yes' : 'NO',
    };
  });
  console.log(`\nEvery measure beside the baseline (bench/baseline.json${baseline ? `: ${baseline.machine}, Node ${baseline.node}` : ', none yet'}) and its goal (issues 11 and 21)`);
  console.table(rows);
  warnIfBusy();
  const measures = Object.fromEntries(MEASURES.flatMap((measure) => {
    const value = valueOf(measure, results);
    return value === undefined ? [] : [[measure.id, value]];
  }));
  const machine = `${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown'}), load average ${loadavg()[0].toFixed(1)} at the end`;
  writeFileSync(join(repoRoot, 'bench', 'results.json'), `${JSON.stringify({ date: new Date().toISOString(), machine, node: process.version, repeat, measures, medians: results, runs }, null, 2)}\n`);
  console.log(`\nWritten to bench/results.json${process.argv.includes('--profile') ? '; CPU profiles of the servers in bench/profiles' : ''}`);
  if (process.argv.includes('--save-baseline')) {
    const saved: Baseline = { date, machine, node: process.version, runs: repeat, measures };
    writeFileSync(baselineFile, `${JSON.stringify(saved, null, 2)}\n`);
    console.log(`Saved as the baseline: bench/baseline.json (${date}); commit it with the change it measures`);
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`benchmark failed: ${error instanceof Error ? error.stack : String(error)}`);
    process.exit(1);
  },
);
