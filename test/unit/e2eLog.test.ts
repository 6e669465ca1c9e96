import { strict as assert } from 'assert';
import { VsCodeLog } from '../e2e/vsCodeLog';

/** The end-to-end launcher tells VS Code's own log apart from the suite's report (test/e2e/vsCodeLog.ts). */
describe('the end-to-end launcher: what VS Code logs during a test', () => {
  const crash = 'An unknown error occurred. Please consult the log for more details.\n    at Object.onClose (/srv/lib/vscode/out/vs/workbench/api/node/extensionHostProcess.js:12:3)\n    at next (node:internal/process/task_queues:95:5)';

  function run(steps: Array<(log: VsCodeLog) => void>): string[] {
    const printed: string[] = [];
    const log = new VsCodeLog((line) => printed.push(line));
    for (const step of steps) step(log);
    return printed;
  }

  it('says in one line that it was expected when the test passed, after the test and without the stack', () => {
    const printed = run([
      (log) => log.testStarted('a crashed server is restarted'),
      (log) => log.logged(crash),
      (log) => log.report('    ✔ is restarted, the drafter is told once, and no text is lost (621ms)'),
      (log) => log.testStarted('highlighting colours every part'),
    ]);
    assert.equal(printed.length, 2);
    assert.match(printed[0], /✔ is restarted/);
    assert.match(printed[1], /^ +expected: VS Code logged while "a crashed server is restarted" ran, and the test passed: "An unknown error occurred\. Please consult the log for more details\." \(3 lines;/);
    assert.ok(!printed.join('\n').includes('    at '), 'no stack trace');
  });

  it('prints it whole, under the failure, when the test failed', () => {
    const printed = run([
      (log) => log.testStarted('a crashed server is restarted'),
      (log) => log.logged(crash),
      (log) => log.report('    1) is restarted, the drafter is told once, and no text is lost'),
    ]);
    assert.match(printed[0], /1\) is restarted/);
    assert.match(printed[1], /VS Code logged while "a crashed server is restarted" ran:/);
    assert.ok(printed.some((line) => line.includes('at Object.onClose')), 'the stack trace, in full');
  });

  it('still leaves out the workbench\'s routine noise, and prints nothing when VS Code logged nothing', () => {
    const printed = run([
      (log) => log.testStarted('opens .kamervragen files'),
      (log) => log.logged('[AgentHost] registered'),
      (log) => log.report('    ✔ opens .kamervragen files in the kamervragen language'),
      (log) => log.report('  1 passing (2s)'),
    ]);
    assert.deepEqual(printed, ['    ✔ opens .kamervragen files in the kamervragen language', '  1 passing (2s)']);
  });
});
