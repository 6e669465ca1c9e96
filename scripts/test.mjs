// `npm test`: builds, runs the unit and protocol suites with mocha, then the end-to-end suite in a
// real VS Code extension host (code-server + headless Chromium, installed on first use), and ends
// with one line "N passed, M failed" for the whole run.
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';

const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
const totals = { passed: 0, failed: 0 };

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.status !== 0) {
    console.error(`\n${command} ${args.join(' ')} failed (exit ${result.status})`);
    console.log(`${totals.passed} passed, ${totals.failed + 1} failed`);
    process.exit(1);
  }
}

function testFiles(folder) {
  let entries;
  try {
    entries = readdirSync(folder);
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = join(folder, entry);
    if (statSync(path).isDirectory()) return testFiles(path);
    return entry.endsWith('.test.js') ? [path] : [];
  });
}

async function mochaSuite(folders, options = {}) {
  const files = folders.flatMap(testFiles).sort();
  if (files.length === 0) return;
  const mocha = new Mocha({ reporter: 'spec', timeout: 20000, ...options });
  for (const file of files) mocha.addFile(file);
  await new Promise((resolve) => {
    const runner = mocha.run(() => resolve());
    runner.on('end', () => {
      totals.passed += runner.stats.passes;
      totals.failed += runner.stats.failures;
    });
  });
}

run(process.execPath, ['scripts/build.mjs']);
if (!only || only === 'unit') await mochaSuite(['out/test/unit', 'out/test/protocol', 'out/test/hostile']);
if (!only || only === 'unit' || only === 'grammar') {
  // Grammar fixtures (test/grammar/*.test.kamervragen) with vscode-tmgrammar-test: one test per file.
  const grammar = spawnSync(process.execPath, ['node_modules/vscode-tmgrammar-test/dist/unit.js', '-g', 'syntaxes/kamervragen.tmLanguage.json', 'test/grammar/*.test.kamervragen'], { encoding: 'utf8' });
  process.stdout.write(grammar.stdout + grammar.stderr);
  const passedFiles = (grammar.stdout.match(/run successfuly/g) ?? []).length;
  const failedFiles = (grammar.stdout.match(/^✖|failed|ERROR/gm) ?? []).length;
  totals.passed += passedFiles;
  totals.failed += grammar.status === 0 ? 0 : Math.max(1, failedFiles);
}
if (!only || only === 'property') await mochaSuite(['out/test/property'], { timeout: 600000 });
if (!only || only === 'e2e') {
  run('bash', ['scripts/ensure-vscode-host.sh']);
  const result = spawnSync(process.execPath, ['out/test/e2e/runCodeServer.js'], { stdio: ['ignore', 'inherit', 'inherit'] });
  // The launcher prints its own "N passed, M failed"; it also leaves the counts for this total.
  try {
    const counts = JSON.parse(execFileSync('cat', ['out/test/e2e/results.json'], { encoding: 'utf8' }));
    totals.passed += counts.passed;
    totals.failed += counts.failed;
  } catch {
    totals.failed += 1;
  }
  if (result.status !== 0 && totals.failed === 0) totals.failed += 1;
}
console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed > 0 ? 1 : 0);
