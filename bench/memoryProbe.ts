/**
 * Loaded into the language server by the benchmark only (node --require): on SIGUSR2 the server
 * collects its garbage and reports its memory on stderr, so that memory is measured after a
 * forced collection as well as at its peak.
 */
process.on('SIGUSR2', () => {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  // once more on a clean stack: the first collection cannot free what the interrupted work still held
  setImmediate(() => {
    gc?.();
    process.stderr.write(`kamervragen-memory ${JSON.stringify(process.memoryUsage())}\n`);
  });
});
