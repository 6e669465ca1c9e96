import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { parseRegister, Register } from '../../server/src/service';
import { repoRoot } from '../helpers/paths';

describe('register of earlier questions', () => {
  it('reads the example JSON and CSV registers', () => {
    for (const file of ['register.json', 'register.csv']) {
      const path = join(repoRoot, 'examples', 'register', file);
      const loaded = parseRegister(readFileSync(path, 'utf8'), path);
      assert.deepEqual(loaded.problems, [], file);
      assert.ok(loaded.entries.length >= 2, file);
    }
    const csv = parseRegister(readFileSync(join(repoRoot, 'examples', 'register', 'register.csv'), 'utf8'), 'register.csv').entries[0];
    assert.deepEqual(csv.indieners, [{ naam: 'Van Nispen', partij: 'SP' }]);
    assert.equal(csv.aanhangsel?.citatie, 'Aanhangsel Handelingen, vergaderjaar 2024-2025, nr. 599');
  });

  it('names the file and line of malformed JSON, and keeps the good entries of a partly wrong one', () => {
    assert.deepEqual(parseRegister('[\n  {"zaaknummer": "2024Z00025",}\n  {"zaaknummer"\n]', 'r.json').problems[0].line, 3);
    const partly = parseRegister('[\n{"zaaknummer": "2024Z00025"},\n{"zaaknummer": "2024Z0025"},\n{"onderwerp": "x"}\n]', 'r.json');
    assert.equal(partly.entries.length, 1);
    assert.deepEqual(partly.problems.map((p) => [p.line, p.message]), [[3, "zaaknummer '2024Z0025' heeft niet de vorm 2024Z00025"], [4, 'het veld zaaknummer ontbreekt']]);
  });

  it('names the line of a malformed CSV record', () => {
    const loaded = parseRegister('zaaknummer,onderwerp\n2024Z00025,a\n2024Z00026,"b,c\n', 'r.csv');
    assert.equal(loaded.problems.length, 1);
    assert.match(loaded.problems[0].message, /geen geldige CSV/);
    assert.equal(parseRegister('zaaknummer,onderwerp,ingezonden\n2024Z00025,a,3 januari\n', 'r.csv').problems[0].line, 2);
  });

  it('looks up and completes by zaaknummer, newest first', () => {
    const register = new Register(parseRegister(readFileSync(join(repoRoot, 'examples', 'register', 'register.json'), 'utf8'), 'r.json').entries);
    assert.equal(register.get('2024Z00025')?.onsKenmerk, '5222646');
    assert.deepEqual(register.withPrefix('2021Z', 10).map((e) => e.zaaknummer), ['2021Z19796', '2021Z16201']);
  });
});
