import { strict as assert } from 'assert';
import { questionNumbers } from '../../server/src/service/model';
import { TextLines } from '../../server/src/service/text/lines';
import { classifyLine, normalizeLine } from '../../server/src/service/parse/lineKinds';
import { readStructure } from '../../server/src/service/parse/structure';
import { codes, draft, model, withCode } from '../helpers/draft';
import { summarizeStructure } from '../../server/src/service/features/structureSummary';

const groups = (text: string) => model(text).answers.map((a) => a.numbers);

describe('document structure', () => {
  it('reads the canonical form', () => {
    const m = model(draft('Vraag 1', 'Bent u bekend met het bericht?', '', 'Antwoord op vraag 1', 'Ja.', '', 'Vraag 2', 'Waarom?', '', 'Antwoord op vraag 2', 'Daarom.'));
    assert.deepEqual(questionNumbers(m), [1, 2]);
    assert.deepEqual(m.answers.map((a) => a.numbers), [[1], [2]]);
    assert.equal(m.questionHeadings[0].text, 'Bent u bekend met het bericht?');
  });

  it('reads the line kinds without changing them (a page number under a footer is furniture in its own copy)', () => {
    const lines = new TextLines(draft('1', 'Klopt het?', 'Antwoord', 'Ja.', 'Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel', '2', '2', 'Waarom?', 'Antwoord', 'Daarom.'));
    const normalized = Array.from({ length: lines.count }, (_, i) => normalizeLine(lines.lineText(i)));
    const kinds = normalized.map((line) => classifyLine(line));
    const before = JSON.stringify(kinds);
    readStructure(lines, normalized, kinds);
    assert.equal(JSON.stringify(kinds), before);
  });

  it('gives each section its own range object', () => {
    const m = model(draft('Vraag 1', 'a?', 'Vraag 2', 'b?', 'Mededeling', 'Later.'));
    assert.notEqual(m.questionHeadings[0].sectionRange, m.questionHeadings[1].sectionRange);
    assert.deepEqual(m.mededelingen[0].sectionRange.start.line, 4);
  });

  it('gives each heading a section that ends before the next heading', () => {
    const m = model(draft('Vraag 1', 'Tekst?', '', 'Antwoord op vraag 1', 'Ja.', 'Nog iets.', '', '', 'Vraag 2', 'Tekst?'));
    assert.deepEqual([m.questionHeadings[0].sectionRange.start.line, m.questionHeadings[0].sectionRange.end.line], [0, 1]);
    assert.deepEqual([m.answers[0].sectionRange.start.line, m.answers[0].sectionRange.end.line], [3, 5]);
  });

  it('lets a bare "Antwoord" answer the questions above it', () => {
    assert.deepEqual(groups(draft('1', 'Vraag?', '', 'Antwoord', 'Ja.', '', '2', 'Vraag?', '', 'Antwoord ', 'Nee.')), [[1], [2]]);
    assert.deepEqual(groups(draft('Vraag 1', 'A?', 'Vraag 2', 'B?', 'Antwoord:', 'Samen.')), [[1, 2]]);
  });

  it('reads bare numbers as questions only in the bare-number layout', () => {
    const bare = model(draft('1', 'Bent u bekend met het bericht?', '', 'Antwoord', 'Ja.'));
    assert.deepEqual(questionNumbers(bare), [1]);
    const vraagLayout = model(draft('Vergaderjaar 2023\u20132024', '', '2', '', 'Vraag 1', 'Klopt het?', 'Antwoord 1', 'Ja.'));
    assert.deepEqual(questionNumbers(vraagLayout), [1]);
  });

  it('reads numbered items as questions, wrapped lines and numbered lists inside answers included', () => {
    const text = draft(
      '1. Bent u bekend met het bericht dat', 'het zo is?', '', 'Antwoord vraag 1:', 'Ja. Drie punten:',
      '1. het eerste;', '2. het tweede.', '', '2. Waarom?', '', 'Antwoord vraag 2:', 'Daarom.',
    );
    const m = model(text);
    assert.deepEqual(questionNumbers(m), [1, 2]);
    assert.equal(m.questionHeadings[0].text, 'Bent u bekend met het bericht dat het zo is?');
    assert.deepEqual(groups(text), [[1], [2]]);
  });

  it('reads a pasted list of numbered questions before any answer is written', () => {
    assert.deepEqual(questionNumbers(model(draft('1. Klopt het bericht?', '2. Waarom niet?'))), [1, 2]);
  });

  it('takes the answers of a web rendering from the paragraphs after each question', () => {
    const text = draft('\u2022 Vraag 1', '  Klopt het?', '', '  Ja.', '', '\u2022 Vraag 2', '  Waarom?', '');
    assert.deepEqual(groups(text), [[1]]);
    assert.equal(model(text).answers[0].hasHeading, false);
  });

  it('does not take a Mededeling for an answer', () => {
    const m = model(draft('Vraag 1', 'Klopt het?', 'Mededeling', 'De vragen kunnen niet binnen drie weken worden beantwoord.'));
    assert.deepEqual(m.answers, []);
    assert.equal(m.mededelingen.length, 1);
  });

  it('treats the page number under a running footer as furniture', () => {
    const m = model(draft('1', 'Vraag?', 'Antwoord', 'Tekst', 'Tweede Kamer, vergaderjaar 2023\u20132024, Aanhangsel', '', '2', '', 'verder.'));
    assert.deepEqual(questionNumbers(m), [1]);
  });

  it('survives text without any structure', () => {
    assert.deepEqual(model('').questionHeadings, []);
    assert.deepEqual(model('Een gewone brief zonder vragen.').answers, []);
  });
});

