import { join } from 'path';

/** Set by the bundler (scripts/build.mjs): dist/word.js stands beside the bundle that loads it. */
declare const KAMERVRAGEN_WORD_BUNDLE: string | undefined;

/** The Word module, loaded on first use so that starting the server or the CLI does not pay for it. */
export function loadWord(): typeof import('./index') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(typeof KAMERVRAGEN_WORD_BUNDLE === 'string' ? join(__dirname, KAMERVRAGEN_WORD_BUNDLE) : './index');
}
