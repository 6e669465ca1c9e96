import { strict as assert } from 'assert';
import { checkDocument } from '../../server/src/service/check';
import { describeUnplaced, draftFromQuestions, type NewDraft } from '../../server/src/service/features/newDraft';
import { parseDocument } from '../../server/src/service/parse/parseDocument';
import { joinWrapped } from '../../server/src/service/features/wrappedLines';
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { runCli } from '../helpers/cli';
import { LspTestClient } from '../helpers/lspClient';
import { draft, dutch, inputs, service, TEST_TODAY } from '../helpers/draft';
import { annotatedDocuments } from '../helpers/corpus';
import { repoRoot } from '../helpers/paths';
import { SNIPPET_PREFIXES } from '../../server/src/service/features/snippets';
import { codeActions } from '../../server/src/service/features/codeActions';
import { applyEdits } from '../../server/src/service/edits';

/**
 * Issue 19: a faithful import from published text. Each shape below is written here, in the form
 * the issue describes (the originals stay out of the project): every question word for word, every
 * footnote text complete and at its marker, page furniture in neither, and nothing lost silently.
 */
function imported(text: string): NewDraft {
  const made = draftFromQuestions(parseDocument(text), { today: TEST_TODAY });
  assert.ok(made, 'questions found');
  return made;
}

/** The draft's question N: the line after "Vraag N". */
function question(made: NewDraft, label: string): string {
  const lines = made.text.split('\n');
  return lines[lines.indexOf(`Vraag ${label}`) + 1];
}

function footnoteLines(made: NewDraft): string[] {
  return made.text.split('\n').filter((line) => /^\[\d+\] /.test(line));
}

const HEADING = 'Vragen van het lid Verbeek (GroenLinks-PvdA) aan de minister van Infrastructuur en Waterstaat over de verzakking van dijken (ingezonden 14 oktober 2025, 2025Z18211).';

describe('import: page furniture stays out of the questions', () => {
  const pdf = draft(
    'Tweede Kamer der Staten-Generaal',
    'Vergaderjaar 2025–2026',
    'Aanhangsel van de Handelingen',
    'Vragen gesteld door de leden der Kamer, met de daarop door de regering gegeven antwoorden',
    '',
    HEADING,
    '',
    'Vraag 1',
    'Bent u bekend met het bericht «Dijken zakken sneller dan verwacht»?',
    '',
    'Vraag 2',
    'Hoeveel kilometer dijk in Friesland voldoet niet aan de norm, en wat is uw reactie hierop? ’s-Gravenhage 2025 Tweede Kamer, vergaderjaar 2025–2026, Vragen 1',
    '',
    'ISSN 0921-7398',
    '’s-Gravenhage 2025',
    'kv-tk-2025Z18211',
    'Tweede Kamer, vergaderjaar 2025–2026, Vragen 2',
    '',
    'Vraag 3',
    'Wanneer verwacht u dat de versterking gereed is?',
    '’s-Gravenhage 2025 Tweede Kamer, vergaderjaar 2025–2026, Vragen 2',
    '',
    'Toelichting:',
    'Deze vragen dienen ter aanvulling op eerdere vragen van het lid Verbeek over dijkversterking.',
  );

  it('takes the page footer off a question\'s last line, and the colophon out of its text', () => {
    const made = imported(pdf);
    assert.equal(question(made, '1'), 'Bent u bekend met het bericht «Dijken zakken sneller dan verwacht»?');
    assert.equal(question(made, '2'), 'Hoeveel kilometer dijk in Friesland voldoet niet aan de norm, en wat is uw reactie hierop?');
    assert.equal(question(made, '3'), 'Wanneer verwacht u dat de versterking gereed is?');
    assert.doesNotMatch(made.text, /Gravenhage|ISSN|kv-tk|vergaderjaar 2025/);
    assert.deepEqual(made.unplaced, []);
  });

  it('keeps the closing "Toelichting:" as a paragraph of its own after the last question, never in it', () => {
    const made = imported(pdf);
    assert.match(made.text, /\nVraag 3\nWanneer verwacht u dat de versterking gereed is\?\n\nToelichting: Deze vragen dienen ter aanvulling op eerdere vragen van het lid Verbeek over dijkversterking\.\n\nAntwoord op vraag 3\n<antwoord>\n/);
    assert.deepEqual(parseDocument(made.text).model.questionHeadings.map((h) => h.text).at(-1), 'Wanneer verwacht u dat de versterking gereed is?');
  });
});

