import { spawn, type ChildProcess } from 'child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { createServer } from 'net';
import { tmpdir } from 'os';
import { basename, join } from 'path';
import { format } from 'util';
import { chromium, type Browser, type Page } from 'playwright-core';
import { repoRoot } from '../helpers/paths';
import { isSuiteReport, VsCodeLog } from './vsCodeLog';

/**
 * Runs the end-to-end suite in a real VS Code extension host on a machine that cannot download
 * VS Code: code-server (the VS Code server, with its Node extension host) and Debian's Chromium
 * as its window. scripts/ensure-vscode-host.sh installs both. The suite itself only knows the
 * `vscode` API; runElectron.ts runs the same suite in desktop VS Code.
 */

const host = join(repoRoot, '.vscode-host');
const node24 = join(host, 'node24', 'bin', 'node');
const codeServerEntry = join(host, 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
/** Debian's bundle of the system's certificates (the ca-certificates package). */
const SYSTEM_CERTIFICATES = '/etc/ssl/certs/ca-certificates.crt';
const timeoutMs = Number(process.env.KAMERVRAGEN_E2E_TIMEOUT_MS ?? 300000);
const resultsFile = join(repoRoot, 'out', 'test', 'e2e', 'results.json');

/**
 * What starts with every window and that no test uses: Git (which scans the workspace), the chat
 * and its agents. KAMERVRAGEN_E2E_ALL_EXTENSIONS keeps them.
 */
const QUIET_WORKBENCH = { 'chat.disableAIFeatures': true, 'git.enabled': false, 'git.autoRepositoryDetection': false, 'github.gitAuthentication': false, 'workbench.enableExperiments': false, 'extensions.ignoreRecommendations': true };

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitForServer(port: number, child: ChildProcess, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited early with ${child.exitCode}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('code-server did not start within the time limit');
}

function report(passed: number, failed: number): void {
  mkdirSync(join(repoRoot, 'out', 'test', 'e2e'), { recursive: true });
  writeFileSync(resultsFile, JSON.stringify({ passed, failed }));
  console.log(`${passed} passed, ${failed} failed`);
}

async function main(): Promise<number> {
  const scratch = mkdtempSync(join(tmpdir(), 'kamervragen-e2e-'));
  const userData = join(scratch, 'user-data');
  // KAMERVRAGEN_E2E_WORKSPACE: another folder to open (a copy of it), such as the one `npm run screenshots` makes
  const workspaceSource = process.env.KAMERVRAGEN_E2E_WORKSPACE ?? join(repoRoot, 'test', 'e2e', 'workspace');
  const workspace = process.env.KAMERVRAGEN_E2E_WORKSPACE ? join(scratch, 'folder', basename(workspaceSource)) : join(scratch, 'workspace');
  mkdirSync(join(userData, 'User'), { recursive: true });
  writeFileSync(
    join(userData, 'User', 'settings.json'),
    JSON.stringify({
      'files.autoSave': 'off',
      'workbench.startupEditor': 'none',
      'telemetry.telemetryLevel': 'off',
      'extensions.autoCheckUpdates': false,
      'extensions.autoUpdate': false,
      ...(process.env.KAMERVRAGEN_E2E_ALL_EXTENSIONS ? {} : QUIET_WORKBENCH),
    }),
  );
  cpSync(workspaceSource, workspace, { recursive: true });
  const keysDir = join(scratch, 'keys');
  mkdirSync(keysDir);

  const port = await freePort();
  const codeServer = spawn(
    node24,
    [
      codeServerEntry,
      '--bind-addr', `127.0.0.1:${port}`,
      '--auth', 'none',
      '--user-data-dir', userData,
      '--extensions-dir', join(scratch, 'extensions'),
      '--disable-workspace-trust',
      '--ignore-last-opened',
      '--disable-telemetry',
      '--disable-update-check',
      '--vscode-option', 'enable-smoke-test-driver',
    ],
    {
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        PATH: `${join(host, 'node24', 'bin')}:${process.env.PATH ?? ''}`,
        XDG_CONFIG_HOME: join(scratch, 'config'),
        XDG_DATA_HOME: join(scratch, 'data'),
        // a certificate bundle for the extension host, so the test that the server starts without it always has one to leave out
        NODE_EXTRA_CA_CERTS: process.env.NODE_EXTRA_CA_CERTS ?? (existsSync(SYSTEM_CERTIFICATES) ? SYSTEM_CERTIFICATES : undefined),
        // The keyboard bridge: the tests ask for real key presses here (see suite/keyboard.ts).
        KAMERVRAGEN_E2E_KEYS_DIR: keysDir,
        // The suite says which test runs (suite/index.ts), so that VS Code's log is told apart.
        KAMERVRAGEN_E2E_MARK_TESTS: '1',
      },
    },
  );
  // Stopped from outside (Ctrl+C, or npm test stopping): code-server runs in a process group of its own.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      try {
        process.kill(-codeServer.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
      process.exit(130);
    });
  }
  let serverLog = '';
  codeServer.stdout!.on('data', (chunk) => (serverLog += String(chunk)));
  codeServer.stderr!.on('data', (chunk) => (serverLog += String(chunk)));

  let browser: Browser | undefined;
  let passed = 0;
  let failed = 0;
  const log = new VsCodeLog((line) => process.stdout.write(`${line}\n`));
  const since = (start: number) => `${((Date.now() - start) / 1000).toFixed(1)} s`;
  const launched = Date.now();
  // Chromium starts while code-server does: neither needs the other until the page opens.
  const browserStarting = chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  browserStarting.catch(() => undefined);
  try {
    await waitForServer(port, codeServer, 60000);
    const serverUp = since(launched);
    browser = await browserStarting;
    console.log(`e2e: code-server answers after ${serverUp}, Chromium after ${since(launched)}; loading VS Code and the extension ...`);
    const page = await browser.newPage();
    const exitCode = new Promise<number>((resolve) => {
      void page.exposeFunction('codeAutomationExit', (code: number) => resolve(code));
    });
    // The workbench calls this with a log level and console.log's arguments: the suite's report,
    // its requests (key presses, the result), and VS Code's own log. Its routine noise (lines like
    // "[AgentHost] ...") is shown only with KAMERVRAGEN_E2E_VERBOSE, the rest as VsCodeLog says.
    let suiteStarted = false;
    const pageOpened = Date.now();
    await page.exposeFunction('codeAutomationLog', (level: unknown, args: unknown) => {
      const line = Array.isArray(args) ? format(...(args as unknown[])) : String(args ?? level);
      const result = /KAMERVRAGEN-E2E-RESULT (\{.*\})/.exec(line);
      const keys = /KAMERVRAGEN-E2E-KEYS (\{.*\})/.exec(line);
      const test = /KAMERVRAGEN-E2E-TEST (\{.*\})/.exec(line);
      if (!suiteStarted && (test || (isSuiteReport(line) && line.trim()))) {
        console.log(`e2e: VS Code and the extension loaded, the suite starts after ${since(pageOpened)}`);
        suiteStarted = true;
      }
      if (keys) void pressKeys(page, keysDir, JSON.parse(keys[1]) as KeysRequest);
      else if (test) {
        log.testStarted((JSON.parse(test[1]) as { title: string }).title);
      } else if (result) {
        log.flush();
        ({ passed, failed } = JSON.parse(result[1]) as { passed: number; failed: number });
      } else if (process.env.KAMERVRAGEN_E2E_VERBOSE) process.stdout.write(`${line}\n`);
      else if (isSuiteReport(line)) log.report(line);
      else log.logged(line);
    });
    const remote = (path: string) => `vscode-remote://127.0.0.1:${port}${path}`;
    const payload = [
      ['extensionDevelopmentPath', remote(repoRoot)],
      ['extensionTestsPath', remote(join(repoRoot, 'out', 'test', 'e2e', 'suite', 'index.js'))],
    ];
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), timeoutMs).unref());
    const outcome = await Promise.race([exitCode, timeout]);
    if (outcome === 'timeout') {
      const screenshot = join(scratch, 'timeout.png');
      await page.screenshot({ path: screenshot }).catch(() => undefined);
      console.error(`The end-to-end suite did not finish within ${timeoutMs / 1000} s (screenshot: ${screenshot}).\n${serverLog.slice(-4000)}`);
      failed = Math.max(failed, 1);
      return 1;
    }
    if (outcome !== 0 && failed === 0) failed = 1;
    return outcome;
  } catch (error) {
    console.error(`The end-to-end run could not complete: ${error instanceof Error ? error.message : String(error)}\n${serverLog.slice(-4000)}`);
    failed = Math.max(failed, 1);
    return 1;
  } finally {
    report(passed, failed);
    await browser?.close().catch(() => undefined);
    try {
      process.kill(-codeServer.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
    if (!process.env.KAMERVRAGEN_E2E_KEEP) rmSync(scratch, { recursive: true, force: true, maxRetries: 3 });
  }
}

/** A test's request for real key presses in the browser, as a writer types: see suite/keyboard.ts. */
interface KeysRequest {
  id: string;
  /** Text typed character by character, or a key name in braces: "{Enter}", "{Control+Space}". */
  steps: string[];
  delayMs: number;
  /** A CSS selector whose visible elements' text is returned after the keys (the suggest widget's rows). */
  query?: string;
  /** Where to save a screenshot of the window after the keys. */
  screenshot?: string;
  /** A CSS selector watched while the keys are pressed: the text of every element that appeared is returned as `seen`. */
  watch?: string;
  /** How long to wait after the keys before the query, the screenshot and the end of the watch. */
  waitMs?: number;
}

async function pressKeys(page: Page, keysDir: string, request: KeysRequest): Promise<void> {
  let error: string | undefined;
  let texts: string[] = [];
  let seen: string[] = [];
  try {
    // a popup that shows for a moment between two keys is seen too: a MutationObserver notes it
    if (request.watch) await page.evaluate(`(${watchStart})(${JSON.stringify(request.watch)})`);
    for (const step of request.steps) {
      const key = /^\{(.+)\}$/.exec(step);
      if (key) await page.keyboard.press(key[1], { delay: request.delayMs });
      else await page.keyboard.type(step, { delay: request.delayMs });
    }
    if (request.waitMs) await page.waitForTimeout(request.waitMs);
    if (request.watch) seen = (await page.evaluate(`(${watchStop})()`)) as string[];
    if (request.query) texts = await page.locator(request.query).allInnerTexts();
    if (request.screenshot) await page.screenshot({ path: request.screenshot });
  } catch (caught) {
    error = caught instanceof Error ? caught.message : String(caught);
  }
  writeFileSync(join(keysDir, `${request.id}.json`), JSON.stringify({ texts, seen, error }));
}

/**
 * Runs in the page (as source: the tests compile without the DOM's types): notes the text of every
 * element matching the selector that is in the page at any moment, until watchStop.
 */
const watchStart = `(selector) => {
  const seen = [];
  const note = () => {
    for (const element of document.querySelectorAll(selector)) {
      const text = element.innerText.trim();
      if (text && !seen.includes(text)) seen.push(text);
    }
  };
  const observer = new MutationObserver(note);
  observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  note();
  window.kamervragenWatch = { observer, seen };
}`;
const watchStop = `() => {
  const watched = window.kamervragenWatch;
  watched?.observer.disconnect();
  return watched?.seen ?? [];
}`;

main().then((code) => process.exit(code));
