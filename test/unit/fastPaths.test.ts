import { strict as assert } from 'assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { pathToFileURL } from 'url';
import fc from 'fast-check';
import { WorkspaceFiles } from '../../server/src/lsp/workspaceFiles';
import { Register, WorkspaceIndex } from '../../server/src/service';
import { RegisterRows, RegisterRowsBuilder } from '../../server/src/service/lookup/registerRows';
import { compareMatches, scoreText, searchTerms, searchText } from '../../server/src/service/lookup/search';
import { annotatedDocuments } from '../helpers/corpus';
import { normalizeLine } from '../../server/src/service/parse/lineKinds';
import { parseDocument, readLines } from '../../server/src/service/parse/parseDocument';
import { TextLines } from '../../server/src/service/text/lines';

/**
 * The parse's shortcuts (issue 21) find exactly what the plain searches they replace find. Each
 * property compares the parse with the plain search of the whole text, written out here, on texts
 * made of the fragments the shortcut is about, random text and line breaks.
 */
const RUNS = 300 * Number(process.env.KAMERVRAGEN_PROPERTY_RUNS ?? 1);

function textOf(fragments: string[]): fc.Arbitrary<string> {
  const fragment = fc.oneof(fc.constantFrom(...fragments, '\n', '\r\n', ' ', '.', '-', 'x'), fc.string({ maxLength: 8 }), fc.constant('x'.repeat(2990)));
  return fc.array(fragment, { maxLength: 40 }).map((parts) => parts.join(''));
}