describe('import: a question document of three pages in PDF text, every shape at once', () => {
  const pdf = draft(
    'Tweede Kamer der Staten-Generaal',
    'Vergaderjaar 2025–2026',
    'Aanhangsel van de Handelingen',
    'Vragen gesteld door de leden der Kamer, met de daarop door de regering gegeven antwoorden',
    'Vragen van de leden Van der Berg (VVD) en Özdemir (DENK) aan de minister van Volkshuisvesting en Ruimtelijke Ordening over het rapport «Bouwen',
    'op slappe grond»1 (ingezonden 3 november 2025, 2025Z19876).',
    'Vraag 1',
    'Bent u bekend met het rapport «Bouwen op slappe grond» van TNO en met het artikel «Funderingen',
    'in gevaar»2 in het Financieele Dagblad?',
    'Vraag 2',
    'Klopt het dat in 2024 ruim 12 procent van de woningen in de veenweidegebieden, en in de provincie',
    'Utrecht zelfs 1 op de 5 woningen, funderingsproblemen heeft? Welke maatrege-',
    'len neemt u voor de geboorte-',
    'gerelateerde zorg op COA-',
    'locaties in die gebieden?',
    'Vraag 3',
    'Wat is uw reactie op de stelling dat de bodemdaling tot2030 met 1,5 cm per jaar toeneemt, en',
    'dat de wegen in Tajikistan 3, Algerije en de A12 bij Woerden4 daardoor extra onderhoud vragen? ’s-Gravenhage 2025 Tweede Kamer, vergaderjaar 2025–2026, Vragen 1',
    '1Rapport «Bouwen op slappe grond», TNO, oktober 2025 (www.tno.nl/rapporten/bouwen-op-slappe-grond).',
    '2Financieele Dagblad, 30 oktober 2025.',
    '3Human Rights Watch, landenrapport over de infrastructuur in Centraal-Azië en Noord-Afrika, verschenen in',
    '’s-Gravenhage 2025',
    'Tweede Kamer, vergaderjaar 2025–2026, Vragen 2',
    'september 2025.',
    '4Rijkswaterstaat, Staat van de infrastructuur, september 2025.',
    'Vraag 4',
    'Bent u bereid om samen met de provincies een herstelfonds op te richten5, en zo ja, wanneer ontvangt de Kamer een',
    'voorstel?',
    'Vraag 5',
    'Kunt u deze vragen één voor één beantwoorden?',
    '5Motie van het lid Van der Berg, Kamerstuk 32 847, nr. 1187.',
    '’s-Gravenhage 2025 Tweede Kamer, vergaderjaar 2025–2026, Vragen 3',
    'Toelichting:',
    'Deze vragen dienen ter aanvulling op eerdere vragen van het lid Özdemir (DENK) over funderingsschade',
    '(ingezonden 1 oktober 2025, 2025Z17001).',
  );

  it('every question word for word, every footnote complete and at its marker, nothing unplaced', () => {
    const made = imported(pdf);
    const questions = [
      'Bent u bekend met het rapport «Bouwen op slappe grond» van TNO en met het artikel «Funderingen in gevaar»[2] in het Financieele Dagblad?',
      'Klopt het dat in 2024 ruim 12 procent van de woningen in de veenweidegebieden, en in de provincie Utrecht zelfs 1 op de 5 woningen, funderingsproblemen heeft? Welke maatregelen neemt u voor de geboorte-gerelateerde zorg op COA-locaties in die gebieden?',
      'Wat is uw reactie op de stelling dat de bodemdaling tot2030 met 1,5 cm per jaar toeneemt, en dat de wegen in Tajikistan[3], Algerije en de A12 bij Woerden[4] daardoor extra onderhoud vragen?',
      'Bent u bereid om samen met de provincies een herstelfonds op te richten[5], en zo ja, wanneer ontvangt de Kamer een voorstel?',
      'Kunt u deze vragen één voor één beantwoorden?',
    ];
    const footnotes = [
      '[1] Rapport «Bouwen op slappe grond», TNO, oktober 2025 (www.tno.nl/rapporten/bouwen-op-slappe-grond).',
      '[2] Financieele Dagblad, 30 oktober 2025.',
      '[3] Human Rights Watch, landenrapport over de infrastructuur in Centraal-Azië en Noord-Afrika, verschenen in september 2025.',
      '[4] Rijkswaterstaat, Staat van de infrastructuur, september 2025.',
      '[5] Motie van het lid Van der Berg, Kamerstuk 32 847, nr. 1187.',
    ];
    const exact = questions.filter((text, i) => question(made, String(i + 1)) === text).length;
    const complete = footnotes.filter((line) => footnoteLines(made).includes(line)).length;
    assert.deepEqual([exact, complete, made.questions, made.footnotes], [5, 5, 5, 5], made.text);
    assert.match(made.text, /over het rapport «Bouwen op slappe grond»\[1\] \(ingezonden 3 november 2025, 2025Z19876\)\.\n/);
    assert.match(made.text, /\nKunt u deze vragen één voor één beantwoorden\?\n\nToelichting: Deze vragen dienen ter aanvulling op eerdere vragen van het lid Özdemir \(DENK\) over funderingsschade \(ingezonden 1 oktober 2025, 2025Z17001\)\.\n\nAntwoord op vraag 5\n/);
    assert.doesNotMatch(made.text, /Gravenhage|vergaderjaar|Handelingen|Vergaderjaar/);
    assert.deepEqual(made.unplaced, []);
    // and the draft checks clean but for what is to be filled in
    assert.deepEqual([...new Set(checkDocument(parseDocument(made.text), inputs(), dutch).map((d) => d.code))].filter((c) => c !== 'placeholder' && c !== 'deadline'), []);
  });
});

