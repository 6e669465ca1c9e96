import { readFileSync } from 'fs';
import { join } from 'path';
import { createConnection } from 'vscode-languageserver/node';
import { startServer } from './lsp/startServer';
import { clockFromEnvironment } from './clock';
import { version } from '../../package.json';

/**
 * The language server's entry point: the process's connection (stdio with --stdio, IPC from
 * VS Code), the clock and the translations. Everything else is in lsp/.
 */

function englishBundle(): Record<string, string> | undefined {
  try {
    return JSON.parse(readFileSync(join(__dirname, '..', 'l10n', 'bundle.l10n.en.json'), 'utf8')) as Record<string, string>;
  } catch {
    return undefined;
  }
}

export function main(): void {
  // A last net: a failure nobody awaited is logged and the server keeps serving (the tests run it
  // with --unhandled-rejections=strict, which ends it instead, so that none goes unnoticed).
  process.on('unhandledRejection', (reason) => console.error(`kamervragen: ${reason instanceof Error ? reason.stack : String(reason)}`));
  startServer((options) => createConnection(options), { today: clockFromEnvironment(), englishBundle, version });
}

if (require.main === module) main();
