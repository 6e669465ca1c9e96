import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { repoRoot } from '../helpers/paths';

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, [join(repoRoot, 'dist', 'cli.js'), ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('command line: kamervragen check', () => {
  const folder = mkdtempSync(join(tmpdir(), 'kamervragen-cli-'));
  const clean = join(folder, 'schoon.kamervragen');
  const broken = join(folder, 'fout.kamervragen');
  writeFileSync(clean, 'Vraag 1\nKlopt het?\n\nAntwoord op vraag 1\nJa.[1]\n\n[1] Bron\n');
  writeFileSync(broken, '\ufeffVraag 1\nKlopt het?\n\nVraag 2\nWaarom?\n\nAntwoord op vraag 1\nJa.\n');

  it('exits 0 on a clean draft', () => {
    const result = cli('check', clean);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout, '');
  });

  it('prints file:line:column severity code message and exits 1 on errors', () => {
    const result = cli('check', broken);
    assert.equal(result.status, 1);
    assert.match(result.stdout, /fout\.kamervragen:4:1 error unanswered-question Vraag 2 heeft geen antwoord\./);
  });

  it('checks every draft in a folder and prints JSON with structure and 1-based positions', () => {
    const result = cli('check', '--json', folder);
    const parsed = JSON.parse(result.stdout) as Array<{ file: string; structure: { questions: number[]; answerGroups: number[][] }; diagnostics: Array<Record<string, unknown>> }>;
    assert.equal(parsed.length, 2);
    const faulty = parsed.find((r) => r.file.endsWith('fout.kamervragen'))!;
    assert.deepEqual(faulty.structure.questions, [1, 2]);
    assert.deepEqual(faulty.structure.answerGroups, [[1]]);
    assert.deepEqual(faulty.diagnostics[0], {
      line: 4, column: 1, endLine: 4, endColumn: 8, severity: 'error', code: 'unanswered-question',
      message: "Vraag 2 heeft geen antwoord. Voeg 'Antwoord op vraag 2' toe.",
    });
  });

  it('applies --severity', () => {
    assert.equal(cli('check', '--severity', 'unanswered-question=warning', broken).status, 0);
    assert.equal(cli('check', '--severity=unanswered-question=off', broken).stdout, '');
  });

  it('exits 2 with a clear message on bad usage or an unreadable file, never a stack trace', () => {
    for (const args of [[], ['lint'], ['check'], ['check', '--bogus', clean], ['check', '--severity', 'nope=error', clean], ['check', join(folder, 'bestaat-niet.txt')]]) {
      const result = cli(...args);
      assert.equal(result.status, 2, args.join(' '));
      assert.match(result.stderr, /^kamervragen: /m, args.join(' '));
      assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
    }
  });

  it('prints its usage with --help', () => {
    const result = cli('--help');
    assert.equal(result.status, 0);
    assert.match(result.stdout, /Gebruik: kamervragen check/);
  });
});