describe('import: footnotes complete and at their markers', () => {
  it('joins a footnote text that a page break cut in two, and keeps its rest out of the next question', () => {
    const made = imported(draft(
      HEADING,
      '',
      'Vraag 1',
      'Bent u bekend met het rapport «Zorg voor later»1 van de inspectie?',
      '',
      '1Rapport «Zorg voor later» van de Inspectie Gezondheidszorg en Jeugd over de ouderenzorg in',
      '’s-Gravenhage 2025 Tweede Kamer, vergaderjaar 2025–2026, Vragen 1',
      'Nederland, onderzoeksrapport IGJ, oktober 2025.',
      '',
      'Vraag 2',
      'Wat vindt u van de conclusies van dit rapport?',
    ));
    assert.equal(question(made, '1'), 'Bent u bekend met het rapport «Zorg voor later»[1] van de inspectie?');
    assert.equal(question(made, '2'), 'Wat vindt u van de conclusies van dit rapport?');
    assert.deepEqual(footnoteLines(made), ['[1] Rapport «Zorg voor later» van de Inspectie Gezondheidszorg en Jeugd over de ouderenzorg in Nederland, onderzoeksrapport IGJ, oktober 2025.']);
  });

  const sixFootnotes = (markerThree: string) => draft(
    HEADING,
    '',
    'Vraag 1',
    'Bent u bekend met het rapport van Amnesty1 en het persbericht van de Verenigde Naties2?',
    '',
    'Vraag 2',
    `Klopt het dat er uitzettingen plaatsvinden naar landen als Afghanistan, Iran, Syrië, Eritrea, ${markerThree} en Jemen?`,
    '',
    'Vraag 3',
    'Wat is uw reactie op de uitspraak van de rechtbank4 en het advies van de ACVZ5?',
    '',
    'Vraag 4',
    'Bent u bereid de Kamer te informeren over de uitkomst van het overleg6?',
    '',
    '1 Amnesty International, rapport «Teruggestuurd», september 2025.',
    '2 VN-persbericht, 3 oktober 2025.',
    '3 Human Rights Watch, landenrapport, augustus 2025.',
    '4 Rechtbank Den Haag, uitspraak van 1 oktober 2025.',
    '5 ACVZ, advies «Terugkeer», juni 2025.',
    '6 Kamerstuk 19 637, nr. 3400.',
  );

  it('finds a marker flattened to a plain number after a name ("in Tajikistan 3, Algerije")', () => {
    const made = imported(sixFootnotes('in Tajikistan 3, Algerije'));
    assert.match(question(made, '2'), /Eritrea, in Tajikistan\[3\], Algerije en Jemen\?$/);
    assert.equal(made.footnotes, 6);
    assert.deepEqual(made.unplaced, []);
    assert.equal(footnoteLines(made)[2], '[3] Human Rights Watch, landenrapport, augustus 2025.');
  });

  it('says so, and marks it, when a footnote text\'s marker is not found: never "6 voetnoten" with one dropped', () => {
    // two plain numbers where marker 3 could be: neither is taken
    const made = imported(sixFootnotes('in Tajikistan 3, Algerije 3'));
    assert.match(question(made, '2'), /Eritrea, in Tajikistan 3, Algerije 3 en Jemen\?$/, 'the question word for word');
    assert.deepEqual(made.unplaced.map((u) => [u.kind, u.label]), [['footnote-text', '3']]);
    assert.ok(footnoteLines(made).includes('[6] <controleer: voetnoottekst zonder verwijzing in de vragen> Human Rights Watch, landenrapport, augustus 2025.'), footnoteLines(made).join('\n'));
    const reported = checkDocument(parseDocument(made.text), inputs(), dutch).filter((d) => d.code === 'placeholder').map((d) => d.message);
    assert.ok(reported.some((m) => m.includes('<controleer: voetnoottekst zonder verwijzing in de vragen>')), 'the placeholder check reports it');
  });

  it('says so, and marks it, when a marker has no text', () => {
    const made = imported(draft(HEADING, '', 'Vraag 1', 'Kent u het bericht1?', '', '1 NOS, 3 maart 2025.', '', 'Vraag 2', 'En het besluit van de minister2?'));
    assert.deepEqual(made.unplaced.map((u) => [u.kind, u.label, u.line]), [['footnote-marker', '2', 8]]);
    assert.equal(question(made, '2'), 'En het besluit van de minister[2]?');
    assert.deepEqual(footnoteLines(made), ['[1] NOS, 3 maart 2025.', '[2] <controleer: voetnoottekst niet gevonden>']);
  });

  it('keeps a number inside a phrase past the last text as printed ("het traject Utrecht2 en"): it may be a name', () => {
    const made = imported(draft(HEADING, '', 'Vraag 1', 'Kent u het bericht1?', '', '1 NOS, 3 maart 2025.', '', 'Vraag 2', 'Wat betekent dit voor het traject Utrecht2 en de omgeving?'));
    assert.equal(question(made, '2'), 'Wat betekent dit voor het traject Utrecht2 en de omgeving?');
    assert.deepEqual(made.unplaced, []);
    assert.deepEqual(footnoteLines(made), ['[1] NOS, 3 maart 2025.']);
  });

  it('puts a superscript that the extraction pushed to the next line\'s start back after its word', () => {
    const made = imported(draft(
      HEADING,
      'Vraag 1',
      'Bent u bekend met het bericht «Dijken zakken sneller dan verwacht»',
      '1 van de NOS, en wat is uw reactie?',
      'Vraag 2',
      'Klopt het?',
      '1 NOS, 12 oktober 2025.',
    ));
    assert.equal(question(made, '1'), 'Bent u bekend met het bericht «Dijken zakken sneller dan verwacht»[1] van de NOS, en wat is uw reactie?');
    assert.deepEqual(footnoteLines(made), ['[1] NOS, 12 oktober 2025.']);
  });

  it('reads no footnote in "tot1,5°C"', () => {
    const made = imported(draft(HEADING, '', 'Vraag 1', 'Hoe beperkt u de opwarming tot1,5°C, zoals afgesproken in het akkoord van Parijs1?', '', '1 Overeenkomst van Parijs, 12 december 2015.'));
    assert.equal(question(made, '1'), 'Hoe beperkt u de opwarming tot1,5°C, zoals afgesproken in het akkoord van Parijs[1]?');
  });

  it('leaves a digit that is not surely a marker as printed', () => {
    const made = imported(draft(HEADING, '', 'Vraag 1', 'Waarom kregen 3 van de 12 scholen in regio2 geen subsidie?'));
    assert.equal(question(made, '1'), 'Waarom kregen 3 van de 12 scholen in regio2 geen subsidie?');
    assert.deepEqual(footnoteLines(made), []);
  });
});

