import { readdirSync } from 'fs';
import { join } from 'path';
import Mocha from 'mocha';

/**
 * Entry point of the end-to-end suite, as @vscode/test-electron and the code-server launcher
 * both expect it: VS Code loads this module in the extension host and awaits run().
 */
export function run(): Promise<void> {
  // KAMERVRAGEN_E2E_GREP runs only the tests whose titles match (while working on one area)
  const grep = process.env.KAMERVRAGEN_E2E_GREP;
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60000, ...(grep ? { grep } : {}) });
  // alphabetical, so restart.test.js (which kills the server) runs after the others
  for (const file of readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort()) mocha.addFile(join(__dirname, file));
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      // One line the launchers read; mocha's own summary is not a format CI recognises.
      console.log(`KAMERVRAGEN-E2E-RESULT ${JSON.stringify({ passed: runner.stats?.passes ?? 0, failed: failures })}`);
      if (failures > 0) reject(new Error(`${failures} end-to-end test(s) failed`));
      else resolve();
    });
    // Which test runs, for the code-server launcher: it tells what VS Code logs during a test apart from the test's own output.
    if (process.env.KAMERVRAGEN_E2E_MARK_TESTS) runner.on('test', (test) => console.log(`KAMERVRAGEN-E2E-TEST ${JSON.stringify({ title: test.fullTitle() })}`));
  });
}
