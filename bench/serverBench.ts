import { spawnSync } from 'child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { pathToFileURL } from 'url';
import { createLanguageService, Register } from '../server/src/service';
import { LspTestClient } from '../test/helpers/lspClient';
import { SERVER_ENVIRONMENT } from '../client/src/serverEnvironment';
import { generateDraft } from './generateDraft';
import { repoRoot } from '../test/helpers/paths';

/** Measurements through the real server over stdio, as an editor drives it. */

export function percentiles(values: number[]): { p50: number; p95: number; p99: number; max: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => round(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]);
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), max: round(sorted[sorted.length - 1]) };
}

export function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** The server's resident memory now and at its peak (Linux), in MB. */
function residentMb(pid: number): { rssMb: number; peakRssMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)![1]);
  return { rssMb: round(kb('VmRSS') / 1024), peakRssMb: round(kb('VmHWM') / 1024) };
}

/** Node arguments that let `memoryAfterCollection` ask the server for its memory. */
const MEMORY_PROBE = ['--expose-gc', '--require', join(__dirname, 'memoryProbe.js')];

/** The server's memory after a forced garbage collection (see memoryProbe.ts), in MB. */
async function memoryAfterCollection(client: LspTestClient): Promise<Record<string, number>> {
  const before = client.stderr.length;
  process.kill(client.pid!, 'SIGUSR2');
  for (let waited = 0; waited < 5000 && !client.stderr.slice(before).includes('\n'); waited += 10) await new Promise((resolve) => setTimeout(resolve, 10));
  const report = /kamervragen-memory (.*)\n/.exec(client.stderr.slice(before));
  if (!report) throw new Error(`no memory report from the server: ${client.stderr.slice(before)}`);
  const usage = JSON.parse(report[1]) as NodeJS.MemoryUsage;
  const mb = (bytes: number) => round(bytes / 1048576);
  return { rssAfterGcMb: mb(usage.rss), heapAfterGcMb: mb(usage.heapUsed), heapTotalAfterGcMb: mb(usage.heapTotal), externalAfterGcMb: mb(usage.external) };
}

/** `npm run bench -- --profile`: each server writes a CPU profile to bench/profiles. */
export const serverArguments = (name: string): string[] =>
  process.argv.includes('--profile') ? ['--cpu-prof', `--cpu-prof-dir=${join(repoRoot, 'bench', 'profiles')}`, `--cpu-prof-name=${name}.cpuprofile`] : [];

const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

/** Entry `i` of a made-up register in the open-data shape (the same in JSON and CSV). */
function registerEntry(i: number) {
  const year = 2015 + (i % 11);
  return {
    zaaknummer: `${year}Z${String(i % 100000).padStart(5, '0')}`,
    onderwerp: `Onderwerp nummer ${i} over camera's, telefoons en inkoop`,
    indiener: { naam: `Lid ${i % 150}`, partij: ['VVD', 'SP', 'CDA', 'D66', 'PVV'][i % 5] },
    ministerie: ['JenV', 'BZK', 'EZK', 'FIN'][i % 4],
    ingezonden: `${year}-0${1 + (i % 9)}-1${i % 10}`,
    aanhangsel: i % 2 === 0 ? { citatie: `Aanhangsel Handelingen, vergaderjaar ${year}-${year + 1}, nr. ${i % 3000}`, id: `ah-tk-${year}${year + 1}-${i % 3000}` } : undefined,
    onsKenmerk: `${year}-${String(i).padStart(10, '0')}`,
  };
}

