import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import fc from 'fast-check';
import { Register, WorkspaceIndex } from '../../server/src/service';
import { searchEarlierAnswers } from '../../server/src/service/features/earlierAnswers';
import { registerFromOpenData } from '../../server/src/service/lookup/openData';
import { parseRegister } from '../../server/src/service/lookup/register';
import { RegisterRows, RegisterRowsBuilder } from '../../server/src/service/lookup/registerRows';
import { compareMatches, scoreText, searchTerms, searchText } from '../../server/src/service/lookup/search';
import { dutch } from '../helpers/draft';
import { repoRoot } from '../helpers/paths';

const fixtures = join(repoRoot, 'test', 'fixtures', 'opendata');
const pages = ['pagina-1.json', 'pagina-2.json', 'pagina-3.json'].map((name) => ({ file: name, text: readFileSync(join(fixtures, name), 'utf8') }));
const register = new Register(parseRegister(registerFromOpenData(pages, dutch).text, 'register.json', dutch).entries);
const search = (query: string, index?: WorkspaceIndex, uri?: string) => searchEarlierAnswers(query, { register, index, uri }, dutch);

describe('Eerder antwoord zoeken', () => {
  it('ranks by the words of the subject found, then how well, then the newest', () => {
    const found = search('stikstof piekbelasting');
    assert.deepEqual(found.map((a) => a.description), ['2023Z17001 · beantwoord 17 november 2023', '2024Z00208 · ingezonden 9 januari 2024']);
    assert.deepEqual(found[0], {
      label: 'Stikstofdepositie bij piekbelasting van veehouderijen',
      description: '2023Z17001 · beantwoord 17 november 2023',
      detail: 'H.J. Veenstra (BBB), M. Koster (CDA) · Aanhangsel Handelingen, vergaderjaar 2023-2024, nr. 402',
      insertText: 'Aanhangsel Handelingen, vergaderjaar 2023-2024, nr. 402',
    });
    // not yet answered: the zaaknummer is what a draft cites
    assert.deepEqual([found[1].insertText, found[1].detail], ['2024Z00208', 'L. Veenstra (BBB) · nog niet beantwoord']);
  });

  it('finds by asker, newest first when they match as well, and by zaaknummer, typed as it comes', () => {
    assert.deepEqual(search('Veenstra').map((a) => a.insertText), ['2024Z00208', 'Aanhangsel Handelingen, vergaderjaar 2023-2024, nr. 402']);
    assert.equal(search('2023Z17002')[0].insertText, 'Aanhangsel Handelingen, vergaderjaar 2023-2024, nr. 455');
    assert.equal(search('2023Z 17002')[0].insertText, 'Aanhangsel Handelingen, vergaderjaar 2023-2024, nr. 455');
    assert.deepEqual(search('2023Z17002 jeugdzorg').length, 1);
  });

  it('compares without case or accents, and leaves out words that tell nothing', () => {
    assert.deepEqual(searchTerms('Wachttijden in de JEUGDZORG, Financiën'), ['wachttijden', 'jeugdzorg', 'financien']);
    assert.deepEqual(searchTerms('de het'), ['de', 'het'], 'only common words: they are the query');
    assert.equal(searchTerms(Array.from({ length: 100 }, (_, i) => `woord${i}`).join(' ')).length, 12, 'a pasted paragraph is cut to its first twelve words');
    assert.equal(search('WACHTTIJDEN jeugdzorg')[0].description, '2023Z17002 · beantwoord 24 november 2023');
    assert.deepEqual(search('xyzzy'), []);
  });

  it('offers the workspace\'s drafts too, before the register\'s entry of the same zaak, never the draft being written', () => {
    const index = new WorkspaceIndex();
    const draft = (zaak: string, subject: string) => `Vragen van het lid Veenstra (BBB) aan de minister over ${subject} (ingezonden 2 oktober 2023, ${zaak}).\n\nVraag 1\nKlopt het?\n`;
    index.update('file:///werk/stikstof.kamervragen', draft('2023Z17001', 'stikstof bij piekbelasting'));
    index.update('file:///werk/nieuw.kamervragen', draft('2024Z09999', 'stikstof en piekbelasting opnieuw'));
    const found = search('stikstof piekbelasting', index, 'file:///werk/nieuw.kamervragen');
    assert.deepEqual(found.map((a) => a.uri ?? a.description), ['file:///werk/stikstof.kamervragen', '2024Z00208 · ingezonden 9 januari 2024']);
    assert.match(found[0].detail, /concept in de werkmap: stikstof\.kamervragen/);
    assert.equal(found[0].insertText, '2023Z17001');
  });

  it('says that an answer not yet given was postponed, and when', () => {
    const postponed = new Register(parseRegister('{"entries": [\n{"zaaknummer": "2024Z02222", "onderwerp": "Uitgestelde vragen over mest", "ingezonden": "2024-02-01", "uitgesteld": "2024-02-22"},\n{"zaaknummer": "2024Z02223", "onderwerp": "Beantwoorde vragen over mest", "ingezonden": "2024-02-01", "uitgesteld": "2024-02-22", "beantwoord": "2024-03-10"}\n]}', 'register.json', dutch).entries);
    const found = searchEarlierAnswers('mest', { register: postponed }, dutch);
    assert.deepEqual(found.map((a) => a.description), ['2024Z02223 · beantwoord 10 maart 2024', '2024Z02222 · ingezonden 1 februari 2024 · uitstel gemeld 22 februari 2024']);
    assert.equal(postponed.get('2024Z02222')?.uitgesteld, '2024-02-22');
  });

  it('lists the newest first when nothing is typed (answered, or else sent)', () => {
    assert.deepEqual(search('').map((a) => a.description), ['2024Z00107 · beantwoord 1 maart 2024', '2024Z00208 · ingezonden 9 januari 2024', '2023Z17002 · beantwoord 24 november 2023', '2023Z17001 · beantwoord 17 november 2023']);
  });

  it('finds in a large register what scoring every entry one by one finds, in the same order', () => {
    const words = ['stikstof', 'piek', 'piekbelasting', 'jeugdzorg', 'camera', 'Veenstra', 'Bakker', 'financiën', 'de', 'nr'];
    const entry = fc.record({
      zaak: fc.integer({ min: 0, max: 400 }),
      subject: fc.array(fc.constantFrom(...words), { maxLength: 5 }).map((w) => w.join(' ')),
      asker: fc.constantFrom(...words),
      date: fc.option(fc.constantFrom('2023-01-01', '2023-06-01', '2024-01-01'), { nil: undefined }),
      cited: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 60 }), fc.array(fc.constantFrom(...words, '2024Z00012', '2024z0001'), { minLength: 1, maxLength: 3 }), (entries, query) => {
        const builder = new RegisterRowsBuilder('r.json');
        for (const e of entries) {
          const zaaknummer = `2024Z${String(e.zaak).padStart(5, '0')}`;
          builder.add({ zaaknummer, onderwerp: e.subject, indieners: [{ naam: e.asker }], ministeries: [], beantwoord: e.date, aanhangsel: e.cited ? { citatie: `Aanhangsel Handelingen, vergaderjaar 2023-2024, nr. ${e.zaak}` } : undefined }, 1);
        }
        const large = new Register(RegisterRows.build(builder));
        const terms = searchTerms(query.join(' '));
        const expected = large
          .withPrefix('', 1000)
          .map((e) => ({ ...scoreText(searchText(e.onderwerp, e.indieners.map((i) => i.naam).join(', '), e.zaaknummer, e.aanhangsel?.citatie), terms), date: e.beantwoord ?? '', zaaknummer: e.zaaknummer }))
          .filter((m) => m.matched > 0)
          .sort(compareMatches)
          .map((m) => m.zaaknummer);
        assert.deepEqual(large.search(terms, 1000).map((m) => m.entry.zaaknummer), expected);
      }),
      { numRuns: 500 },
    );
  });
});
