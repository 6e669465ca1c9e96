// `npm run screenshots`: the pictures the README and the manual show, taken in code-server with the
// KAMERVRAGEN_SCREENSHOTS folder set: the example draft in Light Modern, Dark Modern and High Contrast
// (images/draft-*.png, by the theme test; every other built-in theme goes to out/test/e2e/screenshots/),
// and the typing tests' pictures of the editor (images/editor-*.png, images/eerder-antwoord-zoeken.png).
// Each set comes from a run of its own in a workspace that holds nothing else (the example alone, or
// nothing), so that the status bar counts only the problems of what the picture shows, never those of
// the suite's test files.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const images = resolve('images');
const example = '2026Z01234-antwoorden-cameras.kamervragen';
const runs = [
  { folder: 'antwoorden', files: [join('examples', example)], tests: ['takes screenshots of the example draft'], pictures: ['draft-light-modern', 'draft-dark-modern', 'draft-high-contrast'] },
  {
    folder: 'concepten',
    files: [],
    tests: ['shows the snippets after "kv" at the start of a line', 'Enter picks the highlighted choice of a snippet', 'asks about exporting a draft with errors', 'finds an earlier answer by the words of its subject'],
    pictures: ['editor-snippets', 'editor-choice', 'editor-export', 'eerder-antwoord-zoeken'],
  },
];

const started = Date.now();
const scratch = mkdtempSync(join(tmpdir(), 'kamervragen-screenshots-'));
mkdirSync(images, { recursive: true });
try {
  for (const run of runs) {
    const workspace = join(scratch, run.folder);
    mkdirSync(workspace);
    for (const file of run.files) copyFileSync(file, join(workspace, file.split(/[\\/]/).pop()));
    const env = { ...process.env, KAMERVRAGEN_SCREENSHOTS: images, KAMERVRAGEN_E2E_WORKSPACE: workspace, KAMERVRAGEN_E2E_GREP: run.tests.join('|') };
    const status = spawnSync(process.execPath, ['scripts/test.mjs', '--only', 'e2e'], { stdio: 'inherit', env }).status ?? 1;
    if (status !== 0) throw new Error(`the run for ${run.pictures.join(', ')} failed`);
  }
  // a test renamed or skipped would leave an old picture behind without a word
  const stale = runs.flatMap((run) => run.pictures).filter((picture) => statSync(join(images, `${picture}.png`)).mtimeMs < started);
  if (stale.length > 0) throw new Error(`not taken again: ${stale.join(', ')}`);
} catch (error) {
  console.error(`npm run screenshots: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