describe('import: words the typesetter broke at a line end', () => {
  it('makes "maatrege-" / "len" whole, and keeps the hyphens of "geboorte-gerelateerde" and "COA-locaties"', () => {
    const made = imported(draft(
      HEADING,
      '',
      'Vraag 1',
      'Welke maatrege-',
      'len neemt u voor geboorte-',
      'gerelateerde zorg op COA-',
      'locaties, en voor privacy-',
      'en veiligheidsstandaarden in Noord-',
      'Holland?',
    ));
    assert.equal(question(made, '1'), 'Welke maatregelen neemt u voor geboorte-gerelateerde zorg op COA-locaties, en voor privacy- en veiligheidsstandaarden in Noord-Holland?');
  });

  it('decides by what the text prints elsewhere, and keeps the hyphen when unsure', () => {
    assert.equal(joinWrapped('de ouderen-', 'zorg', 'de ouderenzorg is'), 'de ouderenzorg');
    assert.equal(joinWrapped('de ouderen-', 'zorg', ''), 'de ouderen-zorg');
    assert.equal(joinWrapped('de zwart-', 'wit', ''), 'de zwart-wit');
    assert.equal(joinWrapped('een zee-', 'egel', 'zeeegel'), 'een zee-egel');
    assert.equal(joinWrapped('de oud-', 'minister', ''), 'de oud-minister');
    assert.equal(joinWrapped('de vergade-', 'ring', ''), 'de vergadering');
    assert.equal(joinWrapped('in 2025-', '2026', ''), 'in 2025-2026');
    assert.equal(joinWrapped('zie -', 'hierboven', ''), 'zie - hierboven');
  });
});

