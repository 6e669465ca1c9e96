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
    assert.deepEqual(loaded.problems.map((p) => p.line), [3]);
    assert.match(loaded.problems[0].message, /geen geldige CSV-rij/);
    assert.deepEqual(loaded.entries.map((e) => e.zaaknummer), ['2024Z00025']);
    assert.equal(parseRegister('zaaknummer,onderwerp,ingezonden\n2024Z00025,a,3 januari\n', 'r.csv').problems[0].line, 2);
  });
  it('looks up and completes by zaaknummer, newest first', () => {
    const register = new Register(parseRegister(readFileSync(join(repoRoot, 'examples', 'register', 'register.json'), 'utf8'), 'r.json').entries);
    assert.equal(register.get('2024Z00025')?.onsKenmerk, '5222646');
    assert.deepEqual(register.withPrefix('2021Z', 10).map((e) => e.zaaknummer), ['2021Z19796', '2021Z16201']);
  });

  const zaken = (loaded: { entries: Array<{ zaaknummer: string }> }) => loaded.entries.map((e) => e.zaaknummer);

  it('keeps every good entry around a JSON syntax error, and reads a file with a byte order mark', () => {
    const broken = parseRegister('[\n{"zaaknummer": "2024Z00001"},\n{"zaaknummer": "2024Z00002",, "onderwerp": "x"}\n{"zaaknummer": "2024Z00003"}\n]', 'r.json');
    assert.deepEqual(zaken(broken), ['2024Z00001', '2024Z00002', '2024Z00003']);
    assert.deepEqual(broken.problems.map((p) => p.line), [3, 4], 'a comma too many on line 3, one missing before line 4');
    const truncated = parseRegister('{"entries": [\n{"zaaknummer": "2024Z00001"},\n{"zaaknummer": "2024Z00002"', 'r.json');
    assert.deepEqual(zaken(truncated), ['2024Z00001', '2024Z00002']);
    assert.ok(truncated.problems.length > 0);
    const bom = parseRegister('\ufeff[{"zaaknummer": "2024Z00001"}]', 'r.json');
    assert.deepEqual([zaken(bom), bom.problems], [['2024Z00001'], []]);
    const bomCsv = parseRegister('\ufeffzaaknummer,onderwerp\n2024Z00001,a\n', 'r.csv');
    assert.deepEqual([zaken(bomCsv), bomCsv.problems], [['2024Z00001'], []]);
  });

  it('skips a CSV row with a column too many or a stray quote, and reads the rows after an unclosed quote', () => {
    const extra = parseRegister('zaaknummer,onderwerp\n2024Z00001,a\n2024Z00002,b,c\n2024Z00003,d\n', 'r.csv');
    assert.deepEqual([zaken(extra), extra.problems.map((p) => p.line)], [['2024Z00001', '2024Z00003'], [3]]);
    const unclosed = parseRegister('zaaknummer,onderwerp\n2024Z00001,a\n2024Z00002,"b\n2024Z00003,d\n2024Z00004,"e\n2024Z00005,f\n', 'r.csv');
    assert.deepEqual([zaken(unclosed), unclosed.problems.map((p) => p.line)], [['2024Z00001', '2024Z00003', '2024Z00005'], [3, 5]]);
    const multiline = parseRegister('zaaknummer,onderwerp\n2024Z00001,"a\nb"\n2024Z00003,d\n', 'r.csv');
    assert.deepEqual([zaken(multiline), multiline.problems], [['2024Z00001', '2024Z00003'], []]);
  });

  it('quotes no file contents in its messages but the offending value', () => {
    const loaded = parseRegister('zaaknummer,wachtwoord\n2024Z00001,"geheim"x\n', 'r.csv');
    assert.ok(loaded.problems.every((p) => !p.message.includes('geheim')), JSON.stringify(loaded.problems));
  });

  it('loads a register of a million entries', () => {
    const zaak = (i: number) => `20${10 + Math.floor(i / 100000)}Z${String(i % 100000).padStart(5, '0')}`;
    const million = Array.from({ length: 1_000_000 }, (_, i) => ({ zaaknummer: zaak(i), onderwerp: `onderwerp ${i}` }));
    const loaded = parseRegister(JSON.stringify(million), 'groot.json');
    assert.equal(loaded.entries.length, 1_000_000);
    const register = new Register(loaded.entries);
    assert.equal(register.size, 1_000_000);
    assert.deepEqual(register.withPrefix('2019Z9999', 3).map((e) => e.zaaknummer), ['2019Z99999', '2019Z99998', '2019Z99997']);
    const rows = ['zaaknummer,onderwerp', ...million.slice(0, 100_000).map((e) => `${e.zaaknummer},${e.onderwerp}`)];
    assert.equal(parseRegister(rows.join('\n'), 'groot.csv').entries.length, 100_000);
  });
});
