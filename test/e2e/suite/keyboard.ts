import { existsSync, readFileSync } from 'fs';
import { join } from 'path';

/**
 * Real key presses in the browser that shows VS Code, as a writer types: the launcher
 * (runCodeServer.ts) reads the request from the log, presses the keys with Playwright and answers
 * in a file. Only the code-server launcher has a browser to press keys in.
 */
export const keyboardAvailable = (): boolean => process.env.KAMERVRAGEN_E2E_KEYS_DIR !== undefined;

let requests = 0;

export async function press(steps: string[], options: { delayMs?: number; query?: string; screenshot?: string } = {}): Promise<string[]> {
  const dir = process.env.KAMERVRAGEN_E2E_KEYS_DIR;
  if (!dir) throw new Error('no keyboard: run the end-to-end suite through the code-server launcher');
  const id = `${process.pid}-${++requests}`;
  console.log(`KAMERVRAGEN-E2E-KEYS ${JSON.stringify({ id, steps, delayMs: options.delayMs ?? 40, query: options.query, screenshot: options.screenshot })}`);
  const answer = join(dir, `${id}.json`);
  const deadline = Date.now() + 60000;
  while (!existsSync(answer)) {
    if (Date.now() > deadline) throw new Error(`the launcher did not press ${JSON.stringify(steps)}`);
    await new Promise((wake) => setTimeout(wake, 50));
  }
  await new Promise((wake) => setTimeout(wake, 50)); // the file is written in one call; let it land
  const { texts, error } = JSON.parse(readFileSync(answer, 'utf8')) as { texts: string[]; error?: string };
  if (error) throw new Error(`pressing keys: ${error}`);
  return texts;
}
