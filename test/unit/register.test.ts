import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import fc from 'fast-check';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as jsoncParse, parseTree, type Node, type ParseError } from 'jsonc-parser';
import { Register, type RegisterEntry, type RegisterLoad, type RegisterProblem } from '../../server/src/service';
import { parseRegister, parseRegisterPausing } from '../../server/src/service/lookup/register';
import { toEntry, type RawEntry } from '../../server/src/service/lookup/registerEntry';
import { RegisterRows, RegisterRowsBuilder } from '../../server/src/service/lookup/registerRows';
import { dutch } from '../helpers/draft';
import { repoRoot } from '../helpers/paths';

const zaken = (loaded: RegisterLoad) => loaded.entries.toArray().map((e) => e.zaaknummer);

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

  it('takes a zaaknummer and a date only in their exact forms', () => {
    const good = ['2024Z00025', '2024Z 00025', ' 2099Z99999 '];
    const bad = ['2024Z0025', '1999Z00025', '2024z00025', '2024Z000255', '20a4Z00025', '2024Z  0025', '2024 Z00025', '2024Z0002a'];
    const loaded = parseRegister(['zaaknummer', ...good, ...bad].join('\n'), 'r.csv', dutch);
    assert.deepEqual(zaken(loaded), ['2024Z00025', '2024Z00025', '2099Z99999']);
    assert.deepEqual(loaded.problems.map((p) => p.line), bad.map((_, i) => good.length + 2 + i));
    const dates = parseRegister('zaaknummer,ingezonden,beantwoord\n2024Z00001,2024-01-03,\n2024Z00002,2024-1-03,\n2024Z00003,,2024/01/03\n2024Z00004,2024-01-0x,\n', 'r.csv', dutch);
    assert.deepEqual([zaken(dates), dates.problems.map((p) => p.line)], [['2024Z00001'], [3, 4, 5]]);
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

describe('register: the JSON reader', () => {
  it('keeps the entry after one with an unterminated string, and says which line is wrong (issue 18.7)', () => {
    const loaded = parseRegister('[\n{"zaaknummer": "2024Z00001", "onderwerp": "open},\n{"zaaknummer": "2024Z00002"},\n{"zaaknummer": "2024Z00003"}\n]', 'r.json', dutch);
    assert.deepEqual(zaken(loaded), ['2024Z00001', '2024Z00002', '2024Z00003']);
    assert.deepEqual(loaded.problems, [{ file: 'r.json', line: 2, message: 'een tekst tussen aanhalingstekens is niet afgesloten: het sluitende " ontbreekt op deze regel' }]);
    // the same within a field's list, and with a brace left out instead
    const inList = parseRegister('[\n{"zaaknummer": "2024Z00001", "ministeries": ["BZK],\n{"zaaknummer": "2024Z00002"}\n]', 'r.json', dutch);
    assert.deepEqual([zaken(inList), inList.problems.map((p) => p.line)], [['2024Z00001', '2024Z00002'], [2]]);
    const noBrace = parseRegister('[\n{"zaaknummer": "2024Z00001",\n{"zaaknummer": "2024Z00002"}\n]', 'r.json', dutch);
    assert.deepEqual([zaken(noBrace), noBrace.problems.map((p) => [p.line, p.message])], [['2024Z00001', '2024Z00002'], [[3, 'hier begint een nieuwe zaak, maar de vorige is niet afgesloten: een } ontbreekt']]]);
  });

  it('reads nesting 100,000 levels deep without overflowing the stack, and keeps every entry (issue 18.7)', () => {
    const deep = (open: string, close: string) => open.repeat(100_000) + close.repeat(100_000);
    const deepObject = `${'{"a": '.repeat(100_000)}1${'}'.repeat(100_000)}`;
    const text = `[\n{"zaaknummer": "2024Z00001"},\n{"zaaknummer": "2024Z00002", "overig": ${deep('[', ']')}, "indieners": ${deep('[', ']')}},\n{"zaaknummer": "2024Z00003", "aanhangsel": ${deepObject}},\n${deep('[', ']')},\n{"zaaknummer": "2024Z00004"}\n]`;
    const loaded = parseRegister(text, 'diep.json', dutch);
    assert.deepEqual(zaken(loaded), ['2024Z00001', '2024Z00002', '2024Z00003', '2024Z00004']);
    assert.deepEqual(loaded.problems.map((p) => p.line), [5], 'the nested list where an entry should be');
    const unclosed = parseRegister(`[\n{"zaaknummer": "2024Z00001"},\n{"zaaknummer": "2024Z00002", "overig": ${'['.repeat(100_000)}\n`, 'diep.json', dutch);
    assert.deepEqual([zaken(unclosed), unclosed.problems], [['2024Z00001', '2024Z00002'], [{ file: 'diep.json', line: 3, message: 'het bestand houdt op voordat alle [ en { zijn afgesloten' }]]);
  });

  it('gives each entry its line, and each problem its own line in Dutch', () => {
    const loaded = parseRegister('{\n  "versie": 1,\n  "entries": [\n    {\n      "zaaknummer": "2024Z00001"\n    },\n    {"zaaknummer": "2024Z00002", "ingezonden": "3 jan"},\n    42,\n    {"zaaknummer": tru}\n  ]\n}\n', 'r.json', dutch);
    assert.deepEqual(loaded.entries.toArray().map((e) => e.source), ['r.json:4']);
    assert.deepEqual(loaded.problems.map((p) => [p.line, p.message]), [
      [7, "ingezonden '3 jan' is geen datum als 2024-01-03"],
      [8, 'een zaak moet een object zijn'],
      [9, "'tru' is geen JSON: een tekst moet tussen dubbele aanhalingstekens staan"],
    ]);
    assert.equal(loaded.problemLines, 3);
  });

  it('allows comments and trailing commas, as VS Code does in its own JSON files', () => {
    const loaded = parseRegister('// register\n[\n  /* eerste */ {"zaaknummer": "2024Z00001", "onderwerp": "a",},\n  {"zaaknummer": "2024Z00002"},\n]\n', 'r.json', dutch);
    assert.deepEqual([zaken(loaded), loaded.problems], [['2024Z00001', '2024Z00002'], []]);
    assert.deepEqual(parseRegister('[{"zaaknummer": "2024Z00001"} /* niet afgesloten', 'r.json', dutch).problems.map((p) => p.message), ['commentaar /* … is niet afgesloten met */']);
  });

  it('keeps reading after a ] too many, or a [ put in by mistake', () => {
    const extra = parseRegister('[\n{"zaaknummer": "2024Z00001"}\n],\n{"zaaknummer": "2024Z00002"}\n]', 'r.json', dutch);
    assert.deepEqual([zaken(extra), extra.problems.map((p) => p.line)], [['2024Z00001', '2024Z00002'], [3]]);
    const nested = parseRegister('[\n{"zaaknummer": "2024Z00001"},\n[{"zaaknummer": "2024Z00002"},\n{"zaaknummer": "2024Z00003"}\n]', 'r.json', dutch);
    assert.deepEqual([zaken(nested), nested.problems.map((p) => p.line)], [['2024Z00001', '2024Z00002', '2024Z00003'], [3, 5]]);
  });

  it('says what is wrong with a file that holds no list of entries', () => {
    const message = (text: string) => parseRegister(text, 'r.json', dutch).problems.map((p) => [p.line, p.message]);
    assert.deepEqual(message(''), [[1, 'het register is leeg']]);
    assert.deepEqual(message('\n\n"zaken"'), [[3, "verwacht een lijst van zaken, of een object met 'entries'"]]);
    assert.deepEqual(message('{"versie": 1}'), [[1, "verwacht een lijst van zaken, of een object met 'entries'"]]);
    assert.deepEqual(message('[]\n42'), [[2, 'de lijst van zaken gaat hier nog door: er staat een ] te veel boven deze regel']]);
    assert.deepEqual(message('{"entries": []}\n[]'), [[2, 'na het einde van de lijst staat nog tekst']]);
  });

  it('keeps the first 1,000 problems and counts the rest', () => {
    const lines = Array.from({ length: 5000 }, (_, i) => `{"zaaknummer": "fout ${i}"},`);
    const loaded = parseRegister(`[\n${lines.join('\n')}\n{"zaaknummer": "2024Z00001"}\n]`, 'r.json', dutch);
    assert.deepEqual([zaken(loaded), loaded.problems.length, loaded.problems[999].line, loaded.problemLines], [['2024Z00001'], 1000, 1001, 5000]);
  });

  // The reference: JSON.parse for the values, jsonc-parser's tree for the lines. A list within
  // the list is read as a list of entries too.
  function reference(text: string, file: string): { entries: RegisterEntry[]; problems: RegisterProblem[] } {
    const data = JSON.parse(text) as unknown;
    const tree = parseTree(text)!;
    const lineOf = (offset: number) => text.slice(0, offset).split('\n').length;
    const rows = new RegisterRowsBuilder(file);
    const problems = new Map<number, string>();
    const problem = (line: number, message: string) => problems.has(line) || problems.set(line, message);
    const readList = (list: unknown[], nodes: Node[]) =>
      list.forEach((item, i) => {
        const line = lineOf(nodes[i].offset);
        if (Array.isArray(item)) {
          problem(line, 'een zaak moet een object zijn');
          return readList(item, nodes[i].children!);
        }
        const entry = typeof item === 'object' && item !== null ? toEntry(item as RawEntry, dutch) : 'een zaak moet een object zijn';
        if (typeof entry === 'string') problem(line, entry);
        else rows.add(entry, line);
      });
    const entriesNode = tree.type === 'object' ? tree.children!.filter((p) => p.children![0].value === 'entries').pop()?.children![1] : undefined; // JSON.parse keeps the last
    if (Array.isArray(data)) readList(data, tree.children!);
    else if (entriesNode?.type === 'array') readList((data as { entries: unknown[] }).entries, entriesNode.children!);
    else problem(entriesNode ? lineOf(entriesNode.offset) : lineOf(tree.offset), "verwacht een lijst van zaken, of een object met 'entries'");
    return { entries: RegisterRows.build(rows).toArray(), problems: [...problems].sort((a, b) => a[0] - b[0]).map(([line, message]) => ({ file, line, message })) };
  }

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
      uitgesteld: fc.oneof(fc.constant('2024-02-22'), anyValue),
      overig: anyValue,
      __proto__: anyValue,
    },
    { requiredKeys: ['zaaknummer'] },
  );
  const items = fc.array(fc.oneof({ weight: 9, arbitrary: entry }, { weight: 1, arbitrary: anyValue }), { maxLength: 6 });
  const asRegister = fc.tuple(items, fc.boolean(), fc.constantFrom(undefined, 1, '\t')).map(([entries, wrapped, indent]) => JSON.stringify(wrapped ? { versie: 1, entries } : entries, null, indent));
  const readAs = (text: string) => {
    const loaded = parseRegister(text, 'r.json', dutch);
    return { entries: loaded.entries.toArray(), problems: loaded.problems };
  };

  it('reads exactly what JSON.parse reads, entries, lines and problems alike', () => {
    fc.assert(fc.property(asRegister, (text) => assert.deepEqual(readAs(text), reference(text, 'r.json'))), { numRuns: 2000 });
  });

  it('reports a problem exactly where jsonc-parser finds an error: the same text with a character cut out or put in', () => {
    fc.assert(
      fc.property(asRegister, fc.nat(), fc.constantFrom('', ',', '"', '\\', '\n', '\u0001', '}', ']', '{', '[', ':', '0', ' ', 'x'), (text, at, inserted) => {
        const place = at % (text.length + 1);
        const changed = text.slice(0, place) + inserted + text.slice(place + (inserted === '' ? 1 : 0));
        const errors: ParseError[] = [];
        jsoncParse(changed, errors, { allowTrailingComma: true });
        const read = readAs(changed);
        if (errors.length > 0) assert.ok(read.problems.length > 0, `no problem reported for ${JSON.stringify(changed)}`);
        else {
          let strict = true;
          try {
            JSON.parse(changed);
          } catch {
            strict = false; // a trailing comma: allowed
          }
          if (strict) assert.deepEqual(read, reference(changed, 'r.json'));
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps every entry on the other lines when one line is broken', () => {
    const line = fc.record({ zaaknummer: zaak, onderwerp: fc.string(), indieners: fc.array(fc.record({ naam: fc.string(), partij: fc.string() }), { maxLength: 2 }), aanhangsel: fc.record({ citatie: fc.string() }) });
    fc.assert(
      fc.property(fc.array(line, { minLength: 2, maxLength: 6 }), fc.nat(), fc.nat(), fc.constantFrom('', ',', '"', '\\', '\n', '}', ']', '{', '[', ':', ' ', 'x', '/'), (entries, which, at, inserted) => {
        const lines = entries.map((e, i) => `${JSON.stringify(e)}${i < entries.length - 1 ? ',' : ''}`);
        const broken = which % lines.length;
        const place = at % lines[broken].length;
        lines[broken] = lines[broken].slice(0, place) + inserted + lines[broken].slice(place + (inserted === '' ? 1 : 0));
        const read = parseRegister(`[\n${lines.join('\n')}\n]\n`, 'r.json', dutch).entries.toArray();
        for (const [i, e] of entries.entries()) {
          if (i === broken) continue;
          const found = read.find((r) => r.source === `r.json:${i + 2 + (i > broken ? lines[broken].split('\n').length - 1 : 0)}`);
          assert.equal(found?.zaaknummer, e.zaaknummer, `entry ${i} of ${JSON.stringify(lines)}`);
          assert.equal(found?.onderwerp, e.onderwerp.trim());
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps the next entries when broken text opens a list and a comment: "citatie":" [/* " after a lost quote', () => {
    // the quote after "indieners" lost: the rest of the line is read as keys and values, its [ opens a list and its /* a comment
    const text = [
      '[',
      '{"zaaknummer":"2024Z00001","onderwerp":"","indieners:[],"aanhangsel":{"citatie":" [/* "}},',
      '{"zaaknummer":"2024Z00002","onderwerp":"b","indieners":[],"aanhangsel":{"citatie":""}},',
      '{"zaaknummer":"2024Z00003","onderwerp":"c","indieners":[],"aanhangsel":{"citatie":""}}',
      ']',
      '',
    ].join('\n');
    const read = parseRegister(text, 'r.json', dutch).entries.toArray();
    assert.deepEqual(read.filter((e) => e.zaaknummer !== '2024Z00001').map((e) => [e.zaaknummer, e.onderwerp, e.source]), [['2024Z00002', 'b', 'r.json:3'], ['2024Z00003', 'c', 'r.json:4']]);
  });

  it('reads escapes, numbers and keys spelled with escapes as JSON.parse does', () => {
    for (const text of [
      '[{"zaaknummer": "2024Z00001", "onderwerp": "a\\"b\\\\c\\u00e9\\n"}]',
      '[{"zaak\\u006eummer": "2024Z00002", "onder\\u0077erp": "x", "indieners": [{"na\\u0061m": "y"}]}]',
      '[{"zaaknummer": 2024, "onderwerp": -1.5e3}]',
      '{"entries": [], "entries": [{"zaaknummer": "2024Z00003"}]}',
      '[{"zaaknummer": "2024Z00005", "onderwerp": "tab\\there"}]',
      '[{"zaaknummer": "2024Z00006", "indieners": [{"naam": "a", "__proto__": {"naam": "b"}}, {"__proto__": {"naam": "c"}}]}]',
      '  [ ]  ',
    ]) assert.deepEqual(readAs(text), reference(text, 'r.json'), text);
    assert.deepEqual(readAs('[{"zaaknummer": "2024Z00005", "onderwerp": "tab\there"}]').problems.map((p) => p.message), ['een tab of een ander stuurteken staat los in een tekst; JSON schrijft het met een backslash']);
  });

  it('reads escapes far apart in a long register as JSON.parse does (the search for a backslash goes a window at a time)', () => {
    // some 400 kB of one line: escapes tens of kilobytes apart, in any field of an entry
    const escape = fc.constantFrom('\\"', '\\\\', '\\n', '\\u00e9', '\\t');
    const marked = fc.array(fc.tuple(fc.nat(199), fc.constantFrom('zaaknummer', 'onderwerp', 'naam'), escape), { minLength: 1, maxLength: 6 });
    const filler = 'x'.repeat(2000);
    fc.assert(
      fc.property(marked, (marks) => {
        const mark = (i: number, field: string) => marks.filter(([at, where]) => at === i && where === field).map(([, , what]) => what).join('');
        const entries = Array.from({ length: 200 }, (_, i) => `{"zaaknummer": "2024Z${String(i).padStart(5, '0')}${mark(i, 'zaaknummer')}", "onderwerp": "${filler} ${mark(i, 'onderwerp')}${i}", "indieners": [{"naam": "Lid ${mark(i, 'naam')}${i}"}]}`);
        const text = `[${entries.join(',')}]`;
        assert.deepEqual(readAs(text), reference(text, 'r.json'));
      }),
      { numRuns: 30 },
    );
  });
});

describe('register: the CSV reader', () => {
  const field = fc.oneof(fc.string(), fc.constantFrom('a,b', 'a;b', 'a "b" c', 'regel\neen', 'regel\r\ntwee', ' spatie ', '', '"'));
  const rows = fc.array(fc.tuple(fc.integer({ min: 0, max: 99999 }), field, field, field), { maxLength: 8 });
  const quote = (value: string) => (/[",;\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

  it('reads exactly what csv-parse reads from valid CSV, with either separator and either line break', () => {
    fc.assert(
      fc.property(rows, fc.constantFrom(',', ';'), fc.constantFrom('\n', '\r\n'), (records, separator, lineBreak) => {
        const text = [['zaaknummer', 'onderwerp', 'overig', 'ministeries'], ...records.map(([n, a, b, c]) => [`2024Z${String(n).padStart(5, '0')}`, a, b, c])].map((r) => r.map(quote).join(separator)).join(lineBreak);
        const expected = (parseCsv(text, { columns: true, delimiter: separator, skip_empty_lines: true, relax_column_count: false }) as Array<Record<string, string>>).map((record) => toEntry(record as unknown as RawEntry, dutch));
        const loaded = parseRegister(text, 'r.csv', dutch);
        assert.deepEqual(loaded.problems, []);
        assert.deepEqual(loaded.entries.toArray().map(({ source, ...e }) => (void source, e)), expected);
      }),
      { numRuns: 1000 },
    );
  });

  it('gives each row the line it begins on', () => {
    const loaded = parseRegister('zaaknummer,onderwerp\n\n2024Z00001,"twee\nregels"\n2024Z00002,b\r\n2024Z00003,c', 'r.csv', dutch);
    assert.deepEqual(loaded.entries.toArray().map((e) => e.source), ['r.csv:3', 'r.csv:5', 'r.csv:6']);
  });

  it('says so when the header names no zaaknummer column, once', () => {
    const loaded = parseRegister('nummer,onderwerp\n2024Z00001,a\n2024Z00002,b\n', 'r.csv', dutch);
    assert.deepEqual(loaded.problems.map((p) => [p.line, p.message]), [[1, "de kopregel noemt geen kolom 'zaaknummer'; het register wordt niet gelezen"]]);
  });

  it('keeps every row on the other lines when one line is broken', () => {
    fc.assert(
      fc.property(fc.array(fc.string().filter((s) => !/[\r\n]/.test(s)), { minLength: 2, maxLength: 6 }), fc.nat(), fc.nat(), fc.constantFrom('', ',', '"', '\n', 'x'), (subjects, which, at, inserted) => {
        const lines = subjects.map((s, i) => `2024Z${String(i).padStart(5, '0')},${quote(s)}`);
        const broken = which % lines.length;
        const place = at % lines[broken].length;
        lines[broken] = lines[broken].slice(0, place) + inserted + lines[broken].slice(place + (inserted === '' ? 1 : 0));
        const read = parseRegister(`zaaknummer,onderwerp\n${lines.join('\n')}\n`, 'r.csv', dutch).entries.toArray();
        for (const [i, s] of subjects.entries()) {
          if (i === broken) continue;
          const found = read.find((r) => r.zaaknummer === `2024Z${String(i).padStart(5, '0')}`);
          assert.equal(found?.onderwerp, s.trim(), `row ${i} of ${JSON.stringify(lines)}`);
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe('register: read while the server stays responsive', () => {
  it('pauses between slices of a large JSON or CSV register and reads what parseRegister reads', async () => {
    const entries = Array.from({ length: 20_000 }, (_, i) => ({ zaaknummer: `2024Z${String(i).padStart(5, '0')}`, onderwerp: `onderwerp ${i}` }));
    const json = JSON.stringify({ entries });
    const csv = ['zaaknummer,onderwerp', ...entries.map((e) => `${e.zaaknummer},${e.onderwerp}`)].join('\n');
    for (const [text, file] of [[json, 'r.json'], [csv, 'r.csv'], [`${json.slice(0, -3)},]}`, 'r.json']]) {
      let pauses = 0;
      const pausing = await parseRegisterPausing(text, file, async () => {
        pauses++;
      }, dutch);
      assert.ok(pauses >= 3, `${file}: ${pauses} pauses`);
      const whole = parseRegister(text, file, dutch);
      assert.deepEqual([pausing.entries.toArray(), pausing.problems], [whole.entries.toArray(), whole.problems]);
    }
  });

  it('pauses within one huge value too', async () => {
    let pauses = 0;
    await parseRegisterPausing(`[{"zaaknummer": "2024Z00001", "overig": [${'1,'.repeat(200_000)}1]}]`, 'r.json', async () => {
      pauses++;
    }, dutch);
    assert.ok(pauses >= 3, `${pauses} pauses`);
  });
});

describe('register: the index', () => {
  it('finds every zaaknummer as a map of the entries in order would, the later of two kept, with or without pauses', async () => {
    const zaak = fc.tuple(fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 0, max: 99999 })).map(([year, n]) => `${year}Z${String(n).padStart(5, '0')}`);
    const table = fc.array(fc.tuple(fc.oneof(zaak, fc.constantFrom('2024Z00001', '2099Z99999', '2000Z00000')), fc.string()), { maxLength: 30 });
    await fc.assert(
      fc.asyncProperty(fc.array(table, { maxLength: 4 }), async (tables) => {
        const rows = tables.map((entries, t) => {
          const builder = new RegisterRowsBuilder(`${t}.json`);
          for (const [zaaknummer, onderwerp] of entries) builder.add({ zaaknummer, onderwerp, indieners: [], ministeries: [] }, 1);
          return RegisterRows.build(builder);
        });
        const expected = new Map<string, string>();
        for (const entries of tables) for (const [zaaknummer, onderwerp] of entries) expected.set(zaaknummer, onderwerp);
        const register = new Register(rows);
        let pauses = 0;
        const pausing = new Register();
        await pausing.replacePausing(rows, async () => {
          pauses++;
        });
        for (const built of [register, pausing]) {
          assert.equal(built.size, expected.size);
          for (const [zaaknummer, onderwerp] of expected) assert.equal(built.get(zaaknummer)?.onderwerp, onderwerp);
          assert.deepEqual(built.withPrefix('20', 1000).map((e) => e.zaaknummer), [...expected.keys()].sort().reverse());
        }
        assert.ok(pauses >= 2, 'pauses between its passes');
      }),
      { numRuns: 300 },
    );
  });

  it('keeps serving the registers before while the new index is built', async () => {
    const one = parseRegister('[{"zaaknummer": "2024Z00001"}]', 'een.json', dutch).entries;
    const two = parseRegister('[{"zaaknummer": "2024Z00002"}]', 'twee.json', dutch).entries;
    const register = new Register(one);
    await register.replacePausing([two], async () => {
      assert.ok(register.get('2024Z00001') && !register.get('2024Z00002'));
    });
    assert.ok(!register.get('2024Z00001') && register.get('2024Z00002'));
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
      uitgesteld: text,
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
    const entry = (i: number) => ({ zaaknummer: `2024Z${String(i).padStart(5, '0')}`, onderwerp: i % 7 === 0 ? '' : `onderwerp ${i}`, indieners: [{ naam: `lid ${i}` }], ministeries: [], ingezonden: undefined, beantwoord: undefined, aanhangsel: undefined, onsKenmerk: i % 3 === 0 ? undefined : `k${i}`, uitgesteld: i % 5 === 0 ? '2024-02-22' : undefined });
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
