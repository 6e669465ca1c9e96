import { spawnSync } from 'child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { LspTestClient } from '../test/helpers/lspClient';
import { SERVER_ENVIRONMENT } from '../client/src/serverEnvironment';
import { serverArguments } from './serverBench';

/**
 * Issue 21's start-up row: from starting the server process to the first diagnostics of an opened
 * draft, what the extension waits for after activation (the editor's own start-up not included).
 * Goal: p50 <= 100 ms, with no code cache that another user could write to: the server starts from
 * its code cache in a folder of the benchmark's own (as ~/.cache/kamervragen is the user's own),
 * written by a first start. Measured interleaved with a start without the cache and with a Node
 * that does nothing, so that all three see the same machine: wall time (what the drafter waits) and
 * the server's processor time up to its first diagnostics (all its threads; what the start costs
 * however busy the machine is).
 */
export async function startToFirstDiagnostics(text: string, runs = 30): Promise<Record<string, number>> {
  const cacheFolder = mkdtempSync(join(tmpdir(), 'kamervragen-bench-cache-'));
  try {
    const withCache = { KAMERVRAGEN_CACHE_DIR: cacheFolder };
    await serverStart(text, withCache, 'start-cache-written'); // writes the cache, at exit
    if (readdirSync(cacheFolder).length === 0) throw new Error('the server wrote no code cache');
    const cached: Sample[] = [];
    const uncached: Sample[] = [];
    const nodeStart: number[] = [];
    for (let run = 0; run < runs; run++) {
      cached.push(await serverStart(text, withCache, `start-${run}`));
      uncached.push(await serverStart(text, { KAMERVRAGEN_CODE_CACHE: 'off' }, `start-without-cache-${run}`));
      nodeStart.push(nodeDoingNothing());
    }
    const wall = percentiles(cached.map((s) => s.wallMs));
    const wallUncached = percentiles(uncached.map((s) => s.wallMs));
    return {
      runs,
      p50: wall.p50,
      p90: wall.p90,
      min: wall.min,
      max: wall.max,
      cpuP50: percentiles(cached.map((s) => s.cpuMs)).p50,
      withoutCacheP50: wallUncached.p50,
      withoutCacheP90: wallUncached.p90,
      withoutCacheCpuP50: percentiles(uncached.map((s) => s.cpuMs)).p50,
      nodeStartP50: percentiles(nodeStart).p50,
    };
  } finally {
    rmSync(cacheFolder, { recursive: true, force: true });
  }
}

interface Sample {
  wallMs: number;
  cpuMs: number;
}

async function serverStart(text: string, env: Record<string, string>, profileName: string): Promise<Sample> {
  const start = process.hrtime.bigint();
  // the environment the extension starts the server with
  const client = new LspTestClient({}, { ...SERVER_ENVIRONMENT, ...env }, { nodeArguments: serverArguments(profileName) });
  await client.initialize();
  const uri = 'file:///bench/start.kamervragen';
  await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'kamervragen', version: 1, text } });
  await client.diagnosticsWhere(uri, (p) => p.version === 1);
  const wallMs = msSince(start);
  const cpuMs = processorTimeMs(client.pid!);
  await client.shutdown();
  return { wallMs, cpuMs };
}

function nodeDoingNothing(): number {
  const start = process.hrtime.bigint();
  spawnSync(process.execPath, ['-e', '0']);
  return msSince(start);
}

/** The processor time of all of a process's threads so far (Linux; NaN elsewhere). */
function processorTimeMs(pid: number): number {
  try {
    let ns = 0;
    for (const thread of readdirSync(`/proc/${pid}/task`)) ns += Number(readFileSync(`/proc/${pid}/task/${thread}/schedstat`, 'utf8').split(' ')[0]);
    return ns / 1e6;
  } catch {
    return NaN;
  }
}

const msSince = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

function percentiles(values: number[]): { p50: number; p90: number; min: number; max: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => round(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]);
  return { p50: at(0.5), p90: at(0.9), min: round(sorted[0]), max: round(sorted[sorted.length - 1]) };
}

const round = (n: number) => Math.round(n * 10) / 10;
