import { strict as assert } from 'assert';
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { runCli } from '../helpers/cli';
import { ensureLibreOffice, pngSize, renderLetter, type PlacedLine, type RenderedLetter } from '../helpers/letterRender';
import { longLetter } from '../helpers/longLetter';
import { repoRoot } from '../helpers/paths';

/**
 * The picture test: letters exported by the built CLI, rendered by LibreOffice to PDF and PNG
 * (test/helpers/letterRender.ts), and their pages checked where the words stand: the reference
 * column right of the text, Datum and Betreft beside their values, the room to sign, "Pagina x
 * van y" on every page, and no heading left at the foot of a page. Positions in points.
 */

const CM = 72 / 2.54;
/** Where the reference column starts (15.5 cm); the text column ends at 15 cm. */
const COLUMN_AT = 15.25 * CM;

function exportLetter(draft: string, name: string): string {
  const folder = mkdtempSync(join(tmpdir(), 'kamervragen-picture-'));
  writeFileSync(join(folder, `${name}.kamervragen`), draft);
  const run = runCli(['export', join(folder, `${name}.kamervragen`), '--force'], { KAMERVRAGEN_TODAY: '2026-03-03' });
  assert.equal(run.status, 0, run.stderr);
  return join(folder, `${name}.docx`);
}

function lineOf(letter: RenderedLetter, page: number, pattern: RegExp): PlacedLine {
  const line = letter.lines.find((l) => l.page === page && pattern.test(l.text));
  assert.ok(line, `page ${page}: no line ${pattern}; the lines: ${JSON.stringify(letter.lines.filter((l) => l.page === page).map((l) => l.text))}`);
  return line;
}

describe('the Word letter, rendered (LibreOffice, PDF, PNG)', function () {
  this.timeout(300000);
  let cameras: RenderedLetter;
  let long: RenderedLetter;

  before(() => {
    ensureLibreOffice();
    cameras = renderLetter(exportLetter(readFileSync(join(repoRoot, 'examples', '2026Z01234-antwoorden-cameras.kamervragen'), 'utf8'), 'cameras'), { columnAt: COLUMN_AT });
    long = renderLetter(exportLetter(longLetter(30), 'wachtlijsten'), { columnAt: COLUMN_AT });
  });

  it('draws every page as a picture of an A4', () => {
    for (const letter of [cameras, long]) {
      assert.equal(letter.pngs.length, letter.pages);
      assert.ok(Math.abs(letter.width - 21 * CM) < 1 && Math.abs(letter.height - 29.7 * CM) < 1, `${letter.width} x ${letter.height}`);
      for (const png of letter.pngs) assert.deepEqual(pngSize(png), { width: 596, height: 842 });
    }
  });

  it('has the reference column right of the text, its labels above their values', () => {
    const text = cameras.lines.filter((l) => l.page === 1 && /^(Geachte|Hierbij|Aan de Voorzitter|Datum|Betreft|Koninkrijksrelaties)/.test(l.text));
    assert.ok(text.length >= 5);
    const textEnds = Math.max(...text.map((l) => l.xMax));
    for (const [label, value] of [['Ons kenmerk', '2026-0000012345'], ['Uw kenmerk', '2026Z01234'], ['Bijlage(n)', '1']]) {
      const labelLine = lineOf(cameras, 1, new RegExp(`^${label.replace(/[()]/g, '\\$&')}$`));
      const valueLine = cameras.lines.find((l) => l.page === 1 && l.text === value && l.xMin >= COLUMN_AT && l.yMin > labelLine.yMin)!;
      assert.ok(valueLine, `${label}'s value`);
      assert.ok(labelLine.xMin > textEnds, `${label} at ${labelLine.xMin.toFixed(0)} right of the text, which ends at ${textEnds.toFixed(0)}`);
      assert.ok(valueLine.yMin - labelLine.yMax < 6, `${value} right under ${label}`);
      assert.ok(labelLine.yMax - labelLine.yMin < 9, `${label} in small print`);
    }
    // the column stands beside the address, not above or below the letter
    const retouradres = lineOf(cameras, 1, /^> Retouradres/);
    const ours = lineOf(cameras, 1, /^Ons kenmerk$/);
    assert.ok(Math.abs(ours.yMin - retouradres.yMin) < 3 * CM, 'the column starts level with the window');
  });

  it('sets Datum and Betreft beside their values, with three blank lines before the salutation', () => {
    const datum = lineOf(cameras, 1, /^Datum 20 januari 2026$/);
    const [label, value] = [datum.words[0], datum.words[1]];
    assert.ok(value.xMin - label.xMax > 10, 'the value at a tab stop beside the label');
    const betreft = lineOf(cameras, 1, /^Betreft Antwoorden Kamervragen/);
    const geachte = lineOf(cameras, 1, /^Geachte Voorzitter,$/);
    const lines = (geachte.yMax - betreft.yMax) / 12;
    assert.ok(Math.abs(lines - 4) < 0.2, `the salutation ${lines.toFixed(2)} lines of 12 pt below Betreft: three blank lines`);
    assert.ok(betreft.yMax - datum.yMax > 11 && betreft.yMax - datum.yMax < 13, 'Betreft on the line after Datum');
  });

  it('leaves room to sign between the closing and the name, and two signers one under the other', () => {
    const closing = lineOf(cameras, 1, /^De minister van Justitie en Veiligheid,$/);
    const name = lineOf(cameras, 1, /^A\. Jansen$/);
    assert.ok(name.yMax - closing.yMax >= 4 * 12, `${(name.yMax - closing.yMax).toFixed(0)} pt to sign in`);
    const minister = lineOf(long, 1, /^M\. de Boer$/);
    const second = lineOf(long, 1, /^De staatssecretaris van Volksgezondheid, Welzijn en Sport,$/);
    assert.ok(second.yMin > minister.yMax && Math.abs(second.xMin - minister.xMin) < 1, 'the second signer under the first');
  });

  it('numbers every page "Pagina x van y" in the reference column', () => {
    for (const letter of [cameras, long]) {
      assert.ok(letter.pages >= 2);
      for (let page = 1; page <= letter.pages; page++) {
        const number = lineOf(letter, page, new RegExp(`^Pagina ${page} van ${letter.pages}$`));
        assert.ok(number.xMin >= COLUMN_AT, `page ${page}: in the column`);
      }
    }
    assert.ok(long.pages >= 6, `${long.pages} pages: page breaks in many places`);
  });

  it('never leaves a heading at the foot of a page', () => {
    for (const letter of [cameras, long]) {
      const text = letter.lines.filter((l) => l.xMin < COLUMN_AT && l.yMax - l.yMin > 9.5); // the text column at 9 pt, not the 7 pt footnotes
      for (const heading of text.filter((l) => /^(Vraag \d+|Antwoord op vragen? [\d en]+)$/.test(l.text))) {
        const below = text.filter((l) => l.page === heading.page && l.yMin > heading.yMax);
        assert.ok(below.length > 0, `"${heading.text}" is the last line of page ${heading.page}`);
      }
    }
  });
});
