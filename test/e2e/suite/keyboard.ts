import { existsSync, readFileSync } from 'fs';
import { join } from 'path';

/**
 * Real key presses in the browser that shows VS Code, as a writer types: the launcher
 * (runCodeServer.ts) reads the request from the log, presses the keys with Playwright and answers
 * in a file. Only the code-server launcher has a browser to press keys in.
 */
export const keyboardAvailable = (): boolean => process.env.KAMERVRAGEN_E2E_KEYS_DIR !== undefined;

let requests = 0;

export interface PressOptions {
  /** Between two keys (and how long each is held). */
  delayMs?: number;
  /** A CSS selector whose visible elements' text is returned after the keys (the suggest widget's rows). */
  query?: string;
  /** Where to save a screenshot of the window after the keys. */
  screenshot?: string;
  /** A CSS selector watched while the keys are pressed: every element's text that appeared at any moment. */
  watch?: string;
  /** Wait this long after the keys, before the query, the screenshot and the end of the watch. */
  waitMs?: number;
}

export interface Pressed {
  /** What `query` found after the keys. */
  texts: string[];
  /** What `watch` saw while the keys were pressed. */
  seen: string[];
}

export async function pressKeys(steps: string[], options: PressOptions = {}): Promise<Pressed> {
  const dir = process.env.KAMERVRAGEN_E2E_KEYS_DIR;
  if (!dir) throw new Error('no keyboard: run the end-to-end suite through the code-server launcher');
  const id = `${process.pid}-${++requests}`;
  console.log(`KAMERVRAGEN-E2E-KEYS ${JSON.stringify({ id, steps, delayMs: options.delayMs ?? 40, query: options.query, screenshot: options.screenshot, watch: options.watch, waitMs: options.waitMs })}`);
  const answer = join(dir, `${id}.json`);
  const deadline = Date.now() + 60000;
  while (!existsSync(answer)) {
    if (Date.now() > deadline) throw new Error(`the launcher did not press ${JSON.stringify(steps)}`);
    await new Promise((wake) => setTimeout(wake, 50));
  }
  await new Promise((wake) => setTimeout(wake, 50)); // the file is written in one call; let it land
  const { texts, seen, error } = JSON.parse(readFileSync(answer, 'utf8')) as { texts: string[]; seen?: string[]; error?: string };
  if (error) throw new Error(`pressing keys: ${error}`);
  return { texts, seen: seen ?? [] };
}

/** Presses the keys; returns what `query` found after them. */
export async function press(steps: string[], options: PressOptions = {}): Promise<string[]> {
  return (await pressKeys(steps, options)).texts;
}

/** The suggest widget's rows. */
export const SUGGESTIONS = '.editor-widget.suggest-widget.visible .monaco-list-row';

/**
 * The text of the suggest widget's rows once its first row (or with `anyRow`, any row) starts with
 * `first`, or what shows after a few seconds. A test presses Tab only then, as a writer does: the
 * lists are asked for again at every key, and until the answer comes the widget shows the last one.
 */
export async function suggestionRows(first = '', anyRow = false): Promise<string[]> {
  let rows: string[] = [];
  for (let i = 0; i < 30; i++) {
    rows = await press([], { query: SUGGESTIONS, waitMs: 150 });
    if (anyRow ? rows.some((row) => row.trim().startsWith(first)) : rows[0]?.trim().startsWith(first)) return rows;
  }
  return rows;
}
