import { resolve } from 'path';

/** The repository root, whether the tests run from out/ (compiled) or not. */
export const repoRoot = resolve(__dirname, __dirname.includes(`${'/'}out${'/'}`) ? '../../..' : '../..');

/** ../shared beside the checkout (CI has it there); KAMERVRAGEN_SHARED overrides. */
export const sharedDir = process.env.KAMERVRAGEN_SHARED ?? resolve(repoRoot, '..', 'shared');
