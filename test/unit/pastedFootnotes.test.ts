import { strict as assert } from 'assert';
import { hoverText, targetAt } from '../../server/src/service/features/navigation';
import { parseDocument } from '../../server/src/service/parse/parseDocument';
import { codes, draft, dutch, model } from '../helpers/draft';

/**
 * Issue 19, the checking side: only what the drafter wrote in the canonical form is ever an error
 * ("Vraag 3", "Antwoord op vraag 3", "[1]" with "[1] text"). Pasted text in the shapes published
 * documents come in (written here, in those shapes) gets no false report.
 */
const footnoteCodes = (text: string) => codes(text).filter((code) => code.endsWith('footnote'));
const hoverAt = (text: string, needle: string) => {
  const parsed = parseDocument(text);
  const line = text.split('\n').findIndex((l) => l.includes(needle));
  const target = targetAt(parsed, { line, character: text.split('\n')[line].indexOf(needle) + needle.length - 1 });
  return target && hoverText(parsed, target, dutch);
};

describe('pasted footnotes are never an error unless the reading is certain', () => {
  const sideColumn = draft(
    'Vraag 1',
    'Hoe staat het met de vergunningverlening?',
    '',
    'Antwoord op vraag 1',
    'De vergunningverlening loopt volgens de planning van de provincie1 en van het Rijk2.',
    'Zie ook het advies van de Raad van State3 en het rapport van de commissie6 over de',
    'stikstofruimte8 en de evaluatie9.',
    '',
    '8',
    'Kamerstuk 35 334, nr. 82',
    '9',
    'Kamerstuk 35 334, nr. 90',
    '6',
    'Raad van State, advies W01.23.0045',
    '3',
    'Kamerstuk 35 600, nr. 12',
    '1',
    'Provinciale Staten, besluit van 4 maart 2025',
    '2',
    'Kamerstuk 35 334, nr. 10',
  );

  it('reads side-column definitions (bare numbers in no order, each above its source) and reports nothing', () => {
    assert.deepEqual(footnoteCodes(sideColumn), []);
    const m = model(sideColumn);
    assert.deepEqual(m.footnoteMarkers.map((marker) => marker.label), ['1', '2', '3', '6', '8', '9']);
    assert.deepEqual(m.footnoteDefinitions.map((d) => [d.label, d.text]).sort(), [
      ['1', 'Provinciale Staten, besluit van 4 maart 2025'],
      ['2', 'Kamerstuk 35 334, nr. 10'],
      ['3', 'Kamerstuk 35 600, nr. 12'],
      ['6', 'Raad van State, advies W01.23.0045'],
      ['8', 'Kamerstuk 35 334, nr. 82'],
      ['9', 'Kamerstuk 35 334, nr. 90'],
    ]);
    assert.match(hoverAt(sideColumn, 'commissie6') ?? '', /Raad van State, advies W01\.23\.0045/);
  });

  it('reports nothing when a side column misses a definition: the reading is not certain', () => {
    const withoutNine = sideColumn.replace('9\nKamerstuk 35 334, nr. 90\n', '');
    assert.deepEqual(footnoteCodes(withoutNine), []);
  });

  it('takes no page numbers above a page\'s first lines for a side column (they go up)', () => {
    const pages = draft('Vraag 1', 'Hoe staat het met de vergunning van de provincie2?', '', '2', 'Antwoord op vraag 1', '', '3', 'De vergunning is verleend aan Groningen3.', '', '4', 'Zie ook de brief.');
    const m = model(pages);
    assert.deepEqual([m.footnoteDefinitions, m.footnoteTextsWithoutMarker], [[], []]);
    assert.deepEqual(footnoteCodes(pages), []);
  });

  it('resolves "[n]" markers whose texts are printed as "n Source" lines (a converted document)', () => {
    const mixed = draft('Vraag 1', 'Kent u het bericht[1] en het rapport[2]?', '', 'Antwoord op vraag 1', 'Ja.', '', '1 NOS, 3 maart 2025', '2 Rapport van de inspectie, februari 2025');
    assert.deepEqual(footnoteCodes(mixed), []);
    assert.match(hoverAt(mixed, '[1]') ?? '', /NOS, 3 maart 2025/);
    // the canonical form stays fully checked: "[3]" with no text at all is an error
    assert.deepEqual(footnoteCodes(`${mixed}\nEn het besluit[3].`), ['undefined-footnote']);
  });

  it('reads an answer heading glued behind page furniture ("… Aanhangsel 1Antwoord 3")', () => {
    const glued = draft('Vraag 3', 'Wat is de stand van zaken?', '', 'Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel 1Antwoord 3', 'De stand is goed.');
    assert.deepEqual(codes(glued), []);
    assert.deepEqual(model(glued).answers.map((a) => a.labels), [['3']]);
    const afterColophon = draft('Vraag 2', 'Wat gaat u doen?', '', '’s-Gravenhage 2025 Tweede Kamer, vergaderjaar 2025–2026, Aanhangsel 3Antwoord 2', 'Ik ga het onderzoeken.');
    assert.deepEqual(codes(afterColophon), []);
    assert.deepEqual(model(afterColophon).answers.map((a) => a.labels), [['2']]);
  });

  it('reports no Word " 1)" whose texts the document does not print, and one whose series it prints', () => {
    const word = draft('Vraag 1', 'Kent u het bericht? 1)', '', 'Vraag 2', 'En het rapport? 2)', '', 'Antwoord op vraag 1', 'Ja.', '', 'Antwoord op vraag 2', 'Ja.');
    assert.deepEqual(footnoteCodes(word), []);
    assert.deepEqual(footnoteCodes(`${word}\n\n1) NOS, 1 maart 2026.`), ['undefined-footnote']);
  });

  it('reads no footnote in "tot1,5°C", and finds the marker where it is', () => {
    const text = draft('Vraag 1', 'Hoe beperkt u de opwarming tot1,5°C, zoals afgesproken in het akkoord van Parijs1?', '', 'Antwoord op vraag 1', 'Ja.', '', '1 Overeenkomst van Parijs, 12 december 2015');
    const m = model(text);
    assert.deepEqual(m.footnoteMarkers.map((marker) => marker.range.start.character), [text.split('\n')[1].indexOf('Parijs1') + 6]);
  });
});

