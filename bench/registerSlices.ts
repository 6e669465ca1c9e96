import { readFileSync } from 'fs';
import { createLanguageService, Register } from '../server/src/service';

/**
 * What a register load costs the server's typing: it reads, then builds the index, in slices,
 * pausing between them for the checks of what is typed (lsp/backgroundWork.ts), so a keystroke
 * waits at most for the slice in progress. The longest slice of a load (wall time: on a busy
 * machine it includes time the process was not running), how many there were, and the time the
 * index took in all.
 */
export async function registerSlices(path: string): Promise<{ longestSliceMs: number; slices: number; indexMs: number }> {
  const text = readFileSync(path, 'utf8');
  let longest = 0;
  let slices = 0;
  let sliceStart = process.hrtime.bigint();
  const pause = async () => {
    longest = Math.max(longest, ms(sliceStart));
    slices++;
    await new Promise<void>((resolve) => setImmediate(resolve));
    sliceStart = process.hrtime.bigint();
  };
  const loaded = await createLanguageService().readRegisterPausing(text, path, pause);
  const indexStart = process.hrtime.bigint();
  let pausedMs = 0;
  await new Register().replacePausing([loaded.entries], async () => {
    const pauseStart = process.hrtime.bigint();
    await pause();
    pausedMs += ms(pauseStart);
  });
  longest = Math.max(longest, ms(sliceStart));
  return { longestSliceMs: longest, slices: slices + 1, indexMs: ms(indexStart) - pausedMs };
}

const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;
