/**
 * The rows of `npm run bench`'s closing table, in one place: what each measure is, where this run's
 * value comes from, and its goal (issues 11 and 21). A new measure is one more row here (and, if
 * it needs one, a section in run.ts that measures it). The committed baseline (bench/baseline.json)
 * keeps each row's value by its id.
 */

/** One run's figures: per section (run.ts), its named numbers. */
export type Results = Record<string, Record<string, number> | undefined>;

export interface Measure {
  /** The key in bench/baseline.json and bench/results.json. */
  id: string;
  label: string;
  unit: string;
  /** Where this run's value is: section and field. */
  from: [section: string, field: string];
  /** Absent: shown for reference only. */
  goal?: { atMost: number } | { atLeast: number };
}

export const MEASURES: Measure[] = [
  { id: 'node-start', label: "this machine: `node -e 0` (read the rest beside it)", unit: 'ms', from: ['repository', 'nodeStartMs'] },
  { id: 'repository-beyond-start', label: 'kamervragen check <folder>, 2,000 corpus drafts: beyond Node\'s start', unit: 'MB/s', from: ['repository', 'beyondStartMBps'], goal: { atLeast: 40 } },
  { id: 'repository-vs-markdownlint-cli2', label: '  the same, times faster than markdownlint-cli2 on the same files', unit: '×', from: ['repository', 'ratioToMarkdownlintCli2'], goal: { atLeast: 50 } },
  { id: 'repository-beyond-start-by-cpu', label: '  the same by processor time (what it costs, however busy the machine)', unit: 'MB/s', from: ['repository', 'beyondStartMBpsByCpu'] },
  { id: 'repository-vs-markdownlint-cli2-by-cpu', label: '  times faster than markdownlint-cli2, by processor time', unit: '×', from: ['repository', 'ratioToMarkdownlintCli2ByCpu'] },
  { id: 'repository-check', label: '  kamervragen check, whole run', unit: 'ms', from: ['repository', 'checkMs'] },
  { id: 'repository-markdownlint-cli2', label: '  markdownlint-cli2, whole run', unit: 'ms', from: ['repository', 'markdownlintCli2Ms'] },
  { id: 'draft-1mb-in-process', label: 'one 1 MB draft, in-process (parse + all rules)', unit: 'MB/s', from: ['checking', '1 MB'], goal: { atLeast: 100 } },
  { id: 'draft-1mb-in-process-by-cpu', label: '  the same by processor time', unit: 'MB/s', from: ['checking', '1 MB by processor time'] },
  { id: 'draft-10mb-in-process', label: 'one 10 MB draft, in-process', unit: 'MB/s', from: ['checking', '10 MB'], goal: { atLeast: 100 } },
  { id: 'keystroke-p50', label: 'keystroke -> diagnostics, 5,000 lines, stdio, onType: p50 (all 200 edits)', unit: 'ms', from: ['keystrokes', 'p50'], goal: { atMost: 5 } },
  { id: 'keystroke-p99', label: '  p99 (all 200 edits, the first ones counted)', unit: 'ms', from: ['keystrokes', 'p99'], goal: { atMost: 15 } },
  { id: 'keystroke-steady-p99', label: '  p99 after the first 50 edits (JIT warmed up)', unit: 'ms', from: ['keystrokes', 'steadyP99'] },
  { id: 'start-to-diagnostics', label: 'server start -> first diagnostics, p50 (code cache no other user can write)', unit: 'ms', from: ['startUp', 'p50'], goal: { atMost: 100 } },
  { id: 'start-to-diagnostics-p90', label: '  p90', unit: 'ms', from: ['startUp', 'p90'] },
  { id: 'start-to-diagnostics-cpu', label: "  the server's processor time to its first diagnostics, p50", unit: 'ms', from: ['startUp', 'cpuP50'] },
  { id: 'start-to-diagnostics-without-cache', label: '  without the code cache, p50 (processor time: next row)', unit: 'ms', from: ['startUp', 'withoutCacheP50'] },
  { id: 'start-to-diagnostics-without-cache-cpu', label: "  without the code cache, the server's processor time, p50", unit: 'ms', from: ['startUp', 'withoutCacheCpuP50'] },
  { id: 'register-100k-json', label: 'register of 100,000 entries: JSON load', unit: 'ms', from: ['registers', 'json100kMs'], goal: { atMost: 300 } },
  { id: 'register-1m-csv', label: 'register of 1,000,000 entries: CSV load', unit: 'ms', from: ['registers', 'csv1mMs'] },
  { id: 'register-1m-json', label: 'register of 1,000,000 entries: JSON load', unit: 'ms', from: ['registers', 'json1mMs'] },
  { id: 'register-1m-csv-vs-json', label: '  CSV load over JSON load (the same rate: 1)', unit: '×', from: ['registers', 'csvOverJson1m'], goal: { atMost: 1 } },
  { id: 'register-100k-json-longest-slice', label: '  100,000 entries (JSON), read and indexed in slices: the longest (a keystroke waits at most one)', unit: 'ms', from: ['registers', 'json100kLongestSliceMs'], goal: { atMost: 50 } },
  { id: 'register-100k-index', label: '  the index of 100,000 entries, built after them (in slices too)', unit: 'ms', from: ['registers', 'index100kMs'] },
  { id: 'register-1m-csv-longest-slice', label: '  1,000,000 entries (CSV) in slices: the longest', unit: 'ms', from: ['registers', 'csv1mLongestSliceMs'], goal: { atMost: 50 } },
  { id: 'register-1m-json-longest-slice', label: '  1,000,000 entries (JSON) in slices: the longest', unit: 'ms', from: ['registers', 'json1mLongestSliceMs'], goal: { atMost: 50 } },
  { id: 'register-1m-index', label: '  the index of 1,000,000 entries, built after them (in slices too)', unit: 'ms', from: ['registers', 'index1mMs'] },
  { id: 'register-import-30k', label: 'kamervragen register import: 30,000 items of the open data (ten years), whole run', unit: 'ms', from: ['import', 'importMs'], goal: { atMost: 10000 } },
  { id: 'register-import-30k-cpu', label: '  reading the pages into the register in-process, by processor time', unit: 'ms', from: ['import', 'importInProcessProcessorMs'] },
  { id: 'register-import-30k-load', label: '  the register it writes (30,000 entries), loaded as the server does', unit: 'ms', from: ['import', 'importedLoadMs'], goal: { atMost: 300 } },
  { id: 'first-completion', label: 'first completion, with the index of the 2,000 drafts and the register', unit: 'ms', from: ['completion', 'firstCompletionWithIndexBuildMs'], goal: { atMost: 1000 } },
  { id: 'keystroke-while-loading', label: 'slowest keystroke while the register and index load', unit: 'ms', from: ['completion', 'keystrokeWhileLoadingMaxMs'], goal: { atMost: 50 } },
  { id: 'memory-after-gc', label: 'server memory after a forced collection (100k register, 2,000 drafts)', unit: 'MB', from: ['completion', 'rssAfterGcMb'] },
  { id: 'memory-peak', label: 'server memory at its peak', unit: 'MB', from: ['completion', 'peakRssMb'], goal: { atMost: 150 } },
  { id: 'cli-1mb-beyond-start', label: 'kamervragen check on one 1 MB draft, beyond process start', unit: 'ms', from: ['cli', 'beyondProcessStartMs'], goal: { atMost: 30 } },
];

export function valueOf(measure: Measure, results: Results): number | undefined {
  const value = results[measure.from[0]]?.[measure.from[1]];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

export function goalText(measure: Measure): string {
  if (!measure.goal) return '';
  return 'atMost' in measure.goal ? `<= ${measure.goal.atMost}` : `>= ${measure.goal.atLeast}`;
}

export function meets(measure: Measure, value: number | undefined): boolean | undefined {
  if (!measure.goal || value === undefined) return undefined;
  return 'atMost' in measure.goal ? value <= measure.goal.atMost : value >= measure.goal.atLeast;
}
