import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import fc from 'fast-check';
import { Register, type RegisterLoad } from '../../server/src/service';
import { parseRegister, parseRegisterJson, parseRegisterJsonWhole, parseRegisterPausing } from '../../server/src/service/lookup/register';
import { RegisterRows, RegisterRowsBuilder } from '../../server/src/service/lookup/registerRows';
import { repoRoot } from '../helpers/paths';
import { dutch } from '../helpers/draft';

describe('register of earlier questions', () => {
  it('reads the example JSON and CSV registers', () => {
    for (const file of ['register.json', 'register.csv']) {
      const path = join(repoRoot, 'examples', 'register', file);
      const loaded = parseRegister(readFileSync(path, 'utf8'), path, dutch);
      assert.deepEqual(loaded.problems, [], file);
      assert.ok(loaded.entries.length >= 2, file);
    }
    const csv = parseRegister(readFileSync(join(repoRoot, 'examples', 'register', 'register.csv'), 'utf8'), 'register.csv', dutch).entries.at(0);
    assert.deepEqual(csv.indieners, [{ naam: 'Van Nispen', partij: 'SP' }]);
    assert.equal(csv.aanhangsel?.citatie, 'Aanhangsel Handelingen, vergaderjaar 2024-2025, nr. 599');
  });

  it('names the file and line of malformed JSON, and keeps the good entries of a partly wrong one', () => {
    assert.deepEqual(parseRegister('[\n  {"zaaknummer": "2024Z00025",}\n  {"zaaknummer"\n]', 'r.json', dutch).problems[0].line, 3);
    const partly = parseRegister('[\n{"zaaknummer": "2024Z00025"},\n{"zaaknummer": "2024Z0025"},\n{"onderwerp": "x"}\n]', 'r.json', dutch);
    assert.equal(partly.entries.length, 1);
    assert.deepEqual(partly.problems.map((p) => [p.line, p.message]), [[3, "zaaknummer '2024Z0025' heeft niet de vorm 2024Z00025"], [4, 'het veld zaaknummer ontbreekt']]);
  });

  it('names the line of a malformed CSV record', () => {
    const loaded = parseRegister('zaaknummer,onderwerp\n2024Z00025,a\n2024Z00026,"b,c\n', 'r.csv', dutch);
    assert.deepEqual(loaded.problems.map((p) => p.line), [3]);
    assert.match(loaded.problems[0].message, /geen geldige CSV-rij/);
    assert.deepEqual(loaded.entries.toArray().map((e) => e.zaaknummer), ['2024Z00025']);
    assert.equal(parseRegister('zaaknummer,onderwerp,ingezonden\n2024Z00025,a,3 januari\n', 'r.csv', dutch).problems[0].line, 2);
  });
  it('looks up and completes by zaaknummer, newest first', () => {
    const register = new Register(parseRegister(readFileSync(join(repoRoot, 'examples', 'register', 'register.json'), 'utf8'), 'r.json', dutch).entries);
    assert.equal(register.get('2024Z00025')?.onsKenmerk, '5222646');
    assert.deepEqual(register.withPrefix('2021Z', 10).map((e) => e.zaaknummer), ['2021Z19796', '2021Z16201']);
  });

  it('keeps, of a zaaknummer listed twice, the later entry, across registers too', () => {
    const first = parseRegister('[{"zaaknummer": "2024Z00002", "onderwerp": "eerst"}, {"zaaknummer": "2024Z00001", "onderwerp": "a"}]', 'een.json', dutch).entries;
    const second = parseRegister('zaaknummer,onderwerp\n2024Z00002,later\n2023Z00009,b\n', 'twee.csv', dutch).entries;
    const register = new Register([first, second]);
    assert.equal(register.size, 3);
    assert.equal(register.get('2024Z 00002')?.onderwerp, 'later');
    assert.equal(register.get('2024Z00002')?.source, 'twee.csv:2');
    assert.deepEqual(register.withPrefix('20', 10).map((e) => e.zaaknummer), ['2024Z00002', '2024Z00001', '2023Z00009']);
    assert.equal(register.get('2024Z0002'), undefined);
    assert.equal(new Register().get('2024Z00002'), undefined);
  });

  const zaken = (loaded: RegisterLoad) => loaded.entries.toArray().map((e) => e.zaaknummer);

  it('keeps every good entry around a JSON syntax error, and reads a file with a byte order mark', () => {
    const broken = parseRegister('[\n{"zaaknummer": "2024Z00001"},\n{"zaaknummer": "2024Z00002",, "onderwerp": "x"}\n{"zaaknummer": "2024Z00003"}\n]', 'r.json', dutch);
    assert.deepEqual(zaken(broken), ['2024Z00001', '2024Z00002', '2024Z00003']);
    assert.deepEqual(broken.problems.map((p) => p.line), [3, 4], 'a comma too many on line 3, one missing before line 4');
    const truncated = parseRegister('{"entries": [\n{"zaaknummer": "2024Z00001"},\n{"zaaknummer": "2024Z00002"', 'r.json', dutch);
    assert.deepEqual(zaken(truncated), ['2024Z00001', '2024Z00002']);
    assert.ok(truncated.problems.length > 0);
    const bom = parseRegister('\ufeff[{"zaaknummer": "2024Z00001"}]', 'r.json', dutch);
    assert.deepEqual([zaken(bom), bom.problems], [['2024Z00001'], []]);
    const bomCsv = parseRegister('\ufeffzaaknummer,onderwerp\n2024Z00001,a\n', 'r.csv', dutch);
    assert.deepEqual([zaken(bomCsv), bomCsv.problems], [['2024Z00001'], []]);
  });

  it('skips a CSV row with a column too many or a stray quote, and reads the rows after an unclosed quote', () => {
    const extra = parseRegister('zaaknummer,onderwerp\n2024Z00001,a\n2024Z00002,b,c\n2024Z00003,d\n', 'r.csv', dutch);
    assert.deepEqual([zaken(extra), extra.problems.map((p) => p.line)], [['2024Z00001', '2024Z00003'], [3]]);
    const unclosed = parseRegister('zaaknummer,onderwerp\n2024Z00001,a\n2024Z00002,"b\n2024Z00003,d\n2024Z00004,"e\n2024Z00005,f\n', 'r.csv', dutch);
    assert.deepEqual([zaken(unclosed), unclosed.problems.map((p) => p.line)], [['2024Z00001', '2024Z00003', '2024Z00005'], [3, 5]]);
    const multiline = parseRegister('zaaknummer,onderwerp\n2024Z00001,"a\nb"\n2024Z00003,d\n', 'r.csv', dutch);
    assert.deepEqual([zaken(multiline), multiline.problems], [['2024Z00001', '2024Z00003'], []]);
  });

  it('quotes no file contents in its messages but the offending value', () => {
    const loaded = parseRegister('zaaknummer,wachtwoord\n2024Z00001,"geheim"x\n', 'r.csv', dutch);
    assert.ok(loaded.problems.every((p) => !p.message.includes('geheim')), JSON.stringify(loaded.problems));
  });

  it('loads a register of a million entries', function () {
    this.timeout(60000);
    const zaak = (i: number) => `20${10 + Math.floor(i / 100000)}Z${String(i % 100000).padStart(5, '0')}`;
    const million = Array.from({ length: 1_000_000 }, (_, i) => ({ zaaknummer: zaak(i), onderwerp: `onderwerp ${i}` }));
    const loaded = parseRegister(JSON.stringify(million), 'groot.json', dutch);
    assert.equal(loaded.entries.length, 1_000_000);
    const register = new Register(loaded.entries);
    assert.equal(register.size, 1_000_000);
    assert.deepEqual(register.withPrefix('2019Z9999', 3).map((e) => e.zaaknummer), ['2019Z99999', '2019Z99998', '2019Z99997']);
    const rows = ['zaaknummer,onderwerp', ...million.slice(0, 100_000).map((e) => `${e.zaaknummer},${e.onderwerp}`)];
    assert.equal(parseRegister(rows.join('\n'), 'groot.csv', dutch).entries.length, 100_000);
  });
});

