import { join } from 'path';
import { runTests } from '@vscode/test-electron';
import { repoRoot } from '../helpers/paths';

/**
 * The same end-to-end suite in desktop VS Code, for developers whose machine can download it
 * (or who point VSCODE_EXECUTABLE at a local install): `node out/test/e2e/runElectron.js`.
 */
async function main(): Promise<void> {
  await runTests({
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath: join(repoRoot, 'out', 'test', 'e2e', 'suite', 'index.js'),
    launchArgs: [join(repoRoot, 'test', 'e2e', 'workspace'), '--disable-extensions', '--disable-workspace-trust'],
    ...(process.env.VSCODE_EXECUTABLE ? { vscodeExecutablePath: process.env.VSCODE_EXECUTABLE } : {}),
  });
}

main().catch((error) => {
  console.error(`End-to-end run failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
