// One mocha suite in a process of its own, for scripts/test.mjs: the spec reporter (with each slow
// test's duration) on stdout, and to the parent, over IPC, which test is running and the counts at
// the end. A test that keeps this process busy for minutes cannot print a heartbeat itself; the
// parent can, because it knows the test.
//   node scripts/mocha-job.mjs <timeout ms> <file.test.js>...
import Mocha from 'mocha';

const [timeoutMs, ...files] = process.argv.slice(2);
const send = (message) => new Promise((resolve) => (process.send ? process.send(message, () => resolve()) : resolve()));

const mocha = new Mocha({ reporter: 'spec', timeout: Number(timeoutMs), color: process.env.KAMERVRAGEN_TEST_COLOR === '1' });
for (const file of files) mocha.addFile(file);
const runner = mocha.run((failures) => {
  const { passes, pending } = runner.stats;
  // Exit now: a test that leaves a handle open must not keep the whole run waiting.
  void send({ done: { passed: passes, failed: failures, pending } }).then(() => process.exit(failures > 0 ? 1 : 0));
});
runner.on('test', (test) => void send({ test: test.fullTitle() }));
runner.on('test end', (test) => void send({ test: null, ended: { title: test.fullTitle(), ms: test.duration ?? 0 } }));
runner.on('pass', () => void send({ passed: 1 }));
runner.on('fail', () => void send({ failed: 1 }));
