import { strict as assert } from 'assert';
import { classifyLine, normalizeLine } from '../../server/src/service/parse/lineKinds';

const kind = (line: string) => classifyLine(normalizeLine(line));

describe('line kinds', () => {
  it('recognises question headings in every real style', () => {
    for (const line of ['Vraag 1', 'Vraag 12 ', '\u2022 Vraag 3', 'Vraag 3, 4, 5 en 6', 'Vraag 2 t/m 6', 'Vraag 7, 8, 9 10 en 11', 'vraag 4:']) {
      assert.equal(kind(line).kind, 'question-heading', line);
    }
    assert.deepEqual((kind('Vraag 2 t/m 6') as { numbers: number[] }).numbers, [2, 3, 4, 5, 6]);
  });

  it('recognises answer headings in every real style', () => {
    const cases: Array<[string, number[]]> = [
      ['Antwoord op vraag 1', [1]],
      ['Antwoord 6', [6]],
      ['Antwoord op vragen 4 en  5', [4, 5]],
      ['Antwoord vraag 7, 8 en 10', [7, 8, 10]],
      ['\fAntwoord 3, 4, 5 en 6', [3, 4, 5, 6]],
      ['Antwoord vragen 1,2,3,4 en 5', [1, 2, 3, 4, 5]],
      ['Antwoord vraag 4-7:', [4, 5, 6, 7]],
      ['Antwoord op vraag 3 en 4', [3, 4]],
      ['Antwoord 2 t/m 6', [2, 3, 4, 5, 6]],
    ];
    for (const [line, numbers] of cases) {
      const k = kind(line);
      assert.equal(k.kind, 'answer-heading', line);
      assert.deepEqual((k as { numbers: number[] }).numbers, numbers, line);
    }
  });

  it('recognises bare answer headings with and without colon or trailing space', () => {
    for (const line of ['Antwoord', 'Antwoord ', 'Antwoord:', 'Antwoord: ']) assert.equal(kind(line).kind, 'bare-answer-heading', line);
    assert.equal(kind('Antwoord: Ja.').kind, 'bare-answer-heading');
  });

  it('does not take running text or document headers for headings', () => {
    for (const line of [
      'Antwoord van minister Hermans (Klimaat en Groene Groei) (ontvangen 19 november 2024)',
      'Vraag 2 is al eerder gesteld',
      'In antwoord op uw brief van 3 januari 2024, nr. 2024Z00025, deel ik u mede dat',
      'Vragen van het lid Van der Lee (GroenLinks-PvdA) aan de Minister van',
      'Antwoord op vragen van het lid Rajkowski over de beantwoording',
    ]) {
      assert.equal(kind(line).kind, 'text', line);
    }
  });

  it('recognises the Mededeling heading but not the header line that names it', () => {
    assert.equal(kind('Mededeling').kind, 'mededeling-heading');
    assert.equal(kind('\u2022 Mededeling - 29 november 2021').kind, 'mededeling-heading');
    assert.equal(kind('Mededeling van Minister De Jonge (Binnenlandse Zaken en').kind, 'text');
  });

  it('recognises page furniture', () => {
    for (const line of [' Pagina 2 van 5', 'ah-tk-20232024-2367', 'ISSN 0921 - 7398', '\u2019s-Gravenhage 2024']) {
      assert.equal(kind(line).kind, 'furniture', line);
    }
    assert.equal(kind('Tweede Kamer, vergaderjaar 2023\u20132024, Aanhangsel').kind, 'running-footer');
  });

  it('keeps offsets into the raw line when it strips decoration', () => {
    const line = normalizeLine('\u00a0\u2022 Vraag\u00a01');
    assert.equal(line.text, 'Vraag 1');
    assert.equal(line.offset, 3);
    assert.equal(line.bullet, true);
  });
});
