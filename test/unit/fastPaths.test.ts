import { strict as assert } from 'assert';
import fc from 'fast-check';
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
