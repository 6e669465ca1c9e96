import type { ParseWork } from './work';

const stickyVersions = new WeakMap<RegExp, RegExp>();

/** A pattern that matches only where it is tried (the stages write theirs sticky: no copy is made). */
function stickyVersion(pattern: RegExp): RegExp {
  if (pattern.sticky && !pattern.global) return pattern;
  let sticky = stickyVersions.get(pattern);
  if (!sticky) {
    sticky = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}y`);
    stickyVersions.set(pattern, sticky);
  }
  return sticky;
}

/**
 * The matches of `pattern` that a global search of `text` finds, where every one of them starts
 * at one of `offsets` (in order): the pattern is tried at each, and an offset inside a match
 * already found is passed over, as a global search passes over it.
 */
export function* matchesAt(text: string, offsets: readonly number[], pattern: RegExp, work?: ParseWork): Generator<RegExpExecArray> {
  // a global pattern is its own finder: tried at one of its own matches, it matches right there
  const exact = pattern.global ? pattern : stickyVersion(pattern);
  let next = 0;
  for (const at of offsets) {
    if (at < next) continue;
    if (work) work.patternTries++;
    exact.lastIndex = at;
    const match = exact.exec(text);
    if (!match || match.index !== at) continue;
    next = at + Math.max(1, match[0].length);
    yield match;
  }
}

/** The match of `pattern` at `at` exactly, if any. */
export function matchAt(text: string, at: number, pattern: RegExp): RegExpExecArray | null {
  const sticky = stickyVersion(pattern);
  sticky.lastIndex = at;
  return sticky.exec(text);
}