describe('import: Word text whose numbering was lost', () => {
  it('numbers the paragraphs under "Vragen van het lid ..." in order', () => {
    const word = draft(
      'Vragen van het lid Bakker (SP) aan de minister van Volksgezondheid, Welzijn en Sport over wachtlijsten in de ggz (ingezonden 2 maart 2026).',
      '',
      'Kent u het bericht over de wachtlijsten in de ggz[1]?',
      '',
      'Hoeveel mensen wachten langer dan de treeknorm?',
      '',
      'Wat gaat u doen om de wachtlijsten te verkorten?',
      '',
      '[1] Trouw, 1 maart 2026',
    );
    const made = imported(word);
    assert.equal(made.questions, 3);
    assert.equal(question(made, '1'), 'Kent u het bericht over de wachtlijsten in de ggz[1]?');
    assert.equal(question(made, '2'), 'Hoeveel mensen wachten langer dan de treeknorm?');
    assert.equal(question(made, '3'), 'Wat gaat u doen om de wachtlijsten te verkorten?');
    assert.deepEqual(footnoteLines(made), ['[1] Trouw, 1 maart 2026']);
  });

  it('never takes a Word footnote text for a question: one whose " 2)" is not surely a marker is kept, marked and said', () => {
    const made = imported(draft(
      '2026Z04321',
      'Vragen van het lid Bakker (SP) aan de minister van Volksgezondheid, Welzijn en Sport over wachtlijsten in de ggz (ingezonden 2 maart 2026).',
      '',
      'Kent u het bericht «Wachten op hulp duurt steeds langer»? 1)',
      '',
      'Wat is uw reactie op de analyse van de Nederlandse Zorgautoriteit 2) dat de wachttijden blijven stijgen?',
      '',
      'Bent u bereid de Kamer vóór 1 mei te informeren?',
      '',
      '1) NOS, 1 maart 2026.',
      '2) NZa, Monitor toegankelijkheid ggz, februari 2026.',
    ));
    assert.equal(made.questions, 3);
    assert.equal(question(made, '1'), 'Kent u het bericht «Wachten op hulp duurt steeds langer»?[1]');
    assert.equal(question(made, '2'), 'Wat is uw reactie op de analyse van de Nederlandse Zorgautoriteit 2) dat de wachttijden blijven stijgen?');
    assert.equal(question(made, '3'), 'Bent u bereid de Kamer vóór 1 mei te informeren?');
    assert.deepEqual(footnoteLines(made), ['[1] NOS, 1 maart 2026.', '[2] <controleer: voetnoottekst zonder verwijzing in de vragen> NZa, Monitor toegankelijkheid ggz, februari 2026.']);
    assert.deepEqual(made.unplaced.map((u) => [u.kind, u.label, u.line]), [['footnote-text', '2)', 10]]);
  });

  it('finds no questions in paragraphs without that heading', () => {
    assert.equal(draftFromQuestions(parseDocument(draft('Een nieuwsbericht.', '', 'Met een tweede alinea?')), { today: TEST_TODAY }), undefined);
  });
});

