import { mkdirSync, writeFileSync } from 'fs';
import { join } from 'path';
import { checkDocument, checkInputs, mergeConfig, parseDocument } from '../server/src/service';

import { repoRoot } from '../test/helpers/paths';
import { generateDraft } from './generateDraft';
import { cliOnDraft, completionLatency, keystrokeLatency, startToFirstDiagnostics } from './serverBench';
import { readFileSync, statSync } from 'fs';

/** The inputs the CLI builds for a file without kamervragen.json. */
const benchInputs = checkInputs(mergeConfig(), { year: 2026, month: 2, day: 10 });

/**
 * `npm run bench`: how fast the language service checks drafts of growing size. Prints a table
 * and writes bench/results.json so runs can be compared. Goals are stated, never asserted.
 */

interface Row {
  size: string;
  bytes: number;
  runs: number;
  medianMs: number;
  p95Ms: number;
  mbPerSecond: number;
  msPerMb: number;
}

function measure(text: string, runs: number): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    checkDocument(parseDocument(text), benchInputs);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return times.sort((a, b) => a - b);
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
    const medianMs = percentile(times, 0.5);
    return {
      size,
      bytes,
      runs,
      medianMs: round(medianMs),
      p95Ms: round(percentile(times, 0.95)),
      mbPerSecond: round(bytes / 1e6 / (medianMs / 1000)),
      msPerMb: round(medianMs / (bytes / 1e6)),
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
  const ours = timeOf(() => checkDocument(parseDocument(draft), benchInputs), 15);
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
  return { 'client.js KB': kb('client.js'), 'server-main.js KB': kb('server-main.js'), 'cli-main.js KB': kb('cli-main.js'), 'word.js KB (on first use)': kb('word.js') };
}

interface Goal {
  measure: string;
  value: number;
  unit: string;
  goal: string;
  met: boolean;
}

/** Issue 11's budgets, each beside what this run measured. */
function goals(results: {
  checking: Row[];
  keystrokes: Record<string, number>;
  completion: Record<string, number>;
  cli: Record<string, number>;
  startUp: Record<string, number>;
}): Goal[] {
  const at = (size: string) => results.checking.find((row) => row.size === size)!;
  const goal = (measure: string, value: number, unit: string, bound: number, atMost = true): Goal => ({ measure, value, unit, goal: `${atMost ? '<=' : '>='} ${bound}`, met: atMost ? value <= bound : value >= bound });
  return [
    goal('keystroke -> diagnostics, 5,000 lines over stdio, p50', results.keystrokes.p50, 'ms', 5),
    goal('keystroke -> diagnostics, 5,000 lines over stdio, p99', results.keystrokes.p99, 'ms', 15),
    goal('  the same after the first 50 edits (JIT warmed up), p50', results.keystrokes.steadyP50, 'ms', 5),
    goal('  the same after the first 50 edits (JIT warmed up), p99', results.keystrokes.steadyP99, 'ms', 15),
    goal('checking throughput, 1 MB', at('1 MB').mbPerSecond, 'MB/s', 100, false),
    goal('checking throughput, 10 MB', at('10 MB').mbPerSecond, 'MB/s', 100, false),
    goal('CLI on a 1 MB draft beyond process start', results.cli.beyondProcessStartMs, 'ms', 30),
    goal('server memory after a forced collection (100k register, 2,000 drafts)', results.completion.rssAfterGcMb, 'MB', 150),
    goal('server memory at its peak (100k register, 2,000 drafts)', results.completion.peakRssMb, 'MB', 150),
    goal('register load, 100,000 entries', results.completion.registerLoadMs, 'ms', 300),
    goal('first completion incl. the index of 2,000 drafts', results.completion.firstCompletionWithIndexBuildMs, 'ms', 1000),
    goal('keystroke while the register and index load, max', results.completion.keystrokeWhileLoadingMaxMs, 'ms', 50),
    goal('server start to first diagnostics, p50', results.startUp.p50, 'ms', 100),
  ];
}

async function main(): Promise<void> {
  const checking = checkingThroughput();
  printTable('Checking a draft (parse + all rules), generated from the corpus; goal: 100 MB/s at every size, linear growth', checking);
  const keystrokes = await keystrokeLatency();
  printTable('Keystroke latency through the server over stdio: didChange -> publishDiagnostics (ms), no debounce', [keystrokes]);
  const completion = await completionLatency();
  printTable('A 100,000-entry register and a 2,000-draft workspace: load, first completion (while typing), completion (ms), memory (MB)', [completion]);
  const cli = cliOnDraft(generateDraft(1_000_000));
  printTable('The command line on a 1 MB draft (ms, medians)', [cli]);
  const markdownlint = await markdownlintComparison();
  printTable('Against markdownlint on the same 1 MB (as Markdown), in-process; ratio = our ms/MB over its ms/MB', [markdownlint]);
  const bundles = bundleSizes();
  printTable('Bundle sizes (minified)', [bundles]);
  const example = readFileSync(join(repoRoot, 'examples', '2026Z01234-antwoorden-cameras.kamervragen'), 'utf8');
  const startUp = await startToFirstDiagnostics(example, 10);
  printTable('Server start to first diagnostics of an opened draft (ms): what activation waits for', [startUp]);
  const budget = goals({ checking, keystrokes: keystrokes as Record<string, number>, completion: completion as Record<string, number>, cli: cli as Record<string, number>, startUp: startUp as Record<string, number> });
  printTable('Each measure beside its goal (issue 11)', budget.map((g) => ({ measure: g.measure, value: `${g.value} ${g.unit}`, goal: `${g.goal} ${g.unit}`, met: g.met ? 'yes' : 'NO' })));
  const results = { date: new Date().toISOString(), node: process.version, goals: budget, checking, keystrokes, completion, cli, markdownlint, bundles, startUp };
  mkdirSync(join(repoRoot, 'bench'), { recursive: true });
  writeFileSync(join(repoRoot, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nWritten to bench/results.json${process.argv.includes('--profile') ? '; CPU profiles of the servers in bench/profiles' : ''}`);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`benchmark failed: ${error instanceof Error ? error.stack : String(error)}`);
    process.exit(1);
  },
);
