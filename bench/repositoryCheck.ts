import { spawnSync } from 'child_process';
import { readFileSync } from 'fs';
import { join } from 'path';
import { repoRoot } from '../test/helpers/paths';
import { percentiles, round } from './serverBench';

/**
 * A drafts repository's CI: `kamervragen check <folder>` on the 2,000 corpus drafts, beside
 * markdownlint-cli2 on the very same files in the same run, and a Node that does nothing (what
 * every command pays before it starts). Output goes nowhere for both: what is timed is the check.
 * Wall time is what the goals speak of; processor time is given beside it.
 */

/**
 * The processor time of the children this process has waited for, in ms (Linux: cutime + cstime,
 * in ticks of 10 ms); NaN elsewhere. On a machine others share, a command's processor time tells
 * what it costs when its wall time mostly tells how busy the machine was.
 */
function childrenCpuMs(): number {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /, '').split(' ');
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return Number.NaN;
  }
}

/** Median wall time and median processor time of `runs` runs of `node <args>`. */
function timeCommand(args: string[], cwd: string, runs: number): { wallMs: number; cpuMs: number } {
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let run = 0; run < runs; run++) {
    const cpuBefore = childrenCpuMs();
    const start = process.hrtime.bigint();
    const done = spawnSync(process.execPath, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    walls.push(Number(process.hrtime.bigint() - start) / 1e6);
    cpus.push(childrenCpuMs() - cpuBefore);
    // both exit 1 when they find problems; anything else is a failure of the run
    if (done.status === null || done.status > 1) throw new Error(`${args.join(' ')}: exit ${done.status}\n${done.stderr.slice(-2000)}`);
  }
  return { wallMs: percentiles(walls).p50, cpuMs: percentiles(cpus).p50 };
}

export function repositoryCheck(folder: string, drafts: number, bytes: number, options: { runs?: number; markdownlintRuns?: number } = {}): Record<string, number> {
  const runs = options.runs ?? 5;
  const cli = join(repoRoot, 'dist', 'cli.js');
  const check = [cli, 'check', '--today', '2026-02-10', '.'];
  timeCommand(check, folder, 1); // once before: the code cache, and the files in the page cache
  const nodeStart = timeCommand(['-e', '0'], folder, 9);
  const checked = timeCommand(check, folder, runs);
  const markdownlint = join(repoRoot, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');
  const linted = timeCommand([markdownlint, '**/*.kamervragen'], folder, options.markdownlintRuns ?? 1);
  const megabytes = bytes / 1e6;
  return {
    drafts,
    megabytes: round(megabytes),
    nodeStartMs: round(nodeStart.wallMs),
    checkMs: round(checked.wallMs),
    beyondStartMBps: round(megabytes / ((checked.wallMs - nodeStart.wallMs) / 1000)),
    markdownlintCli2Ms: round(linted.wallMs),
    ratioToMarkdownlintCli2: round(linted.wallMs / checked.wallMs),
    nodeStartCpuMs: nodeStart.cpuMs,
    checkCpuMs: checked.cpuMs,
    beyondStartMBpsByCpu: round(megabytes / ((checked.cpuMs - nodeStart.cpuMs) / 1000)),
    markdownlintCli2CpuMs: linted.cpuMs,
    ratioToMarkdownlintCli2ByCpu: round(linted.cpuMs / checked.cpuMs),
  };
}
