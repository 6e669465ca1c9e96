import { strict as assert } from 'assert';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { checkDocument } from '../../server/src/service/check';
import { draftFromQuestions } from '../../server/src/service/features/newDraft';
import { summarizeStructure } from '../../server/src/service/features/structureSummary';
import { parseDocument } from '../../server/src/service/parse/parseDocument';
import { wordHtmlToText } from '../../server/src/word/readWord';
import { annotatedDocuments, corpusText } from '../helpers/corpus';
import { dutch, inputs, TEST_TODAY } from '../helpers/draft';
import { runCli } from '../helpers/cli';
import { Document, FootnoteReferenceRun, Packer, Paragraph, TextRun } from 'docx';

const squeeze = (text: string) => text.replace(/\s+/g, '');
const withoutMarkers = (text: string) => text.replace(/\[\d+\]/g, '');

function newDraft(text: string) {
  const draft = draftFromQuestions(parseDocument(text), { today: TEST_TODAY });
  assert.ok(draft, 'questions found');
  return { ...draft, parsed: parseDocument(draft.text) };
}

describe('a draft from the questions (kamervragen new)', () => {
  for (const document of annotatedDocuments().filter((d) => d.questions.length > 0)) {
    it(`keeps every question and footnote of ${document.file} word for word`, () => {
      const source = readFileSync(document.path, 'utf8');
      const sourceModel = parseDocument(source).model;
      const { parsed } = newDraft(source);
      const draft = parsed.model;
      assert.deepEqual(summarizeStructure(draft).questions, document.questions, 'the questions, as annotated');
      assert.deepEqual(summarizeStructure(draft).answerGroups, draft.questionHeadings.map((h) => summarizeStructure({ ...draft, questionHeadings: [h] }).questions), 'one answer heading per question heading');
      const flat = squeeze(source);
      for (const heading of draft.questionHeadings) {
        assert.ok(heading.text.length > 0, `question ${heading.labels.join()} has its text`);
        // A question on one page stands in the source exactly as in the draft, spaces aside.
        const sourceHeading = sourceModel.questionHeadings.find((h) => h.labels.join() === heading.labels.join())!;
        const lines = sourceHeading.textLines;
        const onOnePage = lines.every((line, i) => i === 0 || line === lines[i - 1] + 1) && !sourceModel.footnoteMarkers.some((m) => lines.includes(m.range.start.line));
        if (onOnePage) assert.ok(flat.includes(squeeze(withoutMarkers(heading.text))), `question ${heading.labels.join()} word for word`);
      }
      // Every footnote of the questions comes with its text, as the source prints it.
      for (const definition of draft.footnoteDefinitions) assert.ok(flat.includes(squeeze(definition.text)), `footnote [${definition.number}]: ${definition.text}`);
      const codes = checkDocument(parsed, inputs(undefined, TEST_TODAY), dutch).map((d) => d.code);
      assert.ok(!codes.some((c) => c.endsWith('footnote')), codes.join());
      assert.ok(!codes.includes('unanswered-question') && !codes.includes('unknown-question'), codes.join());
    });
  }

  it('turns a PDF superscript into [n] with its text, and fills in the letter from the heading', () => {
    const { text, parsed } = newDraft(corpusText('ah-tk-20242025-593.txt'));
    assert.match(text, /\nVraag 1\nHeeft u kennisgenomen van het artikel\?\[1\]\n\nAntwoord op vraag 1\n<antwoord>\n/);
    assert.match(text, /\nVraag 2 t\/m 6\n/);
    assert.match(text, /\n\[1\] RTV Noord, 9 oktober 2024, GGD-arts slaat alarm: «Asielkinderen opvang Assen zijn ondervoed en bang» \(www\.rtvnoord\.nl/);
    assert.match(text, /Vragen van het lid Boomsma \(Nieuw Sociaal Contract\) aan de Minister van Asiel en Migratie over het bericht/);
    assert.match(text, /\(ingezonden 10 oktober 2024\)\.\n/);
    assert.match(text, /\nUw kenmerk <zaaknummer>\n/, "the zaaknummer the PDF does not print is asked for");
    assert.equal(parsed.model.letter.askers, 'het lid Boomsma (Nieuw Sociaal Contract)');
    assert.ok(checkDocument(parsed, inputs(undefined, TEST_TODAY), dutch).some((d) => d.code === 'placeholder'), 'what is left to write is reported');
  });

  it('reads a Word file\'s numbered questions and its own footnotes', () => {
    const html = '<p>Vragen van het lid Jansen (CDA) aan de minister van Financiën over banken (ingezonden 2 februari 2026).</p>'
      + '<ol><li>Kent u het bericht<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup>?</li><li>Wat doet u &amp; wanneer?</li></ol>'
      + '<ol><li id="footnote-1"><p>NOS, 1 februari 2026 <a href="#footnote-ref-1">↑</a></p></li></ol>';
    const text = wordHtmlToText(html);
    assert.equal(text, 'Vragen van het lid Jansen (CDA) aan de minister van Financiën over banken (ingezonden 2 februari 2026).\n\n1. Kent u het bericht[1]?\n\n2. Wat doet u & wanneer?\n\n[1] NOS, 1 februari 2026\n');
    const { text: draft } = newDraft(text);
    assert.match(draft, /\nVraag 1\nKent u het bericht\[1\]\?\n\nAntwoord op vraag 1\n<antwoord>\n\nVraag 2\nWat doet u & wanneer\?\n/);
    assert.match(draft, /\n\[1\] NOS, 1 februari 2026\n$/);
  });

  it('refuses, writing nothing, when no question is found; never overwrites without --force', () => {
    const folder = mkdtempSync(join(tmpdir(), 'kamervragen-new-'));
    const cli = (...args: string[]) => runCli(args, { KAMERVRAGEN_TODAY: '2026-02-10' });
    writeFileSync(join(folder, 'artikel.txt'), 'Een nieuwsbericht zonder vragen.\n');
    const none = cli('new', join(folder, 'artikel.txt'));
    assert.equal(none.status, 1);
    assert.match(none.stderr, /geen vragen gevonden/);
    assert.ok(!existsSync(join(folder, 'artikel.kamervragen')));
    writeFileSync(join(folder, 'vragen.txt'), corpusText('ah-tk-20242025-593.txt'));
    const made = cli('new', join(folder, 'vragen.txt'));
    assert.equal(made.status, 0, made.stderr);
    assert.match(readFileSync(join(folder, 'vragen.kamervragen'), 'utf8'), /Datum 10 februari 2026/);
    writeFileSync(join(folder, 'vragen.kamervragen'), 'mijn eigen werk');
    assert.equal(cli('new', join(folder, 'vragen.txt')).status, 2);
    assert.equal(readFileSync(join(folder, 'vragen.kamervragen'), 'utf8'), 'mijn eigen werk', 'nothing lost');
    assert.equal(cli('new', join(folder, 'vragen.txt'), '--force').status, 0);
  });

  it('makes a draft from a real .docx, with Word\'s own footnotes', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'kamervragen-new-docx-'));
    const word = await Packer.toBuffer(
      new Document({
        footnotes: { 1: { children: [new Paragraph('Trouw, 1 maart 2026')] } },
        sections: [{
          children: [
            new Paragraph('Vragen van het lid Bakker (SP) aan de minister van Volksgezondheid over wachtlijsten (ingezonden 2 maart 2026).'),
            new Paragraph('Vraag 1'),
            new Paragraph({ children: [new TextRun('Kent u het bericht over de wachtlijsten?'), new FootnoteReferenceRun(1)] }),
            new Paragraph('Vraag 2'),
            new Paragraph('Wat gaat u doen?'),
          ],
        }],
      }),
    );
    writeFileSync(join(folder, 'vragen.docx'), word);
    const made = runCli(['new', join(folder, 'vragen.docx'), '-o', '-'], { KAMERVRAGEN_TODAY: '2026-03-03' });
    assert.equal(made.status, 0, made.stderr);
    assert.match(made.stdout, /\nVraag 1\nKent u het bericht over de wachtlijsten\?\[1\]\n\nAntwoord op vraag 1\n<antwoord>\n\nVraag 2\nWat gaat u doen\?\n/);
    assert.match(made.stdout, /\n\[1\] Trouw, 1 maart 2026\n$/);
    assert.match(made.stdout, /Vragen van het lid Bakker \(SP\) aan de minister van Volksgezondheid over wachtlijsten \(ingezonden 2 maart 2026\)\./);
  });
});