/** Writes a register of `size` entries, JSON or CSV by the file's extension, 10,000 entries at a time. */
export function writeRegister(path: string, size: number): void {
  const csv = path.endsWith('.csv');
  const file = openSync(path, 'w');
  try {
    writeSync(file, csv ? 'zaaknummer,onderwerp,indieners,ministeries,ingezonden,aanhangsel,aanhangselId,onsKenmerk\n' : '{"entries":[');
    for (let from = 0; from < size; from += 10_000) {
      const chunk: string[] = [];
      for (let i = from; i < Math.min(size, from + 10_000); i++) {
        const e = registerEntry(i);
        if (csv) chunk.push(`${e.zaaknummer},"${e.onderwerp}",${e.indiener.naam} (${e.indiener.partij}),${e.ministerie},${e.ingezonden},"${e.aanhangsel?.citatie ?? ''}",${e.aanhangsel?.id ?? ''},${e.onsKenmerk}\n`);
        else chunk.push(JSON.stringify({ zaaknummer: e.zaaknummer, onderwerp: e.onderwerp, indieners: [e.indiener], ministeries: [e.ministerie], ingezonden: e.ingezonden, aanhangsel: e.aanhangsel, onsKenmerk: e.onsKenmerk }));
      }
      writeSync(file, csv ? chunk.join('') : `${from > 0 ? ',' : ''}${chunk.join(',')}`);
    }
    if (!csv) writeSync(file, ']}');
  } finally {
    closeSync(file);
  }
}

/** Edits after which the server's code is optimized: the steady figures leave them out. */
const WARM_UP_EDITS = 50;

export async function keystrokeLatency(): Promise<Record<string, unknown>> {
  const client = new LspTestClient({ run: 'onType' }, SERVER_ENVIRONMENT, { nodeArguments: serverArguments('keystrokes') });
  await client.initialize();
  const uri = 'file:///bench/vijfduizend.kamervragen';
  let text = generateDraft(400_000);
  const lineCount = () => text.split('\n').length;
  while (lineCount() < 5000) text += `\n${generateDraft(50_000)}`;
  text = text.split('\n').slice(0, 5000).join('\n');
  await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'kamervragen', version: 1, text } });
  await client.diagnosticsWhere(uri, (p) => p.version === 1, 30000);
  const lines = text.split('\n');
  const latencies: number[] = [];
  for (let version = 2; version <= 201; version++) {
    const line = (version * 7919) % lines.length;
    const character = Math.min(lines[line].length, (version * 31) % 40);
    const start = process.hrtime.bigint();
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text: version % 5 === 0 ? '\n' : 'x' }],
    });
    await client.diagnosticsWhere(uri, (p) => p.version === version, 30000);
    latencies.push(ms(start));
  }
  const memory = residentMb(client.pid!).rssMb;
  await client.shutdown();
  // the first edits run code the JIT has not optimized yet; after them, what a drafter feels all day
  const steady = percentiles(latencies.slice(WARM_UP_EDITS));
  return { lines: 5000, bytes: Buffer.byteLength(text), edits: 200, debounceMs: 0, ...percentiles(latencies), steadyP50: steady.p50, steadyP99: steady.p99, serverRssMb: memory };
}

/**
 * A workspace `folder` that holds the 2,000 corpus drafts, with a register of `registerSize`
 * entries: the first completion (which needs the register and the index of the drafts, both being
 * built from the start), keystrokes typed meanwhile, completions after, and the memory.
 */
