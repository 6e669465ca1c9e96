import { strict as assert } from 'assert';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import mammoth from 'mammoth';
import { Document, FootnoteReferenceRun, Packer, Paragraph, TextRun } from 'docx';
import { exportDraft } from '../helpers/word';
import { annotatedDocuments } from '../helpers/corpus';
import { service, TEST_TODAY } from '../helpers/draft';
import { repoRoot } from '../helpers/paths';
import { runCli } from '../helpers/cli';

/** What Word shows: the paragraphs in order, and its footnotes by number. */
async function readBack(docx: Buffer): Promise<{ paragraphs: string[]; footnotes: string[]; html: string }> {
  const { value: html } = await mammoth.convertToHtml({ buffer: docx });
  const footnotes = [...html.matchAll(/<li id="footnote-\d+"><p>([\s\S]*?) <a href="#footnote-ref-\d+">↑<\/a><\/p><\/li>/g)].map((m) => decode(m[1]).trim());
  const body = html.replace(/<ol><li id="footnote-[\s\S]*$/, '');
  const paragraphs = [...body.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => decode(m[1].replace(/<sup>[\s\S]*?<\/sup>/g, '').replace(/<[^>]+>/g, '')));
  return { paragraphs, footnotes, html };
}

function decode(text: string): string {
  return text.replace(/&gt;/g, '>').replace(/&lt;/g, '<').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

const cameras = readFileSync(join(repoRoot, 'examples', '2026Z01234-antwoorden-cameras.kamervragen'), 'utf8');

describe('export to Word (kamervragen export)', function () {
  this.timeout(60000);

  it('writes the letter, every question and answer in order, and one Word footnote per footnote', async () => {
    const result = await exportDraft(cameras, { force: false, today: { year: 2026, month: 1, day: 21 } });
    assert.ok('docx' in result, JSON.stringify(result));
    const { paragraphs, footnotes, html } = await readBack(result.docx);
    for (const field of ['Datum\t20 januari 2026', 'Ons kenmerk', '2026-0000012345', 'Uw kenmerk', '2026Z01234', 'Geachte Voorzitter,']) assert.ok(paragraphs.includes(field), field);
    const model = service.parse(cameras).model;
    const expected = model.questionHeadings.flatMap((h) => [`Vraag ${h.labels.join(', ')}`, h.text.replace(/\[\d+\]/g, '')]);
    let at = 0;
    for (const text of expected) {
      const found = paragraphs.indexOf(text, at);
      assert.ok(found >= 0, `"${text}" after paragraph ${at}`);
      at = found + 1;
    }
    assert.ok(paragraphs.includes('Antwoord op vragen 3 en 4'));
    assert.match(html, /<em>Bent u bekend met het bericht/, 'questions in italics');
    const definitions = model.footnoteDefinitions.map((d) => d.text);
    assert.deepEqual(footnotes, definitions, 'real Word footnotes, with their texts');
    assert.ok(!paragraphs.some((p) => /^\[\d+\]/.test(p)), 'no footnote text left at the end of the body');
  });

  it('writes nothing while the draft has errors, unless forced; replaces a file only when forced', () => {
    const folder = mkdtempSync(join(tmpdir(), 'kamervragen-export-'));
    const cli = (...args: string[]) => runCli(args, { KAMERVRAGEN_TODAY: '2026-02-10' });
    writeFileSync(join(folder, 'concept.kamervragen'), 'Vraag 1\nKlopt het?[1]\n\nVraag 2\nWaarom?\n\nAntwoord op vraag 1\nPM\n');
    const refused = cli('export', join(folder, 'concept.kamervragen'));
    assert.equal(refused.status, 1);
    assert.match(refused.stderr, /unanswered-question/);
    assert.match(refused.stderr, /er is niets geschreven/);
    assert.ok(!existsSync(join(folder, 'concept.docx')));
    assert.equal(cli('export', join(folder, 'concept.kamervragen'), '--force').status, 0);
    assert.ok(existsSync(join(folder, 'concept.docx')));
    writeFileSync(join(folder, 'concept.docx'), 'eerder werk');
    writeFileSync(join(folder, 'af.kamervragen'), cameras);
    assert.equal(cli('export', join(folder, 'af.kamervragen'), '-o', join(folder, 'concept.docx')).status, 2);
    assert.equal(readFileSync(join(folder, 'concept.docx'), 'utf8'), 'eerder werk', 'nothing replaced without --force');
  });

  for (const document of annotatedDocuments().filter((d) => d.questions.length > 0)) {
    it(`new then export of ${document.file} gives the questions and footnotes of the source`, async () => {
      const draft = service.newDraft(service.parse(readFileSync(document.path, 'utf8')), { today: TEST_TODAY })!;
      const result = await exportDraft(draft.text, { force: true, today: TEST_TODAY });
      assert.ok('docx' in result);
      const { paragraphs, footnotes } = await readBack(result.docx);
      const model = service.parse(draft.text).model;
      // spaces compared as spaces: a no-break space in the source stays one in the letter
      const spaced = (text: string) => text.replace(/\s+/g, ' ').trim();
      const shown = paragraphs.map(spaced);
      for (const heading of model.questionHeadings) assert.ok(shown.includes(spaced(heading.text.replace(/\[\d+\]/g, ''))), heading.text);
      assert.deepEqual(footnotes, model.footnoteDefinitions.map((d) => d.text));
    });
  }

  it('fills a ministry\'s own Word template, placeholders split over runs included, with real footnotes after its own', async () => {
    const template = await Packer.toBuffer(
      new Document({
        footnotes: { 1: { children: [new Paragraph('Voetnoot van het sjabloon')] } },
        sections: [
          {
            children: [
              new Paragraph({ children: [new TextRun('Ministerie van Voorbeeld'), new FootnoteReferenceRun(1)] }),
              new Paragraph({ children: [new TextRun({ text: 'Datum: {{da', bold: true }), new TextRun('tum}}')] }),
              new Paragraph('Betreft: {{betreft}} (kenmerk {{ons_kenmerk}}, uw kenmerk {{uw_kenmerk}})'),
              new Paragraph('{{aan}}'),
              new Paragraph('{{brief}}'),
              new Paragraph('{{antwoorden}}'),
              new Paragraph('Onbekend blijft staan: {{iets}}'),
            ],
          },
        ],
      }),
    );
    const result = await exportDraft(cameras, { force: false, today: { year: 2026, month: 1, day: 21 }, template });
    assert.ok('docx' in result);
    const { paragraphs, footnotes, html } = await readBack(result.docx);
    assert.ok(paragraphs.includes('Datum: 20 januari 2026'), JSON.stringify(paragraphs.slice(0, 4)));
    assert.ok(paragraphs.includes("Betreft: Antwoorden Kamervragen over camera's bij overheidsgebouwen (kenmerk 2026-0000012345, uw kenmerk 2026Z01234)"));
    assert.ok(paragraphs.includes('Aan de Voorzitter van de Tweede Kamer der Staten-Generaal'));
    assert.ok(paragraphs.includes('Geachte Voorzitter,'));
    assert.ok(paragraphs.indexOf('Vraag 1') < paragraphs.indexOf('Antwoord op vraag 1'));
    assert.ok(paragraphs.includes('Onbekend blijft staan: {{iets}}'));
    assert.ok(!html.includes('{{antwoorden}}') && !html.includes('{{brief}}'));
    assert.deepEqual(footnotes, ['Voetnoot van het sjabloon', 'NOS, 3 januari 2026.', 'Stcrt. 2020, 7857.']);
  });

  it('says so when a template is not a Word file', () => {
    const folder = mkdtempSync(join(tmpdir(), 'kamervragen-template-'));
    writeFileSync(join(folder, 'sjabloon.docx'), 'geen zip');
    writeFileSync(join(folder, 'af.kamervragen'), cameras);
    const run = runCli(['export', join(folder, 'af.kamervragen'), '--template', join(folder, 'sjabloon.docx')], { KAMERVRAGEN_TODAY: '2026-01-21' });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /Het Word-sjabloon .*sjabloon.docx is niet te gebruiken: het is geen Word-bestand/);
    assert.ok(!existsSync(join(folder, 'af.docx')), 'nothing written');
  });
});