describe('a footnote text deleted from flattened PDF text', () => {
  // an answer document in PDF text: superscripts flattened into digits, their texts at the page foot in order
  const pdf = draft(
    'Tweede Kamer der Staten-Generaal',
    'Vergaderjaar 2025–2026 Aanhangsel van de Handelingen',
    'Vragen gesteld door de leden der Kamer, met de daarop door de',
    'regering gegeven antwoorden',
    '812',
    'Vragen van het lid Verbeek (GroenLinks-PvdA) aan de Minister van',
    'Infrastructuur en Waterstaat over de verzakking van dijken (ingezonden',
    '14 oktober 2025).',
    'Antwoord van Minister Tielen (Infrastructuur en Waterstaat) (ontvangen',
    '4 november 2025).',
    'Vraag 1',
    'Bent u bekend met het bericht «Dijken zakken sneller dan verwacht»?1',
    'Antwoord 1',
    'Ja. Het bericht verwijst naar het rapport van de Deltacommissaris2 en naar',
    'de monitor van de waterschappen.3',
    'Vraag 2',
    'Hoeveel kilometer dijk voldoet niet aan de norm?',
    'Antwoord 2',
    'Volgens de Landelijke Veiligheidsrapportage4 voldoet ruim 1.300 kilometer',
    'niet aan de norm. In het Hoogwaterbeschermingsprogramma5 worden deze',
    'dijken versterkt.',
    '1NOS, 12 oktober 2025, «Dijken zakken sneller dan verwacht».',
    '2Deltaprogramma 2026, Kamerstuk 36 800 J, nr. 4.',
    '3Unie van Waterschappen, Monitor dijkversterking, september 2025.',
    '4Kamerstuk 27 625, nr. 650.',
    '5Kamerstuk 32 698, nr. 95.',
    'ah-tk-20252026-812',
    'Tweede Kamer, vergaderjaar 2025–2026, Aanhangsel 1',
    'Vraag 3',
    'Wanneer verwacht u dat de versterking gereed is?',
    'Antwoord 3',
    'De versterking is in 2050 gereed, zoals ik in mijn brief van 2 juni 2025 heb',
    'gemeld.6 Zie ook het advies van de Raad van State.7',
    '6Kamerstuk 32 698, nr. 96.',
    '7Raad van State, advies W17.25.0012/IV.',
  );

  it('is reported for every text of a series printed in order (certain): each of the 7 in turn', () => {
    assert.deepEqual(footnoteCodes(pdf), []);
    const texts = pdf.split('\n').filter((line) => /^[1-7][A-Z]/.test(line));
    assert.equal(texts.length, 7);
    const reported = texts.filter((text) => footnoteCodes(pdf.replace(`${text}\n`, '').replace(`\n${text}`, '')).includes('undefined-footnote'));
    assert.deepEqual(reported, texts);
  });

  it('is not reported past the last text where the digit is glued to a word: "Rotterdam4" may be a name', () => {
    // the series 1-7 is printed; an 8 glued to a word after it is as likely "A8" or "COVID19" as a marker
    const named = pdf.replace('de Raad van State.7', 'de Raad van State.7 Het traject Amsterdam-Rotterdam8 volgt');
    assert.deepEqual(footnoteCodes(named), []);
    // after or before closing punctuation it is a superscript for sure, and its missing text is reported
    for (const closing of ['Het traject volgt.8', 'Het traject Amsterdam-Rotterdam8.']) {
      const marker = pdf.replace('de Raad van State.7', `de Raad van State.7 ${closing}`);
      assert.deepEqual(footnoteCodes(marker), ['undefined-footnote'], closing);
    }
  });

  it('is not reported where the document prints no texts at all: pasted digits are then not surely markers', () => {
    const withoutTexts = pdf.split('\n').filter((line) => !/^[1-7][A-Z]/.test(line)).join('\n');
    assert.deepEqual(footnoteCodes(withoutTexts), []);
  });
});
