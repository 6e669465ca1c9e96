import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import { join } from 'path';
import { repoRoot } from '../helpers/paths';

/** The README's first command checks examples/: it must stay green, and find the structure. */
describe('example drafts', () => {
  it('are clean and fully recognised by the command line checker', () => {
    const result = spawnSync(process.execPath, [join(repoRoot, 'dist', 'cli.js'), 'check', '--json', join(repoRoot, 'examples')], { encoding: 'utf8' });
    assert.equal(result.status, 0, result.stdout + result.stderr);
    const files = JSON.parse(result.stdout) as Array<{ file: string; structure: { questions: number[]; answerGroups: number[][] }; diagnostics: unknown[] }>;
    assert.ok(files.length >= 2);
    for (const file of files) {
      assert.deepEqual(file.diagnostics, [], file.file);
      assert.ok(file.structure.questions.length > 0, `${file.file} has questions`);
      assert.deepEqual(file.structure.answerGroups.flat().sort((a, b) => a - b), [...file.structure.questions].sort((a, b) => a - b), file.file);
    }
  });

  it('the draft with problems shows every kind of finding', () => {
    const result = spawnSync(process.execPath, [join(repoRoot, 'dist', 'cli.js'), 'check', join(repoRoot, 'test', 'fixtures', 'concept-met-fouten.kamervragen')], { encoding: 'utf8' });
    assert.equal(result.status, 1);
    for (const code of ['undefined-footnote', 'unanswered-question', 'duplicate-question', 'unknown-question', 'unknown-reference', 'unused-footnote']) {
      assert.match(result.stdout, new RegExp(` ${code} `), code);
    }
  });
});
