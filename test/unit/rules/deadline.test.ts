import { strict as assert } from 'assert';
import { checkDocument } from '../../../server/src/service/check';
import { parseDocument } from '../../../server/src/service/parse/parseDocument';
import { dutch, inputs } from '../../helpers/draft';
import { corpusText } from '../../helpers/corpus';
import { draft } from '../../helpers/draft';

const deadlineFindings = (text: string, today = { day: 10, month: 2, year: 2026 }) =>
  checkDocument(parseDocument(text), inputs({}, today), dutch).filter((d) => d.code === 'deadline');

const heading = "Vragen van het lid Jansen (VVD) aan de minister van Justitie en Veiligheid over camera's (ingezonden 3 januari 2026, 2026Z00025).";

describe('rule deadline', () => {
  it('warns how many days late the answers are, on the date the questions were sent', () => {
    const found = deadlineFindings(draft(heading, '', 'Vraag 1', 'a?'));
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 2);
    assert.equal(found[0].message, 'De antwoorden zijn 17 dagen te laat: de vragen zijn ingezonden op 3 januari 2026 en de termijn verliep op 24 januari 2026. Stuur een Mededeling (uitstelbericht).');
    assert.equal(parseDocument(heading).lines.text.slice(found[0].range.start.character, found[0].range.end.character), '3 januari 2026');
    assert.deepEqual(found[0].data, { daysLate: 17 });
  });

  it('is silent within the term, and with a Mededeling', () => {
    assert.deepEqual(deadlineFindings(heading, { day: 20, month: 1, year: 2026 }), []);
    assert.deepEqual(deadlineFindings(draft(heading, 'Mededeling', 'De vragen kunnen niet binnen drie weken worden beantwoord.')), []);
  });

  it('counts from the letter\'s date when that is later than today', () => {
    const found = deadlineFindings(draft('Datum 20 februari 2026', heading), { day: 10, month: 2, year: 2026 });
    assert.equal(found[0].data && (found[0].data as { daysLate: number }).daysLate, 27);
  });

  it('does not judge documents that were sent, received or archived', () => {
    assert.deepEqual(deadlineFindings(draft('Datum 1 februari 2026', heading)), [], 'a letter dated in the past has been sent');
    assert.deepEqual(deadlineFindings(draft(heading, 'Antwoord van minister X (ontvangen 8 februari 2026).')), [], 'received');
    assert.deepEqual(deadlineFindings(heading, { day: 10, month: 2, year: 2027 }), [], 'more than a year old');
    for (const file of ['2021Z16201-xiaomi-antwoorden.txt', '2024Z00025-veiligheidsregio-antwoorden.txt', 'ah-tk-20232024-2367.txt']) {
      assert.deepEqual(deadlineFindings(corpusText(file), { day: 23, month: 11, year: 2026 }), [], file);
    }
  });

  it('leaves a date that does not exist to nonexistent-date', () => {
    assert.deepEqual(deadlineFindings('(ingezonden 31 februari 2026)'), []);
  });
});
