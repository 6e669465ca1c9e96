import { strict as assert } from 'assert';
import { readNumberList } from '../../server/src/service/parse/numberList';

const numbers = (text: string, allowSpace = true) => readNumberList(text, 0, allowSpace)?.numbers;

describe('number lists', () => {
  it('reads single numbers and lists with en, commas and ampersands', () => {
    assert.deepEqual(numbers('6'), [6]);
    assert.deepEqual(numbers('4 en 5'), [4, 5]);
    assert.deepEqual(numbers('4 en  5'), [4, 5]);
    assert.deepEqual(numbers('7, 8 en 10'), [7, 8, 10]);
    assert.deepEqual(numbers('1,2,3,4 en 5'), [1, 2, 3, 4, 5]);
    assert.deepEqual(numbers('3 & 4'), [3, 4]);
  });

  it('expands t/m, tot en met and dash ranges', () => {
    assert.deepEqual(numbers('2 t/m 6'), [2, 3, 4, 5, 6]);
    assert.deepEqual(numbers('2 tot en met 4'), [2, 3, 4]);
    assert.deepEqual(numbers('4-7'), [4, 5, 6, 7]);
    assert.deepEqual(numbers('9\u201314'), [9, 10, 11, 12, 13, 14]);
  });

  it('accepts the real typo with a missing comma only where allowed', () => {
    assert.deepEqual(numbers('7, 8, 9 10 en 11'), [7, 8, 9, 10, 11]);
    assert.deepEqual(numbers('7, 8, 9 10 en 11', false), [7, 8, 9]);
  });

  it('rejects backwards and huge ranges, and numbers that are too long to be question numbers', () => {
    assert.equal(numbers('7-4'), undefined);
    assert.equal(numbers('1-900'), undefined);
    assert.equal(numbers('1234567'), undefined);
  });

  it('reads question numbers of up to six digits: "Vraag 1000" is a question too', () => {
    assert.deepEqual(numbers('1000 en 10000'), [1000, 10000]);
  });

  it('stops at the first word that is not part of the list', () => {
    const list = readNumberList('vraag 2 en het antwoord', 6, false)!;
    assert.deepEqual(list.numbers, [2]);
    assert.equal(list.end, 7);
  });

  it('gives the span of each number', () => {
    assert.deepEqual(readNumberList('4 en 5', 0, false)!.spans, [[0, 1], [5, 6]]);
  });
});
