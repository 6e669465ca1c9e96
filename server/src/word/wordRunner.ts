import { fork } from 'child_process';
import { join } from 'path';
import { WORD_LIMITS, type WordLimits } from './problems';
import type { WordAnswer, WordJob, WordRequest } from './wordProcess';

/** Set by the bundler (scripts/build.mjs): dist/word.js stands beside the bundle that runs it. */
declare const KAMERVRAGEN_WORD_BUNDLE: string | undefined;

export interface WordRunner {
  run(job: WordJob): Promise<WordAnswer>;
}

/**
 * Runs Word jobs in a process of their own (wordProcess.ts), one at a time, each in a fresh
 * process: with a heap limit, a time limit after which it is killed, and nothing that can end
 * the caller. A worker thread would start faster, but a fatal V8 error in a worker (an invalid
 * array size, a native allocation failure) still ends the whole process, and a worker busy in
 * native code cannot be stopped; a process can always be killed.
 */
export function createWordRunner(limits: WordLimits = WORD_LIMITS, module = wordProcessModule()): WordRunner {
  let queue: Promise<unknown> = Promise.resolve();
  return {
    run(job) {
      const answer = queue.then(() => runOnce({ job, limits }, module));
      queue = answer.catch(() => undefined);
      return answer;
    },
  };
}

export function wordProcessModule(): string {
  return join(__dirname, typeof KAMERVRAGEN_WORD_BUNDLE === 'string' ? KAMERVRAGEN_WORD_BUNDLE : 'wordProcess.js');
}

function runOnce(request: WordRequest, module: string): Promise<WordAnswer> {
  return new Promise((resolve) => {
    let answered = false;
    const answer = (result: WordAnswer) => {
      if (answered) return;
      answered = true;
      clearTimeout(timer);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      resolve(result);
    };
    const child = fork(module, [], {
      execArgv: [`--max-old-space-size=${request.limits.memoryMegabytes}`],
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
    });
    const timer = setTimeout(() => answer({ problem: { kind: 'timeout', seconds: request.limits.seconds } }), request.limits.seconds * 1000);
    child.on('message', (message: WordAnswer) => answer(message));
    child.on('error', () => answer({ problem: { kind: 'failed' } }));
    // ended without an answer: V8 aborts when the heap limit is reached (SIGABRT, or 134 on some systems)
    child.on('exit', (code, signal) => answer({ problem: { kind: signal === 'SIGABRT' || code === 134 ? 'too-complex' : 'failed' } }));
    child.send(request, (error) => {
      if (error) answer({ problem: { kind: 'failed' } });
    });
  });
}
