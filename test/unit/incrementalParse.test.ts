import { strict as assert } from 'assert';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { composeLineEdits, lineEditOf, parseDocument } from '../../server/src/service';
import { LineTokens } from '../../server/src/service/text/lineTokens';
import { TextLines } from '../../server/src/service/text/lines';
import { corpusText } from '../helpers/corpus';

const base = corpusText('2024Z00025-veiligheidsregio-antwoorden.txt').slice(0, 5000);

describe('parsing after an edit', () => {
  it('reads only the lines the edit touched, and gives what a fresh parse gives', () => {
    const before = parseDocument(base);
    const document = TextDocument.create('file:///d.kamervragen', 'kamervragen', 1, base);
    const change = { range: { start: { line: 10, character: 0 }, end: { line: 10, character: 0 } }, text: 'Vraag 9\n' };
    TextDocument.update(document, [change], 2);
    const after = parseDocument(document.getText(), { parsed: before, edit: lineEditOf(change) });
    assert.equal(after.lineData.normalized[5], before.lineData.normalized[5], 'a line above the edit is taken over');
    assert.equal(after.lineData.normalized[12], before.lineData.normalized[11], 'a line below it is taken over, one further on');
    assert.notEqual(after.lineData.normalized[10], before.lineData.normalized[10]);
    assert.deepEqual(after.model, parseDocument(document.getText()).model);
  });

  it('reads every line again when the edit does not fit the text', () => {
    const before = parseDocument(base);
    const text = `x${base}`;
    const after = parseDocument(text, { parsed: before, edit: { start: 40, oldEnd: 40, newEnd: 40 } });
    assert.notEqual(after.lineData.normalized[0], before.lineData.normalized[0]);
    assert.deepEqual(after.model, parseDocument(text).model);
    const shorter = parseDocument(base.slice(0, 100), { parsed: before, edit: { start: 0, oldEnd: 0, newEnd: 0 } });
    assert.deepEqual(shorter.model, parseDocument(base.slice(0, 100)).model);
  });

  it('composes two edits into one that reads the same lines as both', () => {
    const edit = fc.record({ at: fc.nat(), length: fc.nat({ max: 200 }), text: fc.constantFrom('', 'x', '\n', 'a\nb\n', '\r\n', 'Vraag 3\n\nAntwoord op vraag 3\n') });
    fc.assert(
      fc.property(edit, edit, (first, second) => {
        const start = parseDocument(base);
        const document = TextDocument.create('file:///d.kamervragen', 'kamervragen', 1, base);
        const changeOf = ({ at, length, text }: typeof first) => {
          const current = document.getText();
          let from = at % (current.length + 1);
          let to = Math.min(current.length, from + length);
          // an edit never splits a \r\n pair: editors do not produce that
          if (current[from - 1] === '\r' && current[from] === '\n') from--;
          if (current[to - 1] === '\r' && current[to] === '\n') to++;
          return { range: { start: document.positionAt(from), end: document.positionAt(to) }, text };
        };
        const one = changeOf(first);
        TextDocument.update(document, [one], 2);
        const two = changeOf(second);
        TextDocument.update(document, [two], 3);
        const text = document.getText();
        const composed = parseDocument(text, { parsed: start, edit: composeLineEdits(lineEditOf(one), lineEditOf(two)) });
        const fresh = parseDocument(text);
        // (the memo of later stages may hold more for lines a parse did not visit: it is not compared)
        assert.deepEqual([composed.lineData.normalized, composed.lineData.kinds], [fresh.lineData.normalized, fresh.lineData.kinds]);
        assert.deepEqual(composed.lines, fresh.lines);
        assert.deepEqual(composed.model, fresh.model);
      }),
      { numRuns: 500 },
    );
  });
});

describe('tokens per line', () => {
  it('after an edit, are where a search of the whole new text finds them', () => {
    const finder = /antwoord(?:en)?|vra(?:ag|gen)|\b20\d\dZ ?\d{3,7}(?!\d)/gi;
    const fragment = fc.constantFrom('', 'x', '\n', 'Antwoord op vraag 3\n', 'vragen', '2024Z00025', '2024Z', '\r\n', 'antwoordvraag');
    fc.assert(
      fc.property(fc.array(fc.record({ at: fc.nat(), length: fc.nat({ max: 40 }), text: fragment }), { minLength: 1, maxLength: 8 }), (edits) => {
        const document = TextDocument.create('file:///d.kamervragen', 'kamervragen', 1, base);
        let lines = parseDocument(base).lines;
        let tokens = new LineTokens(lines);
        tokens.offsets(finder);
        tokens.settle();
        for (const { at, length, text } of edits) {
          const current = document.getText();
          let from = at % (current.length + 1);
          let to = Math.min(current.length, from + length);
          if (current[from - 1] === '\r' && current[from] === '\n') from--;
          if (current[to - 1] === '\r' && current[to] === '\n') to++;
          const change = { range: { start: document.positionAt(from), end: document.positionAt(to) }, text };
          TextDocument.update(document, [change], document.version + 1);
          const edit = lineEditOf(change);
          const after = TextLines.afterEdit(lines, document.getText(), edit);
          if (!after) return; // the parse then starts afresh
          tokens = new LineTokens(after, { tokens, edit });
          const found = tokens.offsets(finder);
          tokens.settle();
          lines = after;
          const expected = [...document.getText().matchAll(finder)].map((m) => m.index);
          assert.deepEqual(found, expected);
        }
      }),
      { numRuns: 500 },
    );
  });
});