describe('shortcuts in reading the letter find what a search of the whole text finds', () => {
  it("its own id, and the chamber: tried only where the kenmerken' document ids are, and the Eerste Kamer's words first", () => {
    const ids = ['ah-tk-20232024-2367', 'ah-ek-20232024-12', 'ah-ek-2', 'xah-tk-20232024-1', 'ah-tk-20232024-1x', '2ah-ek-20212022-7', 'ah-tk-2023202-1', 'kv-tk-2024Z00025'];
    const chamber = ['Eerste Kamer', 'Eerste Kamer der Staten-Generaal', 'Eerste Kamer der Staten-Generaalx', 'Voorzitter van de Eerste Kamer', 'de Eerste Kamer', 'Tweede Kamer der Staten-Generaal'];
    fc.assert(
      fc.property(textOf([...ids, ...chamber]), (text) => {
        const letter = parseDocument(text).model.letter;
        const own = /\bah-(tk|ek)-(\d{4})(\d{4})-(\d+)\b/.exec(text);
        const eersteKamer = /\bEerste Kamer der Staten-Generaal\b|\bVoorzitter van de Eerste Kamer\b|\bah-ek-\d/.test(text.slice(0, 6000));
        assert.equal(letter.citation, own ? `Aanhangsel Handelingen, vergaderjaar ${own[2]}-${own[3]}, nr. ${own[4]}` : undefined);
        assert.equal(letter.chamber, eersteKamer || own?.[1] === 'ek' ? 'eerste-kamer' : 'tweede-kamer');
      }),
      { numRuns: RUNS },
    );
  });

  it('published: the Aanhangsel\'s title tried only where the kenmerken found "Aanhangsel"', () => {
    const words = ['Aanhangsel van de Handelingen', 'Aanhangsel van de Handelingenx', 'xAanhangsel van de Handelingen', 'Aanhangsel', 'AanhangselAanhangsel van de Handelingen', 'Aanhangsel Handelingen, vergaderjaar 2023-2024, nr. 1', 'Beantwoord 3 maart 2024'];
    fc.assert(
      fc.property(textOf(words), (text) => {
        const expected = /\bBeantwoord\s+\d{1,2}\s+maart\s+\d{4}/.test(text) || /\bAanhangsel van de Handelingen\b/.test(text);
        assert.equal(parseDocument(text).model.letter.published, expected);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('shortcuts in reading the lines', () => {
  it('no-break spaces: the lines that hold one are found in the whole text at once, and each line reads as when searched on its own', () => {
    const spaces = ['\u00a0', '\u2007', '\u202f', ' \u00a0Vraag 1', '\u00a0\u00a0', 'Antwoord\u00a0op vraag 2', '\t', '\r', '\u2028'];
    fc.assert(
      fc.property(textOf(spaces), (text) => {
        const lines = new TextLines(text);
        const expected = Array.from({ length: lines.count }, (_, i) => normalizeLine(lines.lineText(i), true));
        assert.deepEqual(readLines(lines).normalized, expected);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('work done in slices (issue 21) gives what the same work done at once gives', () => {
  it("the register's search index, built in slices that grow, finds what scoring every entry one by one finds", async () => {
    const words = ['stikstof', 'piekbelasting', 'jeugdzorg', 'camera', 'Veenstra', 'Bakker', 'financiën', 'de'];
    const builder = new RegisterRowsBuilder('r.json');
    for (let i = 0; i < 10_000; i++) {
      const subject = [words[i % 8], words[(i * 7) % 8], words[(i >> 3) % 8]].join(' ');
      builder.add({ zaaknummer: `2024Z${String(i).padStart(5, '0')}`, onderwerp: `${subject} ${i}`, indieners: [{ naam: words[(i * 3) % 8] }], ministeries: [], beantwoord: `2024-0${1 + (i % 9)}-01`, aanhangsel: i % 5 === 0 ? { citatie: `Aanhangsel Handelingen, vergaderjaar 2023-2024, nr. ${i}` } : undefined }, i + 1);
    }
    const register = new Register(RegisterRows.build(builder));
    let pauses = 0;
    await register.prepareSearch(async () => void pauses++);
    assert.ok(pauses >= 4, `${pauses} pauses`);
    const entries = register.withPrefix('', 20_000);
    assert.equal(entries.length, 10_000);
    for (const query of ['stikstof', 'Veenstra jeugdzorg', 'camera 9999', '2024Z00625', 'nr. 5000', 'piekbelasting 1250 Bakker']) {
      const terms = searchTerms(query);
      const expected = entries
        .map((e) => ({ ...scoreText(searchText(e.onderwerp, e.indieners.map((p) => p.naam).join(', '), e.zaaknummer, e.aanhangsel?.citatie), terms), date: e.beantwoord ?? '', zaaknummer: e.zaaknummer }))
        .filter((m) => m.matched > 0)
        .sort((a, b) => compareMatches(a, b) || (a.zaaknummer < b.zaaknummer ? 1 : -1))
        .slice(0, 50)
        .map((m) => m.zaaknummer);
      assert.deepEqual(register.search(terms, 50).map((m) => m.entry.zaaknummer), expected, query);
    }
  });

  it('the index of the workspace, with pauses within a batch of files, holds what indexing each file at once holds', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'kamervragen-index-slices-'));
    try {
      const texts = annotatedDocuments().map((document) => readFileSync(document.path, 'utf8'));
      const expected = new WorkspaceIndex();
      for (let i = 0; i < 45; i++) {
        const path = join(folder, `concept-${String(i).padStart(2, '0')}.kamervragen`);
        writeFileSync(path, texts[i % texts.length]);
        expected.update(pathToFileURL(path).toString(), texts[i % texts.length]);
      }
      const files = new WorkspaceFiles();
      files.configure([pathToFileURL(folder).toString()], []);
      let pauses = 0;
      const index = await files.buildIndex(() => undefined, async () => void pauses++);
      assert.ok(pauses > 45 / 32, `${pauses} pauses: within the batches of 32 too`);
      const byUri = (all: Iterable<{ uri: string }>) => [...all].sort((a, b) => (a.uri < b.uri ? -1 : 1));
      assert.deepEqual(byUri(index.all()), byUri(expected.all()));
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
