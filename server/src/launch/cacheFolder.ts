import { existsSync, mkdirSync, realpathSync, statfsSync, statSync } from 'fs';
import { dirname, isAbsolute, join } from 'path';

/**
 * Where the code cache lives, and whether that folder can be trusted. The cache holds code that
 * this process will run, so it is read only from a folder that no one but the user (and root)
 * can write, checked as ssh checks ~/.ssh. Any doubt is a Refusal: the server then starts
 * without a cache.
 */
export class Refusal extends Error {}

export interface CacheEnvironment {
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  home: string;
  uid: number;
}

/** The cache folder as named by the environment, not yet checked; a Refusal when there is none. */
export function namedCacheFolder({ platform, env, home }: CacheEnvironment): string {
  if (env.KAMERVRAGEN_CODE_CACHE === 'off') throw new Refusal('uitgezet met KAMERVRAGEN_CODE_CACHE=off');
  // Windows' folder rights are ACLs, which Node cannot read: no folder there can be checked
  if (platform === 'win32') throw new Refusal('geen code-cache op Windows: de rechten van een map zijn daar niet te controleren');
  const own = env.KAMERVRAGEN_CACHE_DIR;
  if (own !== undefined && own !== '') {
    if (!isAbsolute(own)) throw new Refusal(`KAMERVRAGEN_CACHE_DIR is geen absoluut pad: ${own}`);
    return own;
  }
  if (!isAbsolute(home)) throw new Refusal(`de thuismap is geen absoluut pad: ${home}`);
  if (platform === 'darwin') return join(home, 'Library', 'Caches', 'kamervragen');
  // the XDG spec: a relative XDG_CACHE_HOME is invalid and ignored; "/" is no user's cache home
  const xdg = env.XDG_CACHE_HOME;
  const base = xdg && isAbsolute(xdg) && dirname(xdg) !== xdg ? xdg : join(home, '.cache');
  return join(base, 'kamervragen');
}

/** Pseudo file systems, never a cache (statfs f_type, Linux). */
const PSEUDO_FILE_SYSTEMS = new Set([
  0x9fa0, // proc
  0x62656572, // sysfs
  0x1cd1, // devpts
  0x64626720, // debugfs
  0x74726163, // tracefs
  0x73636673, // securityfs
  0x27e0eb, // cgroup
  0x63677270, // cgroup2
  0xcafe4a11, // bpf
  0x62656570, // configfs
  0xde5e81e4, // efivarfs
]);
const PSEUDO_ROOTS = ['/proc', '/sys', '/dev'];

/**
 * The real path of `folder` once it is found trustworthy: a directory (not the root, not on a
 * pseudo file system) that the user owns and that group and others cannot write, below parents
 * that are each owned by root or the user and that others cannot write unless sticky (as /tmp:
 * there no one can rename or remove what is another's). Throws a Refusal otherwise.
 */
export function trustedFolder(folder: string, uid: number, platform: NodeJS.Platform): string {
  const real = realpathSync(folder);
  if (dirname(real) === real) throw new Refusal(`de map is de wortel van het bestandssysteem: ${real}`);
  refusePseudoFileSystem(real, platform);
  const own = statSync(real);
  if (!own.isDirectory()) throw new Refusal(`geen map: ${real}`);
  if (own.uid !== uid) throw new Refusal(`de map is van een andere gebruiker (${own.uid}): ${real}`);
  if ((own.mode & 0o022) !== 0) throw new Refusal(`de map is schrijfbaar voor groep of anderen: ${real}`);
  for (let parent = dirname(real); ; parent = dirname(parent)) {
    const stat = statSync(parent);
    if (stat.uid !== uid && stat.uid !== 0) throw new Refusal(`een map erboven is van een andere gebruiker (${stat.uid}): ${parent}`);
    if ((stat.mode & 0o022) !== 0 && (stat.mode & 0o1000) === 0) throw new Refusal(`een map erboven is schrijfbaar voor groep of anderen: ${parent}`);
    if (dirname(parent) === parent) return real;
  }
}

function refusePseudoFileSystem(real: string, platform: NodeJS.Platform): void {
  const pseudo = PSEUDO_ROOTS.some((root) => real === root || real.startsWith(`${root}/`)) || (platform === 'linux' && PSEUDO_FILE_SYSTEMS.has(statfsSync(real).type));
  if (pseudo) throw new Refusal(`de map ligt op een pseudo-bestandssysteem: ${real}`);
}

/**
 * Makes the cache folder when it is missing (mode 0700, as the XDG spec asks), and its parent
 * (the cache home) when only that is missing; never a longer chain, never on a pseudo file system.
 */
export function makeCacheFolder(folder: string, platform: NodeJS.Platform): void {
  for (const path of [dirname(folder), folder]) {
    if (existsSync(path)) continue;
    refusePseudoFileSystem(realpathSync(dirname(path)), platform);
    mkdirSync(path, { mode: 0o700 });
  }
}
