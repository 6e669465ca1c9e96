import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import fc from 'fast-check';
import { aanhangselOf, MAX_NAME, MAX_SUBJECT, readOpenData, registerFromOpenData, type OpenDataPage } from '../../server/src/service/lookup/openData';
import { parseRegister } from '../../server/src/service/lookup/register';
import { dutch } from '../helpers/draft';
import { repoRoot } from '../helpers/paths';

const fixtures = join(repoRoot, 'test', 'fixtures', 'opendata');
const page = (name: string): OpenDataPage => ({ file: name, text: readFileSync(join(fixtures, name), 'utf8') });
const pages = ['pagina-1.json', 'pagina-2.json', 'pagina-3.json', 'niet-json.json'].map(page);

describe('a register from the Kamer\'s open data', () => {
  it('reads every field of the fixture pages right, merging a Zaak that two pages carry', () => {
    const read = readOpenData(pages, dutch);
    assert.equal(read.items, 10);
    assert.deepEqual(read.entries, [
      {
        zaaknummer: '2023Z17001',
        onderwerp: 'Stikstofdepositie bij piekbelasting van veehouderijen',
        indieners: [{ naam: 'H.J. Veenstra', partij: 'BBB' }, { naam: 'M. Koster', partij: 'CDA' }],
        ministeries: ['minister van Landbouw, Natuur en Voedselkwaliteit'],
        ingezonden: '2023-10-02',
        beantwoord: '2023-11-17',
        aanhangsel: { citatie: 'Aanhangsel Handelingen, vergaderjaar 2023-2024, nr. 402', id: 'ah-tk-20232024-402' },
        onsKenmerk: 'DGNVLG / 23412345',
        antwoordDocument: '2023D47001',
        uitgesteld: '2023-10-23',
        vergaderjaar: '2023-2024',
        afgedaan: true,
      },
      {
        // page 1 has the questions, page 2 the answer and a co-signer: one entry
        zaaknummer: '2023Z17002',
        onderwerp: 'Wachttijden in de jeugdzorg',
        indieners: [{ naam: 'S. Bakker', partij: 'SP' }, { naam: 'K. Yilmaz', partij: 'GroenLinks-PvdA' }],
        ministeries: ['staatssecretaris van Volksgezondheid, Welzijn en Sport'],
        ingezonden: '2023-10-03',
        beantwoord: '2023-11-24',
        aanhangsel: { citatie: 'Aanhangsel Handelingen, vergaderjaar 2023-2024, nr. 455', id: 'ah-tk-20232024-455' },
        onsKenmerk: '3712345-1054321-J',
        antwoordDocument: '2023D48002',
        vergaderjaar: '2023-2024',
        afgedaan: true,
      },
      {
        // no Onderwerp: the Titel; two addressees; only a later answer ("nader"); a field the register does not know
        zaaknummer: '2024Z00107',
        onderwerp: 'Vragen van de leden Jansen en De Wit over camerabewaking in het openbaar vervoer',
        indieners: [{ naam: 'P. Jansen', partij: 'VVD' }, { naam: 'E. de Wit', partij: 'D66' }],
        ministeries: ['minister van Justitie en Veiligheid', 'minister van Infrastructuur en Waterstaat'],
        ingezonden: '2024-01-04',
        beantwoord: '2024-03-01',
        aanhangsel: { citatie: 'Aanhangsel Handelingen, vergaderjaar 2023-2024, nr. 1077', id: 'ah-tk-20232024-1077' },
        onsKenmerk: '5123456',
        antwoordDocument: '2024D09107',
        vergaderjaar: '2023-2024',
        afgedaan: true,
      },
      {
        // a page that is a bare list; a zaaknummer with a space; no answer, no addressee, no Afgedaan
        zaaknummer: '2024Z00208',
        onderwerp: 'Piekbelasting van het stroomnet',
        indieners: [{ naam: 'L. Veenstra', partij: 'BBB' }],
        ministeries: [],
        ingezonden: '2024-01-09',
        vergaderjaar: '2023-2024',
      },
    ]);
  });

  it('reports each item it cannot use with its reason, and a page that is no JSON by its line', () => {
    const { problems } = readOpenData(pages, dutch);
    assert.deepEqual(problems, [
      { file: 'pagina-1.json', item: 3, zaaknummer: '2023Z17003', reason: "geen schriftelijke vragen maar 'Motie'" },
      { file: 'pagina-1.json', item: 4, zaaknummer: '2023Z17004', reason: 'in de open data als verwijderd gemarkeerd' },
      { file: 'pagina-2.json', item: 2, reason: 'het veld Nummer (de zaaknummer) ontbreekt' },
      { file: 'pagina-2.json', item: 3, zaaknummer: '2023-17006', reason: "Nummer '2023-17006' is geen zaaknummer als 2024Z00025" },
      { file: 'pagina-2.json', item: 4, reason: 'geen zaak: geen object' },
      { file: 'niet-json.json', reason: 'geen geldige JSON (regel 2); download de pagina opnieuw' },
    ]);
    assert.deepEqual(readOpenData([{ file: 'x.json', text: '{"resultaten": []}' }], dutch).problems.map((p) => p.reason), ['geen pagina uit de open data: verwacht een object met "value": [...] of een lijst van zaken']);
  });

  it('writes a register that loads without a problem, one entry a line', () => {
    const written = registerFromOpenData(pages, dutch);
    assert.equal(written.zaken, 4);
    const loaded = parseRegister(written.text, 'register.json', dutch);
    assert.deepEqual(loaded.problems, []);
    assert.deepEqual(loaded.entries.toArray().map((e) => e.source), ['register.json:2', 'register.json:3', 'register.json:4', 'register.json:5']);
    const first = loaded.entries.at(0);
    assert.deepEqual([first.onderwerp, first.beantwoord, first.aanhangsel, first.ministeries], ['Stikstofdepositie bij piekbelasting van veehouderijen', '2023-11-17', { citatie: 'Aanhangsel Handelingen, vergaderjaar 2023-2024, nr. 402', id: 'ah-tk-20232024-402' }, ['minister van Landbouw, Natuur en Voedselkwaliteit']]);
  });

  it('takes the Aanhangsel number alone or with its vergaderjaar', () => {
    const citation = (nummer: string | undefined, jaar?: string) => aanhangselOf(nummer, jaar)?.citatie;
    assert.equal(citation('2367', '2023-2024'), 'Aanhangsel Handelingen, vergaderjaar 2023-2024, nr. 2367');
    assert.equal(citation('20232024-2367'), 'Aanhangsel Handelingen, vergaderjaar 2023-2024, nr. 2367');
    assert.equal(citation('2023-2024-0012', undefined), 'Aanhangsel Handelingen, vergaderjaar 2023-2024, nr. 12');
    assert.equal(citation('2367', '2023–2024'), 'Aanhangsel Handelingen, vergaderjaar 2023-2024, nr. 2367');
    assert.equal(citation('2367'), undefined, 'no vergaderjaar: no citation');
    assert.equal(citation('nr. 12', '2023-2024'), undefined);
    assert.equal(citation(undefined, '2023-2024'), undefined);
  });

  it('strips control and bidi characters, and caps a long text, saying so with its length', () => {
    const item = (fields: object) => ({ Nummer: '2024Z01234', Soort: 'Schriftelijke vragen', ...fields });
    const read = readOpenData([{ file: 'p.json', text: JSON.stringify({ value: [item({ Onderwerp: `Tegen\u0000 de \u202Egnilnaps\u202C stroom\u200F in\u0007`, ZaakActor: [{ Relatie: 'Indiener', ActorNaam: 'A.\u2066 Jansen\u2069', ActorFractie: 'SP\u001b' }] })] }) }], dutch);
    assert.equal(read.entries[0].onderwerp, 'Tegen de gnilnaps stroom in');
    assert.deepEqual(read.entries[0].indieners, [{ naam: 'A. Jansen', partij: 'SP' }]);
    assert.deepEqual([read.problems, read.shortened], [[], []]);
    const long = readOpenData([{ file: 'p.json', text: JSON.stringify([item({ Onderwerp: 'woord '.repeat(400_000), ZaakActor: [{ Relatie: 'Indiener', ActorNaam: 'N'.repeat(100_000) }] })]) }], dutch);
    const [entry] = long.entries;
    assert.equal(entry.onderwerp!.length, MAX_SUBJECT);
    assert.ok(entry.onderwerp!.endsWith('…'));
    assert.equal(entry.indieners[0].naam.length, MAX_NAME);
    assert.deepEqual(long.shortened, [
      { file: 'p.json', item: 1, zaaknummer: '2024Z01234', reason: 'Onderwerp ingekort tot 1000 van 2399999 tekens' },
      { file: 'p.json', item: 1, zaaknummer: '2024Z01234', reason: 'ActorNaam ingekort tot 200 van 100000 tekens' },
    ]);
    assert.deepEqual(long.problems, [], 'a shortened item is used');
  });

  it('cleans a text with its shortcut exactly as the whole cleaning does', () => {
    const whole = (text: string) => text.replace(/\s+/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').replace(/ {2,}/g, ' ').trim();
    const odd = fc.constantFrom(' ', '  ', '\t', '\n', '\u00a0', '\u2028', '\u0000', '\u0085', '\u202e', '\u2066', '\u200f', 'a', 'é', '😀');
    const text = fc.oneof(fc.string({ maxLength: 40 }), fc.array(odd, { maxLength: 12 }).map((parts) => parts.join('')), fc.string({ unit: 'binary', maxLength: 40 }));
    fc.assert(
      fc.property(text, (onderwerp) => {
        const [entry] = readOpenData([{ file: 'p.json', text: JSON.stringify([{ Nummer: '2024Z00001', Soort: 'Schriftelijke vragen', Onderwerp: onderwerp }]) }], dutch).entries;
        assert.equal(entry.onderwerp, whole(onderwerp) || undefined);
      }),
      { numRuns: 2000 },
    );
  });

  it('takes a zaaknummer in lower case, and lists an asker once when two pages give them different Ids', () => {
    const copy = (id: string) => ({ Nummer: ' 2024z07777 ', Soort: 'Schriftelijke vragen', Onderwerp: 'Herhaald', ZaakActor: [{ Id: id, Relatie: 'Indiener', ActorNaam: 'A. Eerste', ActorFractie: 'SP' }, { Id: `${id}-2`, Relatie: 'Medeindiener', ActorNaam: 'B. Tweede' }] });
    const read = readOpenData([{ file: 'p1.json', text: JSON.stringify([copy('x1')]) }, { file: 'p2.json', text: JSON.stringify([copy('y1')]) }], dutch);
    assert.deepEqual(read.problems, []);
    assert.deepEqual(read.entries.map((e) => [e.zaaknummer, e.indieners]), [['2024Z07777', [{ naam: 'A. Eerste', partij: 'SP' }, { naam: 'B. Tweede' }]]]);
  });

  it('says of a page that it is empty or a web page, not only that it is no JSON', () => {
    const reasons = (text: string) => readOpenData([{ file: 'p.json', text }], dutch).problems.map((p) => p.reason);
    assert.deepEqual(reasons(''), ['het bestand is leeg; download de pagina opnieuw']);
    assert.deepEqual(reasons(' \n\t'), ['het bestand is leeg; download de pagina opnieuw']);
    assert.deepEqual(reasons('<!DOCTYPE html>\n<html><body>Service Unavailable</body></html>'), ['een webpagina (HTML), geen JSON: de download is mislukt of gaf een foutpagina; download de pagina opnieuw']);
    assert.deepEqual(reasons('{"value": [1'), ['geen geldige JSON (regel 1); download de pagina opnieuw']);
  });

  it('accounts for every item: in an entry, merged into one, or reported', () => {
    const zaak = fc.integer({ min: 0, max: 30 }).map((n) => `2024Z${String(n).padStart(5, '0')}`);
    const item = fc.oneof(
      fc.record({ Nummer: zaak, Soort: fc.constantFrom('Schriftelijke vragen', 'schriftelijke vragen', 'Motie'), Onderwerp: fc.option(fc.string(), { nil: undefined }), Verwijderd: fc.boolean(), GestartOp: fc.option(fc.string(), { nil: undefined }), ZaakActor: fc.anything(), Document: fc.anything() }, { requiredKeys: ['Nummer'] }),
      fc.anything(),
    );
    fc.assert(
      fc.property(fc.array(fc.array(item, { maxLength: 8 }), { maxLength: 4 }), fc.boolean(), (lists, enveloped) => {
        const pages = lists.map((list, i) => ({ file: `p${i}.json`, text: JSON.stringify(enveloped ? { value: list } : list) }));
        const read = readOpenData(pages, dutch);
        const used = read.items - read.problems.length;
        assert.ok(read.entries.length <= used, 'an entry per zaaknummer among the items used');
        assert.ok(read.entries.length > 0 || used === 0, 'an item used makes an entry');
        assert.equal(new Set(read.entries.map((e) => e.zaaknummer)).size, read.entries.length);
        assert.equal(read.items, lists.reduce((n, list) => n + list.length, 0));
        // what is written always loads, every entry of it
        const loaded = parseRegister(registerFromOpenData(pages, dutch).text, 'r.json', dutch);
        assert.deepEqual([loaded.problems, loaded.entries.length], [[], read.entries.length]);
      }),
      { numRuns: 500 },
    );
  });
});
