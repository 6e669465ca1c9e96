import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import { join } from 'path';
import { annotatedDocuments } from '../helpers/corpus';
import { repoRoot } from '../helpers/paths';

/**
 * The spec: every real document in test/corpus, checked by the built command-line program,
 * must give exactly the hand-annotated structure and report exactly the listed problems.
 */

interface CliResult {
  file: string;
  structure: {
    questions: number[];
    answerGroups: number[][];
    footnoteMarkers: string[];
    footnoteDefinitions: string[];
    crossReferences: number[][];
  };
  diagnostics: Array<{ line: number; severity: string; code: string; message: string }>;
}

function checkWithCli(path: string): CliResult {
  const result = spawnSync(process.execPath, [join(repoRoot, 'dist', 'cli.js'), 'check', '--json', path], { encoding: 'utf8' });
  assert.ok(result.status === 0 || result.status === 1, `exit ${result.status}: ${result.stderr}`);
  const parsed = JSON.parse(result.stdout) as CliResult[];
  assert.equal(parsed.length, 1);
  return parsed[0];
}

const sorted = (labels: string[]) => [...labels].sort();

describe('real corpus: kamervragen check --json matches expected.json', () => {
  for (const document of annotatedDocuments()) {
    describe(document.file, () => {
      let result: CliResult;
      before(() => {
        result = checkWithCli(document.path);
      });

      it('finds the questions in document order', () => {
        assert.deepEqual(result.structure.questions, document.questions);
      });

      it('finds which questions each answer covers', () => {
        if (typeof document.answerGroups === 'string') {
          // "implicit": a web rendering whose answers have no headings; each question is answered
          assert.deepEqual(result.structure.answerGroups, document.questions.map((n) => [n]));
        } else {
          assert.deepEqual(result.structure.answerGroups, document.answerGroups);
        }
      });

      if (document.footnoteMarkers) {
        it('finds the footnote markers and definitions', () => {
          assert.deepEqual(sorted(result.structure.footnoteMarkers), sorted(document.footnoteMarkers!));
          assert.deepEqual(sorted(result.structure.footnoteDefinitions), sorted(document.footnoteDefinitions!));
        });
      }

      if (document.crossReferences) {
        it('finds the cross-references', () => {
          assert.deepEqual(result.structure.crossReferences, document.crossReferences);
        });
      }

      it('reports exactly the annotated problems', () => {
        const codes = result.diagnostics.map((d) => d.code);
        assert.equal(codes.filter((c) => c === 'unanswered-question').length, document.unanswered.length, 'unanswered-question');
        const footnoteCodes = ['undefined-footnote', 'unused-footnote', 'duplicate-footnote'];
        if (document.unresolvedFootnotes) {
          assert.equal(codes.filter((c) => c === 'undefined-footnote').length, document.unresolvedFootnotes.length, 'undefined-footnote');
        }
        const allowed = new Set(['unanswered-question', 'undefined-footnote', ...(document.unresolvedFootnotes ? [] : footnoteCodes)]);
        const falseReports = result.diagnostics.filter((d) => !allowed.has(d.code) && d.severity !== 'hint' && d.severity !== 'information');
        assert.deepEqual(falseReports, [], 'no other problem may be reported');
      });
    });
  }
});
