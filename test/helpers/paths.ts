import { resolve } from 'path';

/** The repository root, whether the tests run from out/ (compiled) or not. */
export const repoRoot = resolve(__dirname, __dirname.includes(`${'/'}out${'/'}`) ? '../../..' : '../..');

/**
 * The annotated corpus, kept in the repository (copied from ../shared/corpus, where new or
 * corrected annotations arrive: copy again when it changes) so that a clone alone passes its tests.
 */
export const corpusDir = resolve(repoRoot, 'test', 'corpus');
