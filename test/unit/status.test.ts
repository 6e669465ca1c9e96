import { strict as assert } from 'assert';
import { addDays, daysBetween, documentStatus, formatDutchDate, isRealDate, parseDocument, parseDutchDate, questionsMetadata, TextLines, mededelingSnippet } from '../../server/src/service';
import { corpusText } from '../helpers/corpus';
import { draft } from '../helpers/draft';

describe('Dutch dates', () => {
  it('parses and formats dates as letters write them', () => {
    assert.deepEqual(parseDutchDate('ingezonden 3 januari 2024'), { day: 3, month: 1, year: 2024 });
    assert.equal(formatDutchDate({ day: 22, month: 11, year: 2026 }), '22 november 2026');
    assert.equal(parseDutchDate('3 jan 2024'), undefined);
  });

  it('knows which dates exist and counts days across months and years', () => {
    assert.equal(isRealDate({ day: 31, month: 2, year: 2024 }), false);
    assert.equal(isRealDate({ day: 29, month: 2, year: 2024 }), true);
    assert.deepEqual(addDays({ day: 20, month: 12, year: 2025 }, 21), { day: 10, month: 1, year: 2026 });
    assert.equal(daysBetween({ day: 1, month: 3, year: 2024 }, { day: 1, month: 2, year: 2024 }), -29);
  });
});

describe('document status', () => {
  const text = draft('Vragen van het lid Jansen (VVD) over camera\'s (ingezonden 3 januari 2026, 2026Z00025).', '', 'Vraag 1', 'a?', 'Antwoord 1', 'x', 'Vraag 2', 'b?', 'Vraag 3', 'c?');

  it('counts answered questions, finds the first unanswered one and the days to the deadline', () => {
    const { model, lines } = parseDocument(text);
    const status = documentStatus(model, lines, { day: 20, month: 1, year: 2026 });
    assert.equal(status.questions, 3);
    assert.equal(status.answered, 1);
    assert.deepEqual(status.firstUnanswered, { line: 6, character: 0 });
    assert.deepEqual(status.due, { day: 24, month: 1, year: 2026 });
    assert.equal(status.daysLeft, 4);
    assert.equal(status.hasMededeling, false);
  });

  it('gives negative days when the deadline has passed', () => {
    const { model, lines } = parseDocument(text);
    assert.equal(documentStatus(model, lines, { day: 27, month: 1, year: 2026 }).daysLeft, -3);
  });
});

describe('questions metadata and the Mededeling', () => {
  it('reads askers, subject, date and zaaknummer from a real heading that wraps over lines', () => {
    const meta = questionsMetadata(new TextLines(corpusText('2024Z00025-veiligheidsregio-antwoorden.txt')));
    assert.equal(meta.askers, 'het lid Six Dijkstra (Nieuw Sociaal Contract)');
    assert.equal(meta.subject, "het artikel 'Veiligheidsregio gebruikte jarenlang Chinese apparatuur ondanks spionagerisico\u2019s'");
    assert.deepEqual(meta.sent, { day: 3, month: 1, year: 2024 });
    assert.equal(meta.zaaknummer, '2024Z00025');
  });

  it('writes the Mededeling for those questions, with placeholders for what it does not know', () => {
    const known = mededelingSnippet(new TextLines("Vragen van het lid Jansen (VVD) aan de minister van Justitie en Veiligheid over camera's (ingezonden 3 januari 2026, 2026Z00025)."));
    assert.match(known, /De vragen van het lid Jansen \(VVD\) over camera's \(ingezonden 3 januari 2026, 2026Z00025\) kunnen niet binnen de gebruikelijke termijn/);
    assert.match(mededelingSnippet(new TextLines('Vraag 1')), /De vragen van \$\{1:het lid naam \(partij\)\} over \$\{2:onderwerp\}/);
  });

  it('escapes snippet syntax in text it copies', () => {
    assert.match(mededelingSnippet(new TextLines('Vragen van het lid A (B) aan de minister over $100 en {x} (ingezonden 3 januari 2026).')), /over \\\$100 en \{x\\\}/);
  });
});
