import { strict as assert } from 'assert';
import { codes, draft, model, withCode } from '../helpers/draft';

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
    const text = draft('Cybersecuritybeeld Nederland1 en Dreigingsbeeld Nederland2 en Statelijke Actoren 23 is bekend', '1 Kamerstuk 26 643, nr. 1', '2 Kamerstuk 26 643, nr. 2', '3 Kamerstukken II, 2022-2023, 30 821, nr. 175');
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

// Pasted PDF text, definitions first: the shapes below are made up, after what extractions print.
const undefinedNumbers = (text: string) => withCode(text, 'undefined-footnote').map((d) => d.data && (d.data as { number: number }).number);
const footnoteCodes = (text: string) => codes(text).filter((c) => c.endsWith('footnote'));
const pageFoot = (...definitionLines: string[]) => ['', ...definitionLines, '', 'Tweede Kamer, vergaderjaar 2025\u20132026, Aanhangsel', ''];

describe('superscript footnotes in pasted PDF text', () => {
  it('finds a marker on a line of its own and still finds every later one', () => {
    const text = draft(
      'Vraag 1', 'Kent u het bericht over de nieuwe windparken op zee?', '1', 'Antwoord 1', 'Ja.',
      'Vraag 2', 'Wat vindt u van de reactie van de netbeheerder?2', 'Antwoord 2', 'Die ken ik.',
      ...pageFoot('1 NOS, 3 maart 2026, \u00abWindparken vertraagd\u00bb', '2 Kamerstuk 33 561, nr. 60'),
    );
    assert.deepEqual(markers(text), ['1', '2']);
    assert.deepEqual(footnoteCodes(text), []);
  });

  it('finds a marker pushed to the start of the next line', () => {
    const text = draft(
      'Vraag 1', 'Heeft u het rapport gelezen?1', 'Antwoord 1', 'Ik verwijs naar mijn brief van 4 november jl.',
      '2 en over de invulling daarvan heb ik uw Kamer eerder bericht.3', ...pageFoot('1RTV Oost, 2 mei 2026', '2Kamerstukken II 2025/26, 29 477, nr. 900', '3Kamerstukken II 2025/26, 29 477, nr. 912'),
    );
    assert.deepEqual(markers(text), ['1', '2', '3']);
    assert.deepEqual(footnoteCodes(text), []);
  });

  it('reads two markers after one word, and a line of two markers', () => {
    const text = draft(
      'Vraag 1', 'Bent u bekend met de berichten?1, 2', 'Antwoord 1', 'Ja, en met de reactie van de toezichthouder', '3 4', 'die daarop volgde.',
      ...pageFoot('1 Trouw, 1 april 2026', '2 NRC, 2 april 2026', '3 Kamerstuk 32 013, nr. 1', '4 Kamerstuk 32 013, nr. 2'),
    );
    assert.deepEqual(markers(text), ['1', '2', '3', '4']);
    assert.deepEqual(footnoteCodes(text), []);
  });

  it('finds markers after a closing quote or bracket', () => {
    const text = draft('Vraag 1', 'Kent u het artikel \u00abTekort aan leraren\u00bb1 en het rapport (2025)2?', 'Antwoord 1', 'Ja.', ...pageFoot('1 Volkskrant, 5 mei 2026', '2 Onderwijsraad, 2025'));
    assert.deepEqual(markers(text), ['1', '2']);
    assert.deepEqual(footnoteCodes(text), []);
  });

  it('reads definitions glued to their text or to a link, and definitions running onto a second line', () => {
    const text = draft(
      'Vraag 1', 'Kent u de brief1 en het bericht2 en de website?3', 'Antwoord 1', 'Ja.', '',
      '1Kamerstuk 36 229, nr. 29', '2NOS, 9 mei 2026, \u00abGemeenten slaan alarm over de', 'jeugdzorg\u00bb', '3https://www.rijksoverheid.nl/onderwerpen/jeugdhulp',
    );
    assert.deepEqual(definitions(text), ['1', '2', '3']);
    assert.equal(model(text).footnoteDefinitions[1].text, 'NOS, 9 mei 2026, \u00abGemeenten slaan alarm over de jeugdzorg\u00bb');
    assert.deepEqual(footnoteCodes(text), []);
  });

  it('ignores a stray digit in the page header', () => {
    const text = draft('Tweede Kamer der Staten-Generaal2', 'Vraag 1', 'Kent u het bericht?1', 'Antwoord 1', 'Ja, zie ook de brief.2', ...pageFoot('1 NOS, 1 juni 2026', '2 Kamerstuk 31 839, nr. 1'));
    assert.deepEqual(markers(text), ['1', '2']);
    assert.equal(model(text).footnoteMarkers[1].range.start.line, 4);
  });

  it('does not let one marker it cannot find hide the later ones, nor a missing text', () => {
    // Marker 2 is printed in a shape that is not read (after a space); 3 is found, and 4 has no text.
    const text = draft(
      'Vraag 1', 'Kent u het bericht?1', 'Antwoord 1', 'Ja, en de brief 2 ook.', 'Zie verder het verslag.3', 'En het besluit.4',
      ...pageFoot('1 NOS, 1 juni 2026', '2 Kamerstuk 31 839, nr. 1', '3 Kamerstuk 31 839, nr. 2'),
    );
    assert.deepEqual(markers(text), ['1', '3', '4']);
    assert.deepEqual(undefinedNumbers(text), [4]);
    assert.deepEqual(withCode(text, 'unused-footnote'), [], 'definition 2 is not reported: its marker may be printed in a shape not read');
  });

  it('reports a marker whose text is missing between two definitions', () => {
    const text = draft('Vraag 1', 'Kent u het bericht?1', 'Antwoord 1', 'Ja, en het verslag.2', 'En het besluit.3', ...pageFoot('1 NOS, 1 juni 2026', '3 Kamerstuk 31 839, nr. 2'));
    assert.deepEqual(undefinedNumbers(text), [2]);
  });

  it('reports nothing when no definition series can be read and no marker is glued', () => {
    const text = draft('Vraag 1', 'Hoeveel scholen zijn er in 2026?', 'Antwoord 1', 'Er zijn 3', 'scholen en 2 besturen.', '1', '2 3');
    assert.deepEqual(footnoteCodes(text), []);
  });
});

