import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'fs';
import { homedir } from 'os';
import { basename, dirname, join } from 'path';
import { Script } from 'vm';
import Module = require('module');

/**
 * Runs a bundle (dist/server-main.js, dist/cli-main.js) with V8's code cache: the bytecode of its
 * functions, kept from an earlier run, so that a start does not compile them again (about half of
 * the server's start-up). The cache holds compiled code of the bundle only, never a draft, and
 * lives in the user's own cache folder. Anything wrong with it (missing, from another Node or
 * bundle, unwritable) only means the bundle is compiled as without it.
 */
export interface CachedBundle {
  exports: Record<string, unknown>;
  /** Writes the cache if this run had none it could use; call once the bundle has done its work. */
  saveCache(): void;
}

export function runBundle(file: string): CachedBundle {
  const source = readFileSync(file, 'utf8');
  const cacheFile = cachePath(file);
  let cachedData: Buffer | undefined;
  try {
    if (cacheFile) cachedData = readFileSync(cacheFile);
  } catch {
    // no cache yet
  }
  const script = new Script(Module.wrap(source), { filename: file, cachedData });
  const bundle = new Module(file, module);
  bundle.filename = file;
  bundle.loaded = true;
  const run = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: Module, filename: string, dirname: string) => void;
  run.call(bundle.exports, bundle.exports, require, bundle, file, dirname(file));
  let saved = cachedData !== undefined && !script.cachedDataRejected;
  return {
    exports: bundle.exports as Record<string, unknown>,
    saveCache() {
      if (saved || !cacheFile) return;
      saved = true;
      try {
        mkdirSync(dirname(cacheFile), { recursive: true, mode: 0o700 });
        const partial = `${cacheFile}.${process.pid}`;
        writeFileSync(partial, script.createCachedData(), { mode: 0o600 });
        renameSync(partial, cacheFile); // another process may read the cache at the same time
        removeOlderCaches(cacheFile, file);
      } catch {
        // an unwritable cache folder: the next start compiles again
      }
    },
  };
}

/** The caches of earlier builds of the same bundle, for the same Node, are of no more use. */
function removeOlderCaches(cacheFile: string, bundleFile: string): void {
  const folder = dirname(cacheFile);
  const name = basename(cacheFile);
  const bundle = `${bundleName(bundleFile)}-`;
  const node = `-${process.version}-${process.arch}.cache`;
  for (const other of readdirSync(folder)) {
    if (other !== name && other.startsWith(bundle) && other.endsWith(node)) rmSync(join(folder, other), { force: true });
  }
}

/** One file per bundle build and Node version; undefined when caching is switched off. */
function cachePath(file: string): string | undefined {
  const folder = process.env.KAMERVRAGEN_CACHE_DIR ?? join(userCacheFolder(), 'kamervragen');
  if (!folder || process.env.KAMERVRAGEN_CODE_CACHE === 'off') return undefined;
  try {
    const { size, mtimeMs } = statSync(file);
    return join(folder, `${bundleName(file)}-${size}-${Math.round(mtimeMs)}-${process.version}-${process.arch}.cache`);
  } catch {
    return undefined;
  }
}

/** "server-main" for dist/server-main.js. */
const bundleName = (file: string) => basename(file).replace(/\.js$/, '');

function userCacheFolder(): string {
  if (process.platform === 'win32') return process.env.LOCALAPPDATA ?? join(homedir(), 'AppData', 'Local');
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Caches');
  return process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
}
