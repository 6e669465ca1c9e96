import { strict as assert } from 'assert';
import { draft, model } from '../helpers/draft';

const markers = (text: string) => model(text).footnoteMarkers.map((m) => m.label);
const definitions = (text: string) => model(text).footnoteDefinitions.map((d) => d.label);

describe('footnotes', () => {
  it('reads canonical bracket markers and definitions', () => {
    const text = draft('Vraag 1', 'Kent u het bericht?[1]', 'Antwoord op vraag 1', 'Ja.[2] En nogmaals[1].', '', '[1] NOS, 8 februari 2022', '[2]\u00a0Nu.nl');
    assert.deepEqual(markers(text), ['[1]', '[2]', '[1]']);
    assert.deepEqual(definitions(text), ['[1]', '[2]']);
    assert.equal(model(text).footnoteDefinitions[0].text, 'NOS, 8 februari 2022');
  });

  it('reads superscripts glued to words and punctuation, in sequence', () => {
    const text = draft(
      'Antwoord', 'een stijgende lijn vertoont.1', 'in september', '2021.2', 'BIO-maatregelen 14.1.1.1 en 15.1.1.1.3',
      'Zoals in het Cybersecuritybeeld Nederland4 staat.', '',
      '1 Xiaomi Tops European Smartphone Market', '2 Mobile Vendor Market Share', '3 Stscr. 2020, 7857',
    );
    assert.deepEqual(markers(text), ['1', '2', '3', '4']);
    assert.deepEqual(definitions(text), ['1', '2', '3']);
  });

  it('takes "Actoren 23" for the title "Actoren 2" and marker 3 when definition 3 exists', () => {
    const text = draft('Cybersecuritybeeld Nederland1 en Dreigingsbeeld Nederland2 en Statelijke Actoren 23 is bekend', '1 a', '2 b', '3 Kamerstukken II, 2022-2023, 30 821, nr. 175');
    assert.deepEqual(markers(text), ['1', '2', '3']);
    const third = model(text).footnoteMarkers[2];
    assert.equal(third.range.start.character, third.range.end.character - 1, 'only the last digit is the marker');
  });

  it('does not take years, amounts, article numbers, chemistry or party names for markers', () => {
    const text = draft(
      'In 2023 waren het 5.971 advocaten, circa 4,6 miljoen mensen en 4,64% marktaandeel.',
      'Op grond van artikel 143 (lid 1) en de artikelen 3:10 en 3:17 Wft; CO2 en (D66).',
      'Zie Kamerstuk 35 207, nr.1 en zaak 2024Z00025.',
    );
    assert.deepEqual(markers(text), []);
  });

  it('reads Word-style " 1)" markers and "1) ..." definitions, but not "(lid 1)"', () => {
    const text = draft('Vraag 1', 'Is het aantal afgenomen? 1)', 'Antwoord op vraag 1', 'Ja, zie artikel 143 (lid 1).', '', '1) Nederlandse Orde van Advocaten');
    assert.deepEqual(markers(text), ['1)']);
    assert.deepEqual(definitions(text), ['1)']);
  });

  it('reads a bare number line as a definition only for a marker already seen', () => {
    const text = draft('Vergaderjaar 2023\u20132024', '', '2', '', 'Vraag 1', 'Kent u het?1', '', '1', '', 'ah-tk-20232024-2367', 'NRC.nl, 26 juni 2024');
    assert.deepEqual(markers(text), ['1']);
    assert.deepEqual(definitions(text), ['1']);
    assert.equal(model(text).footnoteDefinitions[0].text, 'NRC.nl, 26 juni 2024');
  });

  it('reads definitions glued to their number, as PyPDF prints them', () => {
    const text = draft('Heeft u het artikel gelezen?1 En de brief2', 'en de zaak3', '1RTV Noord, 9 oktober 2024', '2Kamerstukken II 2024/25', '32024Z15585/2024D37938');
    assert.deepEqual(definitions(text), ['1', '2', '3']);
  });

  it('keeps a second use of the next number for a new marker only', () => {
    assert.deepEqual(markers(draft('Tekst.1 Meer tekst.1 En.2')), ['1', '2']);
  });
});
