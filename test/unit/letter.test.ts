import { strict as assert } from 'assert';
import { parseDocument } from '../../server/src/service/parse/parseDocument';
import { corpusText } from '../helpers/corpus';
import { draft } from '../helpers/draft';

const letter = (text: string) => parseDocument(text).model.letter;

describe('the letter in the model', () => {
  it('reads askers, subject, date and zaaknummer from a real heading that wraps over lines', () => {
    const found = letter(corpusText('2024Z00025-veiligheidsregio-antwoorden.txt'));
    assert.equal(found.askers, 'het lid Six Dijkstra (Nieuw Sociaal Contract)');
    assert.equal(found.subject, "het artikel 'Veiligheidsregio gebruikte jarenlang Chinese apparatuur ondanks spionagerisico\u2019s'");
    assert.deepEqual(found.sent?.date, { day: 3, month: 1, year: 2024 });
    assert.equal(found.zaaknummer, '2024Z00025');
    assert.equal(found.uwKenmerk?.value, '2024Z00025');
    assert.equal(found.onsKenmerk?.value, '5222646');
    assert.deepEqual(found.letterDate?.date, { day: 13, month: 3, year: 2024 });
    assert.equal(found.chamber, 'tweede-kamer');
  });

  it('knows a published Aanhangsel: received date, its own citation', () => {
    const found = letter(corpusText('ah-tk-20232024-2367.txt'));
    assert.deepEqual(found.received?.date, { day: 29, month: 8, year: 2024 });
    assert.equal(found.published, true);
    assert.equal(found.citation, 'Aanhangsel Handelingen, vergaderjaar 2023-2024, nr. 2367');
  });

  it('takes the set being answered, not an earlier set the letter cites first', () => {
    const text = draft(
      'Uw kenmerk 2026Z18000',
      'In aanvulling op mijn antwoorden op de vragen van het lid Kops (PVV) over windparken (ingezonden 4 juni 2026, 2026Z11478) zend ik u hierbij',
      'de antwoorden op de vragen van het lid Kops (PVV) over zonneparken (ingezonden 1 oktober 2026, 2026Z18000).',
    );
    const found = letter(text);
    assert.equal(found.sent?.text, '1 oktober 2026');
    assert.equal(found.setZaaknummer?.value, '2026Z18000');
  });

  it('prefers the heading "Vragen van ..." over any other date in the text', () => {
    const text = draft(
      'In aanvulling op mijn brief over de vragen (ingezonden 4 juni 2026, 2026Z11478).',
      '',
      'Vragen van het lid Kops (PVV) aan de minister van Klimaat en Groene Groei over zonneparken (ingezonden 1 oktober 2026, 2026Z18000).',
    );
    assert.equal(letter(text).sent?.text, '1 oktober 2026');
    assert.equal(letter(text).zaaknummer, '2026Z18000');
  });

  it('leaves the set unknown when two sets are named and nothing says which is answered', () => {
    const text = 'Zie de vragen (ingezonden 4 juni 2026, 2026Z11478) en de vragen (ingezonden 1 oktober 2026, 2026Z18000).';
    assert.equal(letter(text).sent, undefined);
    assert.equal(letter(text).setZaaknummer, undefined);
  });

  it('normalises every space out of a zaaknummer', () => {
    assert.equal(letter('Uw kenmerk 2024Z 17972\n(ingezonden 3 januari 2024, 2024Z 17972)').setZaaknummer?.value, '2024Z17972');
  });

  it('reads a sidebar value from a later line only when it looks like a kenmerk, never a sentence', () => {
    assert.equal(letter('Ons kenmerk\n\n5222646').onsKenmerk?.value, '5222646');
    assert.equal(letter('Ons kenmerk \nZie het antwoord op vraag 9 en de brief van de minister.').onsKenmerk, undefined);
  });

  it('knows Eerste Kamer questions', () => {
    assert.equal(letter('Aan de Voorzitter van de Eerste Kamer der Staten-Generaal\nPostbus 20017').chamber, 'eerste-kamer');
  });
});
