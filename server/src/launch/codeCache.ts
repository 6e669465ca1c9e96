import { createHash } from 'crypto';
import { readFileSync } from 'fs';
import { homedir } from 'os';
import { basename, dirname, join } from 'path';
import { Script } from 'vm';
import Module = require('module');
import { makeCacheFolder, namedCacheFolder, Refusal, trustedFolder, type CacheEnvironment } from './cacheFolder';
import { readCacheFile, removeStale, writeCacheFile } from './cacheFile';

export interface CachedBundle {
  exports: Record<string, unknown>;
  /** Writes the cache if this run had none it could use; call once the bundle has done its work. */
  saveCache(): void;
}

/**
 * Runs a bundle (dist/server-main.js) with V8's code cache: the bytecode of its
 * functions, kept from an earlier run, so that a start does not compile them again (about 40% of
 * the server's work from start to first diagnostics). The cache holds compiled code of the bundle
 * only, never a draft. Because V8 runs what it finds there, a cache is used only from a folder and
 * a file that no one but the user can write (cacheFolder.ts), and only when its checksum shows
 * it whole and made for this very bundle and Node (cacheFile.ts). Anything else means the bundle is
 * compiled as without a cache: silently, or with one line on stderr with KAMERVRAGEN_CODE_CACHE=explain.
 */
export function runBundle(file: string): CachedBundle {
  const bytes = readFileSync(file);
  const cache = openCache(file, bytes);
  const script = new Script(Module.wrap(bytes.toString('utf8')), { filename: file, cachedData: cache.payload });
  if (cache.payload && script.cachedDataRejected) cache.explain('niet gebruikt: V8 wees de code af');
  const bundle = new Module(file, module);
  bundle.filename = file;
  bundle.loaded = true;
  const run = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: Module, filename: string, dirname: string) => void;
  run.call(bundle.exports, bundle.exports, require, bundle, file, dirname(file));
  let saved = cache.payload !== undefined && !script.cachedDataRejected;
  return {
    exports: bundle.exports as Record<string, unknown>,
    saveCache() {
      if (saved) return;
      saved = true;
      cache.write(() => script.createCachedData());
    },
  };
}

interface OpenCache {
  /** The cached data for V8, if a trustworthy cache was found. */
  payload: Buffer | undefined;
  write(payload: () => Buffer): void;
  explain(line: string): void;
}

/**
 * What a cache for this bundle and this Node is made for (`key`, in its checksum), the name of its
 * file, and the start of the names of other builds' caches for the same Node.
 */
export function cacheIdentity(file: string, bytes: Buffer): { key: string; name: string; prefix: string } {
  const bundle = basename(file, '.js');
  // V8 checks its version and flags itself (a mismatch is a rejection, not a crash), not the source
  const node = `${process.version}-${process.arch}`;
  const bundleHash = createHash('sha256').update(bytes).digest('hex');
  const prefix = `${bundle}-${node}-`;
  return { key: `${bundle}\0${bundleHash}\0${node}\0${process.versions.v8}`, name: `${prefix}${bundleHash.slice(0, 16)}.cache`, prefix };
}

function openCache(file: string, bytes: Buffer): OpenCache {
  const explain = (line: string) => {
    if (process.env.KAMERVRAGEN_CODE_CACHE === 'explain') process.stderr.write(`kamervragen: code-cache ${line}\n`);
  };
  let environment: CacheEnvironment;
  let folder: string;
  try {
    environment = { platform: process.platform, env: process.env, home: homedir(), uid: process.geteuid?.() ?? -1 };
    folder = namedCacheFolder(environment);
  } catch (error) {
    explain(`niet gebruikt: ${reason(error)}`);
    return { payload: undefined, write: () => undefined, explain };
  }
  const { key, name, prefix } = cacheIdentity(file, bytes);
  let payload: Buffer | undefined;
  try {
    payload = readCacheFile(join(trustedFolder(folder, environment.uid, environment.platform), name), key, environment.uid);
    explain(`gebruikt: ${join(folder, name)}`);
  } catch (error) {
    explain(`niet gebruikt: ${reason(error)}`);
  }
  return {
    payload,
    explain,
    write(data) {
      try {
        makeCacheFolder(folder, environment.platform);
        const real = trustedFolder(folder, environment.uid, environment.platform);
        writeCacheFile(real, name, key, data());
        removeStale(real, name, prefix);
      } catch (error) {
        explain(`niet bewaard: ${reason(error)}`);
      }
    },
  };
}

function reason(error: unknown): string {
  if (error instanceof Refusal) return error.message;
  const { code, path } = error as NodeJS.ErrnoException;
  if (code === 'ENOENT') return `nog geen cache: ${path ?? ''}`;
  return code ? `${code}: ${path ?? ''}` : String(error);
}