describe('import: the heading\'s facts when the text glues words, and who signs', () => {
  it('reads askers, ministries and subject from "… Welzijn en Sportover zorg voor …", and signs in the singular', () => {
    const made = imported(draft(
      'Vragen van de leden Jansen (CDA) en Bakker (SP)aan de Ministers van Justitie en Veiligheid en van Volksgezondheid, Welzijn en Sportover zorg voor gedetineerden (ingezonden 2 maart 2026, 2026Z04321).',
      '',
      'Vraag 1',
      'Hoe is de zorg voor gedetineerden geregeld?',
    ));
    assert.match(made.text, /\nHierbij zend ik u de antwoorden op de vragen van de leden Jansen \(CDA\) en Bakker \(SP\) over zorg voor gedetineerden \(ingezonden 2 maart 2026, 2026Z04321\)\.\n/);
    assert.match(made.text, /\nVragen van de leden Jansen \(CDA\) en Bakker \(SP\) aan de Ministers van Justitie en Veiligheid en van Volksgezondheid, Welzijn en Sport over zorg voor gedetineerden/);
    // each minister addressed signs, one under the other, never "De Ministers van ... en van ...,"
    assert.match(made.text, /\nDe Minister van Justitie en Veiligheid,\n\n\n\n<naam>\n\nDe Minister van Volksgezondheid, Welzijn en Sport,\n/);
    assert.doesNotMatch(made.text, /\nDe Ministers/);
  });

  it('keeps the heading\'s footnote, at its marker after the subject, numbered first', () => {
    const made = imported(draft(
      'Vragen van het lid Verbeek (GroenLinks-PvdA) aan de minister van Infrastructuur en Waterstaat over het bericht «Dijken zakken',
      'sneller dan verwacht»1 (ingezonden 14 oktober 2025, 2025Z18211).',
      '',
      'Vraag 1',
      'Bent u bekend met het rapport van de Deltacommissaris2?',
      '',
      '1 NOS, 12 oktober 2025.',
      '2 Deltaprogramma 2026, Kamerstuk 36 800 J, nr. 4.',
    ));
    assert.match(made.text, /\nVragen van het lid Verbeek \(GroenLinks-PvdA\) aan de minister van Infrastructuur en Waterstaat over het bericht «Dijken zakken sneller dan verwacht»\[1\] \(ingezonden 14 oktober 2025, 2025Z18211\)\.\n/);
    assert.match(made.text, /\nBetreft Antwoorden Kamervragen over het bericht «Dijken zakken sneller dan verwacht»\n/);
    assert.equal(question(made, '1'), 'Bent u bekend met het rapport van de Deltacommissaris[2]?');
    assert.deepEqual(footnoteLines(made), ['[1] NOS, 12 oktober 2025.', '[2] Deltaprogramma 2026, Kamerstuk 36 800 J, nr. 4.']);
    assert.deepEqual([made.footnotes, made.unplaced], [2, []]);
    assert.deepEqual(checkDocument(parseDocument(made.text), inputs(), dutch).filter((d) => d.code.endsWith('footnote')), []);
  });

  it('keeps the heading\'s words as printed where a number is no marker ("de A12", "artikel 3.12", "COVID19")', () => {
    const made = imported(draft(
      'Vragen van het lid Verbeek (GroenLinks-PvdA) aan de minister van Infrastructuur en Waterstaat over de verbreding van de A12, artikel 3.12 van de Omgevingswet en COVID19 (ingezonden 14 oktober 2025).',
      '',
      'Vraag 1',
      'Klopt het?',
    ));
    assert.match(made.text, /\nBetreft Antwoorden Kamervragen over de verbreding van de A12, artikel 3\.12 van de Omgevingswet en COVID19\n/);
    assert.match(made.text, /\nVragen van het lid Verbeek \(GroenLinks-PvdA\) aan de minister van Infrastructuur en Waterstaat over de verbreding van de A12, artikel 3\.12 van de Omgevingswet en COVID19 \(ingezonden 14 oktober 2025\)\.\n/);
  });

  it('writes the sent date on one line where the printed heading breaks it ("(ingezonden 30 mei" / "2026)")', () => {
    const made = imported(draft('Vragen van het lid Kops (PVV) aan de minister van Financiën over de box 3-heffing (ingezonden 30 mei', '2026).', '', 'Vraag 1', 'Klopt het?'));
    assert.match(made.text, /\nHierbij zend ik u de antwoorden op de vragen van het lid Kops \(PVV\) over de box 3-heffing \(ingezonden 30 mei 2026\)\.\n/);
    assert.match(made.text, /\nVragen van het lid Kops \(PVV\) aan de minister van Financiën over de box 3-heffing \(ingezonden 30 mei 2026\)\.\n/);
  });

  it('signs in the singular for a heading addressed to a minister and a state secretary', () => {
    const made = imported(draft('Vragen van het lid Kops (PVV) aan de minister van Financiën en de staatssecretaris van Fiscaliteit over de box 3-heffing (ingezonden 3 maart 2026).', '', 'Vraag 1', 'Klopt het?'));
    assert.match(made.text, /\nDe minister van Financiën,\n\n\n\n<naam>\n\nDe staatssecretaris van Fiscaliteit,\n/);
  });

  it('signs in the singular for two ministers named as a published heading capitalises them ("de Minister van A en de Minister van B")', () => {
    const made = imported(draft('Vragen van het lid Hoekstra (ChristenUnie) aan de Minister van Sociale Zaken en Werkgelegenheid en de Minister van Volksgezondheid, Welzijn en Sport over mantelzorg (ingezonden 2 december 2025).', '', 'Vraag 1', 'Klopt het?'));
    assert.match(made.text, /\nDe Minister van Sociale Zaken en Werkgelegenheid,\n\n\n\n<naam>\n\nDe Minister van Volksgezondheid, Welzijn en Sport,\n\n\n\n<naam>\n/);
    const both = imported(draft('Vragen van het lid Kops (PVV) aan de Minister en de Staatssecretaris van Financiën over de heffing (ingezonden 3 maart 2026).', '', 'Vraag 1', 'Klopt het?'));
    assert.match(both.text, /\nDe Minister van Financiën,\n\n\n\n<naam>\n\nDe Staatssecretaris van Financiën,\n/);
  });
});