describe('sub-questions, consistent headings and question sets (issue 9)', () => {
  const summary = (text: string) => summarizeStructure(model(text));

  it('reads sub-questions 2a and 2b as questions of their own', () => {
    const text = draft('Vraag 1', 'Kent u het?', 'Vraag 2a', 'Hoeveel?', 'Vraag 2b', 'En waar?', 'Antwoord op vraag 1', 'Ja.', 'Antwoord op vraag 2a', 'Tien; zie ook het antwoord op vraag 2b.');
    assert.deepEqual(summary(text).questions, [1, '2a', '2b']);
    assert.deepEqual(summary(text).answerGroups, [[1], ['2a']]);
    assert.deepEqual(codes(text), ['unanswered-question']);
    assert.match(withCode(text, 'unanswered-question')[0].message, /Vraag 2b/);
    const answered = draft('Vraag 5a', 'Hoeveel?', 'Vraag 5b', 'Waar?', 'Antwoord op vragen 5a en 5b', 'Tien, in Utrecht.');
    assert.deepEqual(summary(answered).answerGroups, [['5a', '5b']]);
    assert.deepEqual(codes(answered), []);
    assert.deepEqual(codes(draft('Vraag 2a', 'Hoeveel?', 'Antwoord op vraag 2a', 'Zie het antwoord op vraag 2c.')), ['unknown-reference']);
  });

  it('does not take a wrapped line "vraag 4. De ..." inside an answer for a heading', () => {
    const text = draft(
      'Vraag 3', 'Wat weet u van de wachtlijsten?', 'Antwoord op vraag 3', 'Dat heb ik toegelicht in mijn antwoord op',
      'vraag 4. De zorgaanbieder heeft dit gemeld.', 'Vraag 4', 'Wat doet de zorgaanbieder?', 'Antwoord op vraag 4', 'Hij meldt het.',
    );
    assert.deepEqual(summary(text).questions, [3, 4]);
    assert.deepEqual(codes(text), []);
    // A document written in lower case keeps its headings.
    assert.deepEqual(summary(draft('vraag 1. Kent u het?', 'antwoord 1. Ja.')).questions, [1]);
  });

  it('numbers the questions of each set in one file on their own', () => {
    const text = draft(
      'Vragen van het lid Jansen (CDA) aan de minister van Financiën over banken (ingezonden 2 februari 2026).', '',
      'Vraag 1', 'Kent u het bericht?', 'Antwoord op vraag 1', 'Ja.', 'Vraag 2', 'Wat doet u?', 'Antwoord op vraag 2', 'Niets; zie vraag 1.', '',
      'Vragen van het lid De Vries (D66) aan de minister van Financiën over verzekeraars (ingezonden 3 februari 2026).', '',
      'Vraag 1', 'Kent u het rapport?', 'Antwoord op vraag 1', 'Ja; zie ook vraag 2.', 'Vraag 2', 'Wat doet u?',
    );
    const model_ = model(text);
    assert.deepEqual(model_.questionHeadings.map((h) => `${h.set}:${h.labels.join()}`), ['0:1', '0:2', '1:1', '1:2']);
    assert.deepEqual(codes(text), ['unanswered-question'], 'question 2 of the second set only; no duplicate across sets');
    assert.equal(withCode(text, 'unanswered-question')[0].range.start.line, 17);
  });
});

describe('question numbers of four digits and more', () => {
  it('reads "Vraag 1000" and "Antwoord op vraag 1000" as headings, and reports it unanswered', () => {
    const questions = Array.from({ length: 1000 }, (_, i) => `Vraag ${i + 1}\nKlopt het?\n\n${i < 999 ? `Antwoord op vraag ${i + 1}\nJa.\n` : ''}`).join('\n');
    const m = model(questions);
    assert.equal(m.questionHeadings.length, 1000);
    assert.deepEqual(m.questionHeadings[999].labels, ['1000']);
    assert.deepEqual(withCode(questions, 'unanswered-question').map((d) => d.message), ["Vraag 1000 heeft geen antwoord. Voeg 'Antwoord op vraag 1000' toe."]);
    assert.deepEqual(model(draft('Vraag 12345', 'a?', 'Antwoord op vragen 12345 en 12346', 'b')).answers.map((a) => a.labels), [['12345', '12346']]);
  });

  it('reads numbered items and bare numbers past 999, in order', () => {
    const items = Array.from({ length: 1200 }, (_, i) => `${i + 1}. Klopt het?`).join('\n\n');
    assert.equal(model(items).questionHeadings.length, 1200);
    const bare = Array.from({ length: 1001 }, (_, i) => `${i + 1}\nKlopt het?\n\nAntwoord\nJa.`).join('\n\n');
    assert.deepEqual(summarizeStructure(model(bare)).questions.slice(-2), [1000, 1001]);
  });
});

describe('numbered questions and Word footnote texts', () => {
  it('takes only items written like question 1 as questions: "2)" after "1." items is a footnote text', () => {
    const text = draft('1. Kent u het bericht?', '', 'Antwoord', 'Ja.', '', '2) Rapport van de inspectie, 2025');
    assert.deepEqual(questionNumbers(model(text)), [1]);
    assert.deepEqual(codes(text), []);
  });
});