export async function completionLatency(folder: string, registerSize = 100_000): Promise<Record<string, number>> {
  const registerPath = join(folder, 'register.json');
  writeRegister(registerPath, registerSize);

  const client = new LspTestClient({ registers: [registerPath], onsKenmerk: { preset: 'jaar-nummer' } }, SERVER_ENVIRONMENT, { nodeArguments: [...MEMORY_PROBE, ...serverArguments('completion')] });
  await client.initialize(pathToFileURL(folder).toString());
  const uri = pathToFileURL(join(folder, 'nieuw.kamervragen')).toString();
  const lines = ['Uw kenmerk 2021Z1', 'Ons kenmerk ', 'Zie ook ', 'mede namens de minister van ', 'Uw kenmerk 2026Z0'];
  await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'kamervragen', version: 1, text: lines.join('\n') } });
  const complete = (line: number) =>
    (client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line, character: lines[line].length } }) as Promise<{ items: unknown[] }>).then((list) => list.items);
  // the first completion waits for the register and the index; a drafter types on meanwhile, fast
  const firstStart = process.hrtime.bigint();
  let firstDone = false;
  const firstCompletion = complete(0).then((items) => {
    firstDone = true;
    return { items, ms: ms(firstStart) };
  });
  const typed = 'Vraag 1\nWat is er gebeurd?\n\nAntwoord op vraag 1\nDit.';
  const typingUri = pathToFileURL(join(folder, 'typen.kamervragen')).toString();
  await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: typingUri, languageId: 'kamervragen', version: 1, text: typed } });
  const typingLatencies: number[] = [];
  for (let version = 2; !firstDone && version < 10000; version++) {
    await new Promise((resolve) => setTimeout(resolve, TYPING_INTERVAL_MS));
    const start = process.hrtime.bigint();
    // a new line each time: every keystroke is checked at once (no pause for the line being typed)
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: typingUri, version }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '\n' }] });
    await client.diagnosticsWhere(typingUri, (p) => p.version === version, 30000);
    typingLatencies.push(ms(start));
  }
  const first = await firstCompletion;
  if (first.items.length === 0) throw new Error('no completion items');
  const latencies: number[] = [];
  for (let i = 0; i < 500; i++) {
    const start = process.hrtime.bigint();
    await complete(i % lines.length);
    latencies.push(ms(start));
  }
  const afterGc = await memoryAfterCollection(client);
  const resident = residentMb(client.pid!);
  await client.shutdown();
  const typing = percentiles(typingLatencies.length > 0 ? typingLatencies : [0]);
  return {
    registerEntries: registerSize,
    requests: 500,
    ...percentiles(latencies),
    firstCompletionWithIndexBuildMs: round(first.ms),
    keystrokesWhileLoading: typingLatencies.length,
    keystrokeWhileLoadingP99Ms: typing.p99,
    keystrokeWhileLoadingMaxMs: typing.max,
    ...afterGc,
    ...resident,
  };
}

/** A fast typist: some thirty characters a second. */
const TYPING_INTERVAL_MS = 30;

/** Reading a register file into a Register, as the server does it (median of `runs`). */
export function registerLoad(path: string, size: number, runs = 5): number {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = process.hrtime.bigint();
    const loaded = createLanguageService().readRegister(readFileSync(path, 'utf8'), path);
    const register = new Register(loaded.entries);
    times.push(ms(start));
    if (register.size !== size) throw new Error(`register: ${register.size} entries, problems ${JSON.stringify(loaded.problems.slice(0, 2))}`);
  }
  return percentiles(times).p50;
}

/**
 * The command line checking a 1 MB draft, beyond the start of Node itself: the median of
 * `kamervragen check` on the draft minus the median of a Node that does nothing.
 */
export function cliOnDraft(text: string, runs = 9): Record<string, unknown> {
  const folder = mkdtempSync(join(tmpdir(), 'kamervragen-bench-cli-'));
  try {
    const file = join(folder, 'een-mb.kamervragen');
    writeFileSync(file, text);
    const time = (args: string[]) => {
      const times: number[] = [];
      for (let run = 0; run < runs; run++) {
        const start = process.hrtime.bigint();
        const done = spawnSync(process.execPath, args, { encoding: 'utf8' });
        times.push(ms(start));
        if (done.status === null || done.status > 1) throw new Error(`${args.join(' ')}: ${done.stderr}`);
      }
      return percentiles(times).p50;
    };
    const cli = join(repoRoot, 'dist', 'cli.js');
    time([cli, 'check', '--today', '2026-02-10', file]); // once first, so that the files are in the page cache
    const nodeStartMs = time(['-e', '0']);
    const versionMs = time([cli, '--version']);
    const checkMs = time([cli, 'check', '--today', '2026-02-10', file]);
    return { bytes: Buffer.byteLength(text), nodeStartMs, cliVersionMs: versionMs, cliCheckMs: checkMs, beyondProcessStartMs: round(checkMs - nodeStartMs) };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