describe('every placeholder the product writes is reported', () => {
  /** Each `<…>` left in `text` lies inside a placeholder diagnostic. */
  function unreported(text: string): string[] {
    const parsed = parseDocument(text);
    const reported = checkDocument(parsed, inputs(), dutch).filter((d) => d.code === 'placeholder');
    const missed: string[] = [];
    text.split('\n').forEach((line, i) => {
      for (const m of line.matchAll(/<[^<>\n]{1,120}>/g)) {
        const covered = reported.some((d) => d.range.start.line === i && d.range.start.character <= m.index && d.range.end.character >= m.index + m[0].length);
        if (!covered) missed.push(`${i + 1}: ${m[0]}`);
      }
    });
    return missed;
  }

  function placeholdersReported(text: string): string[] {
    return checkDocument(parseDocument(text), inputs(), dutch).filter((d) => d.code === 'placeholder').map((d) => d.message);
  }

  /** A snippet's body as the editor inserts it when every default is kept. */
  function expandSnippet(body: string): string {
    let out = '';
    for (let i = 0; i < body.length; i++) {
      if (body[i] === '$' && body[i + 1] === '{') {
        let depth = 0;
        let end = i + 1;
        for (; end < body.length; end++) {
          if (body[end] === '{') depth++;
          else if (body[end] === '}' && --depth === 0) break;
        }
        const inner = body.slice(i + 2, end);
        const choice = /^\d+\|([^,|]*)/.exec(inner);
        const placeholder = /^\d+:([^]*)$/.exec(inner);
        out += choice ? choice[1] : placeholder ? expandSnippet(placeholder[1]) : /^[A-Z_]+/.test(inner) ? '1' : '';
        i = end;
      } else if (body[i] === '$' && /\d/.test(body[i + 1] ?? '')) {
        while (/\d/.test(body[i + 1] ?? '')) i++;
      } else out += body[i];
    }
    return out;
  }

  it('in every snippet, its defaults kept', () => {
    const snippets = JSON.parse(readFileSync(join(repoRoot, 'snippets', 'kamervragen.json'), 'utf8')) as Record<string, { body: string | string[] }>;
    for (const [name, snippet] of Object.entries(snippets)) {
      const text = expandSnippet(Array.isArray(snippet.body) ? snippet.body.join('\n') : snippet.body);
      assert.deepEqual(unreported(text), [], `${name}:\n${text}`);
    }
  });

  it('in every snippet as the server fills it in for a draft that knows nothing yet (the "new document" command\'s kv-nieuw too)', () => {
    for (const prefix of SNIPPET_PREFIXES) {
      const text = expandSnippet(service.snippet(parseDocument(''), prefix, TEST_TODAY) ?? '');
      assert.deepEqual(unreported(text), [], `${prefix}:\n${text}`);
    }
  });

  it('in the Mededeling, as the command inserts it (its defaults kept) and as the quick fix writes it: what it does not know is reported', () => {
    const unknown = parseDocument(draft('Vraag 1', 'Klopt het?'));
    for (const text of [expandSnippet(service.mededeling(unknown, 'snippet')), service.mededeling(unknown, 'plain')]) {
      assert.deepEqual(unreported(text), [], text);
      // askers, subject and date: each a placeholder the check reports, never words that read as filled in
      assert.ok(placeholdersReported(text).length >= 3, text);
    }
  });

  it('in what every quick fix inserts', () => {
    const text = draft(
      'Vragen van het lid Jansen (VVD) aan de minister van Justitie en Veiligheid over camera\'s (ingezonden 3 januari 2026, 2026Z00025).',
      '',
      'Vraag 1',
      'Kent u het bericht[1] en het rapport[2]?',
      '',
      'Vraag 2',
      'Klopt het?',
      '',
      'Antwoord op vraag 1',
      'Ja.',
      '',
      '[1] NOS, 2 januari 2026',
    );
    const parsed = parseDocument(text);
    const problems = checkDocument(parsed, inputs(), dutch);
    const actions = codeActions(parsed, problems, dutch);
    assert.ok(actions.length >= 3, actions.map((a) => a.title).join(', '));
    for (const action of actions) {
      const fixed = applyEdits(parsed.lines, action.edits);
      assert.deepEqual(unreported(fixed), [], `${action.title}:\n${fixed}`);
    }
  });

  it('in the draft `new` makes of every corpus document, and of a text it knows nothing of', () => {
    for (const document of annotatedDocuments()) {
      const made = draftFromQuestions(parseDocument(readFileSync(document.path, 'utf8')), { today: TEST_TODAY });
      if (made) assert.deepEqual(unreported(made.text), [], document.file);
    }
    const bare = imported(draft('Vraag 1', 'Klopt het1?', '', '1 NOS.', '', 'Vraag 2', 'En dat2?'));
    assert.match(bare.text, /<het lid naam \(partij\)>/);
    assert.deepEqual(unreported(bare.text), []);
  });
});

