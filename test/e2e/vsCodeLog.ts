// What the code-server launcher (runCodeServer.ts) hears from the workbench: the suite's report,
// and VS Code's own log, told apart so that a passing run does not look like a failing one.

/** The workbench's own messages (gallery look-ups that fail offline, chat, accounts). */
export function isWorkbenchNoise(line: string): boolean {
  return /^\s*\[|^Request to |^(?:Resolving|Resolved|Creating|Updating|Creation of) |\/static\/out\/vs\/|^\s*$/.test(line);
}

/** The suite's own report (mocha's spec reporter): indented lines, or empty ones. */
export function isSuiteReport(line: string): boolean {
  return /^(?: {2}|$)/.test(line);
}

/**
 * What VS Code logs while a test runs (an error of the workbench with its stack trace, the
 * language client's report of a server the test killed on purpose) is not the test's result: the
 * test's assertions decide that. It is held until the next test starts; if the test passed, one
 * line says that VS Code logged it and that it was expected; if it failed, it is printed whole,
 * since it may tell why. KAMERVRAGEN_E2E_VERBOSE prints everything as it comes.
 */
export class VsCodeLog {
  private held: string[] = [];
  private test: string | undefined;
  private failed = false;

  constructor(private readonly print: (line: string) => void) {}

  testStarted(title: string): void {
    this.flush();
    this.test = title;
    this.failed = false;
  }

  /** A line of the suite's own report; "1) title" is a test that failed. */
  report(line: string): void {
    if (/^\s+\d+ passing/.test(line)) {
      // the summary, then the failures' details: no test runs any more
      this.flush();
      this.test = undefined;
    }
    this.print(line);
    if (/^\s+\d+\) /.test(line) && this.test) {
      this.failed = true;
      this.flush();
    }
  }

  logged(message: string): void {
    if (!isWorkbenchNoise(message)) this.held.push(message);
  }

  /** Says what was held since the test started (or since VS Code started). */
  flush(): void {
    const held = this.held;
    this.held = [];
    if (held.length === 0) return;
    const when = this.test ? `while "${this.test}" ran` : 'while it started';
    if (this.failed) {
      this.print(`      VS Code logged ${when}:`);
      for (const message of held) this.print(message.replace(/^/gm, '        '));
      return;
    }
    const first = held[0].split('\n')[0].slice(0, 120);
    const more = held.length > 1 ? ` and ${held.length - 1} more message(s)` : '';
    const lines = held.reduce((sum, message) => sum + message.split('\n').length, 0);
    const outcome = this.test ? 'the test passed' : 'no test had started';
    this.print(`      expected: VS Code logged ${when}, and ${outcome}: "${first}"${more} (${lines} lines; KAMERVRAGEN_E2E_VERBOSE=1 shows them whole)`);
  }
}