describe('register: the one-pass JSON reader', () => {
  const zaak = fc.tuple(fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 0, max: 99999 })).map(([year, n]) => `${year}Z${String(n).padStart(5, '0')}`);
  const anyValue = fc.oneof(fc.string(), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null), fc.array(fc.string(), { maxLength: 3 }), fc.dictionary(fc.string(), fc.string(), { maxKeys: 3 }));
  const entry = fc.record(
    {
      zaaknummer: fc.oneof(zaak, zaak.map((z) => ` ${z} `), zaak.map((z) => `${z.slice(0, 5)} ${z.slice(5)}`), fc.string()),
      onderwerp: fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.integer()),
      indieners: fc.oneof(fc.string(), fc.array(fc.oneof(fc.string(), fc.record({ naam: fc.string(), partij: anyValue }, { requiredKeys: ['naam'] }), anyValue), { maxLength: 3 })),
      ministeries: fc.oneof(fc.string(), fc.array(anyValue, { maxLength: 3 })),
      ingezonden: fc.oneof(fc.constant('2024-01-03'), fc.string()),
      aanhangsel: fc.oneof(fc.string(), fc.record({ citatie: anyValue, id: anyValue }, { requiredKeys: [] }), anyValue),
      aanhangselId: anyValue,
      onsKenmerk: anyValue,
      overig: anyValue,
      __proto__: anyValue,
    },
    { requiredKeys: ['zaaknummer'] },
  );
  const asRegister = fc.tuple(fc.array(entry, { maxLength: 6 }), fc.boolean(), fc.constantFrom(undefined, 1, '\t')).map(([entries, wrapped, indent]) => JSON.stringify(wrapped ? { versie: 1, entries } : entries, null, indent));
  const same = (text: string) => {
    const fast = parseRegisterJson(text, 'r.json', dutch);
    const whole = parseRegisterJsonWhole(text, 'r.json', dutch);
    assert.deepEqual([fast.entries.toArray(), fast.problems], [whole.entries.toArray(), whole.problems]);
  };

  it('reads exactly what JSON.parse reads, entries and problems alike', () => {
    fc.assert(fc.property(asRegister, same), { numRuns: 2000 });
  });

  it('refuses what JSON.parse refuses: the same text with a character cut out or put in', () => {
    fc.assert(
      fc.property(asRegister, fc.nat(), fc.constantFrom('', ',', '"', '\\', '\n', '\u0001', '}', ']', '0', ' '), (text, at, inserted) => {
        const place = at % (text.length + 1);
        same(text.slice(0, place) + inserted + text.slice(place + (inserted === '' ? 1 : 0)));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads escapes, numbers and keys spelled with escapes as JSON.parse does', () => {
    for (const text of [
      '[{"zaaknummer": "2024Z00001", "onderwerp": "a\\"b\\\\c\\u00e9\\n"}]',
      '[{"zaak\\u006eummer": "2024Z00002", "onder\\u0077erp": "x"}]',
      '[{"zaaknummer": 2024, "onderwerp": -1.5e3}]',
      '{"entries": [], "entries": [{"zaaknummer": "2024Z00003"}]}',
      '[{"zaaknummer": "2024Z00004"}] x',
      '[{"zaaknummer": "2024Z00005", "onderwerp": "tab\there"}]',
      '  [ ]  ',
    ]) same(text);
  });
});

describe('register: read while the server stays responsive', () => {
  it('pauses between slices of a large JSON register and reads what parseRegister reads', async () => {
    const entries = Array.from({ length: 9000 }, (_, i) => ({ zaaknummer: `2024Z${String(i).padStart(5, '0')}`, onderwerp: `onderwerp ${i}` }));
    const text = JSON.stringify({ entries });
    let pauses = 0;
    const pausing = await parseRegisterPausing(text, 'r.json', async () => {
      pauses++;
    }, dutch);
    assert.ok(pauses >= 4, `${pauses} pauses`);
    assert.deepEqual(pausing.entries.toArray(), parseRegister(text, 'r.json', dutch).entries.toArray());
    const broken = `${text.slice(0, -3)},]}`;
    assert.deepEqual((await parseRegisterPausing(broken, 'r.json', async () => undefined, dutch)).problems, parseRegister(broken, 'r.json', dutch).problems);
  });
});

describe('register: compact rows', () => {
  it('give back every entry exactly as it was added', () => {
    const text = fc.option(fc.string({ unit: 'grapheme' }), { nil: undefined });
    const entry = fc.record({
      zaaknummer: fc.string(),
      onderwerp: fc.string(),
      indieners: fc.array(fc.record({ naam: fc.string(), partij: fc.string() }, { requiredKeys: ['naam'] }), { maxLength: 3 }),
      ministeries: fc.array(fc.string(), { maxLength: 3 }),
      ingezonden: text,
      beantwoord: text,
      aanhangsel: fc.option(fc.record({ citatie: text, id: text }), { nil: undefined }),
      onsKenmerk: text,
    });
    fc.assert(
      fc.property(fc.array(fc.tuple(entry, fc.nat({ max: 5 })), { maxLength: 8 }), (entries) => {
        const builder = new RegisterRowsBuilder('r.csv');
        for (const [e, line] of entries) builder.add(e, line);
        const rows = RegisterRows.build(builder);
        assert.equal(rows.length, entries.length);
        // (fast-check's records have no prototype; the rows give plain objects)
        const plain = (e: (typeof entries)[number][0]) => ({ ...e, indieners: e.indieners.map((i) => ({ ...i })), aanhangsel: e.aanhangsel && { ...e.aanhangsel } });
        entries.forEach(([e, line], i) => assert.deepEqual(rows.at(i), { ...plain(e), source: line > 0 ? `r.csv:${line}` : 'r.csv' }));
      }),
      { numRuns: 1000 },
    );
  });

  it('give back the entries around the places where their texts are stored apart', () => {
    const builder = new RegisterRowsBuilder('r.json');
    const entry = (i: number) => ({ zaaknummer: `2024Z${String(i).padStart(5, '0')}`, onderwerp: i % 7 === 0 ? '' : `onderwerp ${i}`, indieners: [{ naam: `lid ${i}` }], ministeries: [], ingezonden: undefined, beantwoord: undefined, aanhangsel: undefined, onsKenmerk: i % 3 === 0 ? undefined : `k${i}` });
    for (let i = 0; i < 20_000; i++) builder.add(entry(i), 0);
    const rows = RegisterRows.build(builder);
    for (let i = 0; i < 20_000; i++) assert.deepEqual(rows.at(i), { ...entry(i), source: 'r.json' });
  });

  it('never crashes on a property broken off by a syntax error', () => {
    const loaded = parseRegister('[{"zaaknummer": "2024Z00001", "indieners": [{"naam": "a", "partij": }]},\n{"zaaknummer": "2024Z00002"}]', 'r.json', dutch);
    assert.deepEqual(loaded.entries.toArray().map((e) => e.zaaknummer), ['2024Z00001', '2024Z00002']);
    assert.ok(loaded.problems.length > 0);
  });
});
