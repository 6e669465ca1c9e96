import { spawnSync } from 'child_process';
import { join } from 'path';
import { repoRoot } from './paths';

/** Runs the built CLI (dist/cli.js) as CI does, with extra environment such as KAMERVRAGEN_TODAY. */
export function runCli(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [join(repoRoot, 'dist', 'cli.js'), ...args], { encoding: 'utf8', timeout: 30000, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, ...env } });
}
