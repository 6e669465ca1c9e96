import { mkdirSync, writeFileSync } from 'fs';
import { join } from 'path';
import { checkDocument, checkInputs, mergeConfig, parseDocument } from '../server/src/service';

import { repoRoot } from '../test/helpers/paths';
import { generateDraft } from './generateDraft';
import { completionLatency, keystrokeLatency, startToFirstDiagnostics } from './serverBench';
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
  return { 'client.js KB': kb('client.js'), 'server.js KB': kb('server.js'), 'cli.js KB': kb('cli.js') };
}

async function main(): Promise<void> {
  const checking = checkingThroughput();
  printTable('Checking a draft (parse + all rules), generated from the corpus; goal: 1 MB in 10 ms (100 MB/s), linear growth', checking);
  const keystrokes = await keystrokeLatency();
  printTable('Keystroke latency through the server over stdio: didChange -> publishDiagnostics (ms); goal p99 < 15 ms', [keystrokes]);
  const completion = await completionLatency();
  printTable('Completion with a 100,000-entry register and a 2,000-draft workspace (ms); goals p99 < 10 ms, register load < 500 ms, server < 150 MB', [completion]);
  const markdownlint = await markdownlintComparison();
  printTable('Against markdownlint on the same 1 MB (as Markdown), in-process; ratio = our ms/MB over its ms/MB', [markdownlint]);
  const bundles = bundleSizes();
  printTable('Bundle sizes (minified)', [bundles]);
  const example = readFileSync(join(repoRoot, 'examples', '2026Z01234-antwoorden-cameras.kamervragen'), 'utf8');
  const startUp = await startToFirstDiagnostics(example);
  printTable('Server start to first diagnostics of an opened draft (ms): what activation waits for', [startUp]);
  const results = { date: new Date().toISOString(), node: process.version, checking, keystrokes, completion, markdownlint, bundles, startUp };
  mkdirSync(join(repoRoot, 'bench'), { recursive: true });
  writeFileSync(join(repoRoot, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nWritten to bench/results.json`);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`benchmark failed: ${error instanceof Error ? error.stack : String(error)}`);
    process.exit(1);
  },
);