describe('import: text that belongs to no question', () => {
  it('keeps what was read as footnote texts before the first question, marked and said: never dropped', () => {
    // bare numbers, each above its line, read as a side column of footnote texts, then "Vraag 3"
    const made = imported(draft(
      'Vragen van het lid Yilmaz (DENK) aan de minister van Binnenlandse Zaken over huurprijzen (ingezonden 5 november 2025).',
      '',
      '1',
      'Kent u de Huurmonitor van de Woonbond?',
      '',
      '2',
      'Wat vindt u van de stijging?',
      '',
      'Vraag 3',
      'Wat gaat u doen?',
    ));
    for (const words of ['Kent u de Huurmonitor van de Woonbond?', 'Wat vindt u van de stijging?', 'Wat gaat u doen?']) assert.ok(made.text.includes(words), `${words} is in the draft:\n${made.text}`);
    assert.ok(made.unplaced.length > 0, 'and new says what it could not place');
    assert.ok(checkDocument(parseDocument(made.text), inputs(), dutch).some((d) => d.code === 'placeholder'), 'and the check reports it until it is looked at');
  });

  it('keeps a paragraph between the heading and the first question before the questions, marked, and says where', () => {
    const made = imported(draft(
      'Tweede Kamer der Staten-Generaal',
      '2025Z18211',
      'Vragen van het lid Verbeek (GroenLinks-PvdA) aan de minister van Infrastructuur en Waterstaat over de verzakking van dijken (ingezonden 14 oktober 2025).',
      '',
      'Naar aanleiding van het commissiedebat Water van 2 oktober 2025 stel ik de',
      'volgende vragen.',
      '’s-Gravenhage 2025 Tweede Kamer, vergaderjaar 2025–2026, Vragen 1',
      '',
      'Vraag 1',
      'Klopt het?',
    ));
    assert.match(made.text, /\n\n<controleer: tekst buiten de vragen> Naar aanleiding van het commissiedebat Water van 2 oktober 2025 stel ik de volgende vragen\.\n\nVraag 1\nKlopt het\?\n/);
    assert.deepEqual(made.unplaced.map((u) => [u.kind, u.line]), [['text', 4]]);
    assert.match(describeUnplaced(made.unplaced, dutch) ?? '', /^Niet alles kon een plaats krijgen: 1 alinea buiten de vragen \(regel 5\)\./);
    assert.deepEqual(parseDocument(made.text).model.questionHeadings.map((h) => [h.labels, h.text]), [[['1'], 'Klopt het?']]);
  });

  it('keeps nothing of an answer document but its questions: its answers are no question\'s text', () => {
    const made = imported(draft(HEADING, '', 'Antwoord van minister Tielen (Infrastructuur en Waterstaat) (ontvangen 4 november 2025).', '', 'Vraag 1', 'Klopt het?', '', 'Antwoord 1', 'Ja.'));
    assert.deepEqual(made.unplaced, []);
    assert.doesNotMatch(made.text, /Tielen|\nJa\./);
  });
});

describe('new says what it could not place, on the CLI and to the editor', function () {
  this.timeout(30000);
  const text = draft(
    HEADING,
    '',
    'Vraag 1',
    'Kent u het rapport van de inspectie1 en de brief van de burgemeesters 2, 3 en 4?',
    '',
    '1 Inspectie, rapport «Zorg voor later», oktober 2025.',
    '2 Brief van de burgemeesters, 1 oktober 2025.',
  );

  it('the CLI: the draft is written, and the count and where go to standard error', () => {
    const folder = mkdtempSync(join(tmpdir(), 'kamervragen-unplaced-'));
    writeFileSync(join(folder, 'vragen.txt'), text);
    const run = runCli(['new', join(folder, 'vragen.txt')], { KAMERVRAGEN_TODAY: '2026-02-10' });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stderr, /concept met 1 vraag en 2 voetnoten\n.*Niet alles kon een plaats krijgen: 1 voetnoottekst zonder verwijzing in de vragen \(voetnoot 2 op regel 7\)\. Het concept zegt het met <controleer: …>/);
    assert.match(readFileSync(join(folder, 'vragen.kamervragen'), 'utf8'), /\n\[2\] <controleer: voetnoottekst zonder verwijzing in de vragen> Brief van de burgemeesters, 1 oktober 2025\.\n/);
  });

  it('the server\'s request: the same words beside the draft', async () => {
    const client = new LspTestClient();
    try {
      await client.initialize();
      const result = (await client.connection.sendRequest('kamervragen/newFromQuestions', { text })) as { unplaced?: string; questions: number };
      assert.equal(result.questions, 1);
      assert.match(result.unplaced ?? '', /^Niet alles kon een plaats krijgen: 1 voetnoottekst zonder verwijzing in de vragen \(voetnoot 2 op regel 7\)/);
    } finally {
      await client.shutdown();
    }
  });
});
