// Bundles the extension client, the language server and the CLI with esbuild, and compiles the
// tests and benchmarks with tsc (which also type-checks everything, strict).
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { chmodSync } from 'node:fs';

// --no-sourcemap for the .vsix: maps would triple its size and drafters never need them.
const sourcemap = !process.argv.includes('--no-sourcemap');
// 'module' first: jsonc-parser's UMD build loads its parts with require() calls esbuild cannot follow.
// fetch compiled out: drafts are confidential, and the only network call in the dependencies
// (@vscode/l10n loading a translation from a URL, which this code never asks for) must not exist.
const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', minify: true, sourcemap, logLevel: 'warning', mainFields: ['module', 'main'], define: { fetch: 'undefined' } };
const shebang = { js: '#!/usr/bin/env node' };

// The severity settings, their descriptions and the README's table come from the rules.
execFileSync(process.execPath, ['scripts/generate-manifest.mjs'], { stdio: 'inherit' });

// Word's libraries are a bundle of their own, run as a process of its own for each job (server/src/word/wordRunner.ts).
const wordBundle = { define: { ...common.define, KAMERVRAGEN_WORD_BUNDLE: '"word.js"' } };
await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  build({ ...common, ...wordBundle, entryPoints: ['server/src/server.ts'], outfile: 'dist/server-main.js' }),
  build({ ...common, ...wordBundle, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: shebang }),
  build({ ...common, entryPoints: ['server/src/word/wordProcess.ts'], outfile: 'dist/word.js' }),
  // the server's command: a small launcher that runs the bundle above from V8's code cache
  // (the CLI has none: it gained nothing from one, and paid for writing it in every fresh CI run)
  build({ ...common, entryPoints: ['server/src/launch/server.ts'], outfile: 'dist/server.js', banner: shebang }),
]);
chmodSync('dist/server.js', 0o755);
chmodSync('dist/cli.js', 0o755);

if (!process.argv.includes('--bundles-only')) {
  try {
    // incremental: a build after `npm ci` (or after a small change) checks and writes only what changed
    execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', '.', '--incremental', '--tsBuildInfoFile', 'out/.tsbuildinfo'], { stdio: 'inherit' });
  } catch {
    process.exit(1); // tsc has printed the errors
  }
}
