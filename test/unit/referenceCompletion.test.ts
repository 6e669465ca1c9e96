import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { Register, WorkspaceIndex, type CompletionSources } from '../../server/src/service';
import { referenceCompletions } from '../../server/src/service/features/referenceCompletion';
import { parseRegister } from '../../server/src/service/lookup/register';
import { parseDocument } from '../../server/src/service/parse/parseDocument';
import { corpusText } from '../helpers/corpus';
import { repoRoot } from '../helpers/paths';
import { dutch } from '../helpers/draft';

const register = new Register(parseRegister(readFileSync(join(repoRoot, 'examples', 'register', 'register.json'), 'utf8'), 'register.json', dutch).entries);
const index = new WorkspaceIndex();
index.update('file:///ws/veiligheidsregio.kamervragen', corpusText('2024Z00025-veiligheidsregio-antwoorden.txt'));
index.update('file:///ws/bunq.kamervragen', corpusText('ah-tk-20232024-2367.txt'));
index.update('file:///ws/xiaomi.kamervragen', corpusText('2021Z16201-xiaomi-antwoorden.txt'));
const sources: CompletionSources = { register, index, uri: 'file:///ws/nieuw.kamervragen', onsKenmerkPreset: 'cijfers', today: { year: 2026, month: 2, day: 10 } };

/** Labels offered at the end of the last line of `text`. */
function labels(text: string, extra: Partial<CompletionSources> = {}): string[] {
  const parsed = parseDocument(text);
  const line = parsed.lines.count - 1;
  return referenceCompletions(parsed, { line, character: parsed.lines.lineText(line).length }, { ...sources, ...extra }, dutch).map((i) => i.label);
}

describe('completion of kenmerken and references', () => {
  it('indexes the workspace documents from their own text', () => {
    const veiligheidsregio = index.get('file:///ws/veiligheidsregio.kamervragen')!;
    assert.equal(veiligheidsregio.zaaknummer, '2024Z00025');
    assert.equal(veiligheidsregio.onsKenmerk, '5222646');
    assert.equal(index.get('file:///ws/bunq.kamervragen')!.citation, 'Aanhangsel Handelingen, vergaderjaar 2023-2024, nr. 2367');
    assert.deepEqual(index.get('file:///ws/bunq.kamervragen')!.received, { day: 29, month: 8, year: 2024 });
  });

  it('completes zaaknummers after Uw kenmerk, in the ingezonden parenthesis and while one is typed', () => {
    assert.ok(labels('Uw kenmerk ').includes('2024Z00025'));
    assert.ok(labels('Uw kenmerk 2021Z1').includes('2021Z19796'));
    assert.ok(!labels('Uw kenmerk 2021Z1').includes('2024Z00025'));
    assert.ok(labels('over camera\'s (ingezonden 3 januari 2024, ').includes('2021Z16201'));
    assert.ok(labels('zie ook 2021Z').includes('2021Z16201'));
  });

  it('completes Ons kenmerk with the preset shape and the kenmerken used in the workspace', () => {
    const offered = labels('Ons kenmerk ');
    assert.equal(offered[0], '0000000 (vorm)');
    assert.ok(offered.includes('5222646') && offered.includes('DGBI / 21242813'));
  });

  it('completes ministries after minister van, current ones first', () => {
    const offered = labels('Hierbij zend ik u, mede namens de minister van ');
    assert.ok(offered.includes('Justitie en Veiligheid'));
    assert.ok(offered.includes('Asiel en Migratie'), 'previous ministries too');
  });

  it('completes question numbers after "antwoord op vraag", with their text', () => {
    const parsed = parseDocument('Vraag 1\nKlopt het?\n\nVraag 2\nWaarom?\n\nZie het antwoord op vraag ');
    const items = referenceCompletions(parsed, { line: 6, character: 26 }, sources, dutch);
    assert.deepEqual(items.map((i) => [i.label, i.detail]), [['1', 'Klopt het?'], ['2', 'Waarom?']]);
  });

  it('completes earlier answers after "Zie ook", inserting the full citation', () => {
    const parsed = parseDocument('Zie ook ');
    const items = referenceCompletions(parsed, { line: 0, character: 8 }, sources, dutch);
    const bunq = items.find((i) => i.label === 'Aanhangsel Handelingen, vergaderjaar 2023-2024, nr. 2367')!;
    assert.equal(bunq.textEdit.newText, 'Aanhangsel Handelingen, vergaderjaar 2023-2024, nr. 2367.');
    assert.ok(items.some((i) => i.label === 'Aanhangsel Handelingen, vergaderjaar 2021-2022, nr. 478'), 'from the register');
  });

  it('completes footnote numbers after "[", the next new one first', () => {
    assert.deepEqual(labels('Tekst[1].\n[1] NOS\nMeer tekst[').slice(0, 2), ['2', '1']);
  });

  it('offers nothing in ordinary prose', () => {
    assert.deepEqual(labels('Het kabinet deelt de mening'), []);
  });

  it('completes question numbers after "zie vraag", and sub-questions', () => {
    const text = 'Vraag 1\nKlopt het?\nVraag 2a\nEn dit?\nAntwoord op vraag 1\nJa, zie vraag ';
    assert.deepEqual(labels(text), ['1', '2a']);
  });

  it('finds its context in the text near the cursor, however long the line', () => {
    const long = 'x'.repeat(1_000_000);
    assert.ok(labels(`Ik sprak de minister van ${long} en de minister van Fin`).includes('Financiën'));
    assert.deepEqual(labels(`Zie ook ${'a b '.repeat(300_000)}`), [], 'a context far before the cursor is not this one');
    assert.deepEqual(labels(`${long} [`)[0], '1');
  });

  it('clamps a position past the end of a line or of the document', () => {
    const parsed = parseDocument('Uw kenmerk 2024Z');
    for (const position of [{ line: 0, character: 500 }, { line: 7, character: 3 }]) {
      const items = referenceCompletions(parsed, position, sources, dutch);
      assert.ok(items.length > 0);
      for (const item of items) assert.deepEqual(item.textEdit.range.end, { line: 0, character: 16 });
    }
  });
});