describe('numbers that are not footnotes', () => {
  const prose = [
    'Op grond van artikel 5.1, tweede lid, en tabel 5.1 van versie 1.1 (paragraaf 3.2) geldt dit sinds 1.1.2026.',
    'Het verzoek is getoetst aan artikel 5.2 Woo.',
    'Kunt u aangeven 1) hoeveel scholen, 2) wie daarover gaat en 3) wanneer u besluit?',
    'Kunt u aangeven a) hoeveel en b) waarom?',
  ];

  it('gives no footnote report on section, table and version numbers, dates and enumerations', () => {
    const text = draft('Vraag 1', ...prose, 'Antwoord op vraag 1', ...prose);
    assert.deepEqual(markers(text), []);
    assert.deepEqual(footnoteCodes(text), []);
  });

  it('gives no report on them either in a document with superscript footnotes', () => {
    const text = draft('Vraag 1', 'Kent u het bericht?1', ...prose, 'Antwoord 1', 'Ja.', ...prose, ...pageFoot('1 NOS, 1 juni 2026'));
    assert.deepEqual(markers(text), ['1']);
    assert.deepEqual(footnoteCodes(text), []);
  });

  it('reads a "Voetnoten" list numbered "1." as definitions', () => {
    const text = draft('Vraag 1', 'Kent u het bericht1 en de brief?2', 'Antwoord 1', 'Ja.', '', 'Voetnoten', '1. NOS, 1 juni 2026', '2. Kamerstuk 31 839, nr. 1');
    assert.deepEqual(definitions(text), ['1', '2']);
    assert.deepEqual(footnoteCodes(text), []);
  });
});
