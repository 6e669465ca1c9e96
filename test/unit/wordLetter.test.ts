import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { service, TEST_TODAY } from '../helpers/draft';
import { longLetter } from '../helpers/longLetter';
import { repoRoot } from '../helpers/paths';
import { docxParts, exportDraft, paragraphsOf } from '../helpers/word';
import { CONTENT_TYPES, docxOf, paragraph } from '../helpers/zip';

/**
 * The exported letter follows the Rijkshuisstijl's correspondence template, read back from the
 * .docx's XML: its fonts, sizes and leading, the reference column, Datum and Betreft, the page
 * numbers, headings kept with their text, footnote references, the signature; and with a
 * ministry's template, that template's own footnote style. test/unit/letterPicture.test.ts
 * renders the same letters and checks the pages.
 */

const cameras = readFileSync(join(repoRoot, 'examples', '2026Z01234-antwoorden-cameras.kamervragen'), 'utf8');
const today = { year: 2026, month: 3, day: 3 };

async function letterOf(text: string) {
  const result = await exportDraft(text, { force: true, today });
  assert.ok('docx' in result, JSON.stringify(result));
  return docxParts(result.docx);
}

/** The twips of a w:framePr's x, for the paragraphs that stand in a frame. */
function frameX(xml: string): number | undefined {
  const x = /<w:framePr\b[^>]*\bw:x="(-?\d+)"/.exec(xml)?.[1];
  return x === undefined ? undefined : Number(x);
}

function styleOf(styles: string, id: string): string {
  const style = new RegExp(`<w:style\\b[^>]*w:styleId="${id}"[^>]*>[\\s\\S]*?</w:style>`).exec(styles)?.[0];
  assert.ok(style, `style ${id}`);
  return style;
}

describe('the Word letter in the Rijkshuisstijl (.docx)', function () {
  this.timeout(60000);

  it('is set in Verdana 9 pt on 12 pt leading, the return address 6.5 pt on 9 pt', async () => {
    const { styles, document, fontTable } = await letterOf(cameras);
    // where Verdana is missing, a renderer substitutes a sans-serif: the font table says what Verdana is
    assert.match(fontTable, /<w:font w:name="Verdana"><w:panose1 w:val="020B0604030504040204"\/>[\s\S]*<w:family w:val="swiss"\/>/);
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)?.[0] ?? '';
    assert.match(defaults, /<w:rFonts w:ascii="Verdana"[^>]*w:hAnsi="Verdana"/);
    assert.match(defaults, /<w:sz w:val="18"\/>/, '9 pt');
    assert.match(defaults, /<w:spacing w:line="240" w:lineRule="exact"\/>/, '12 pt leading');
    const retouradres = styleOf(styles, 'Retouradres');
    assert.match(retouradres, /<w:sz w:val="13"\/>/, '6.5 pt');
    assert.match(retouradres, /w:line="180" w:lineRule="exact"/, '9 pt leading');
    assert.match(paragraphsOf(document).find((p) => p.text.startsWith('> Retouradres'))!.xml, /<w:pStyle w:val="Retouradres"\/>/);
  });

  it('puts the reference fields in a column right of the text: small bold labels, their values below', async () => {
    const { styles, document } = await letterOf(cameras);
    const page = /<w:pgSz w:w="(\d+)"[\s\S]*?<w:pgMar w:top="\d+" w:right="(\d+)"/.exec(document)!;
    const textEnds = Number(page[1]) - Number(page[2]);
    const paragraphs = paragraphsOf(document);
    for (const [label, value] of [['Ons kenmerk', '2026-0000012345'], ['Uw kenmerk', '2026Z01234'], ['Bijlage(n)', '1']]) {
      const at = paragraphs.findIndex((p) => p.text === label);
      assert.ok(at >= 0, label);
      assert.match(paragraphs[at].xml, /<w:pStyle w:val="Referentiegegevenskop"\/>/, `${label} is a label`);
      assert.equal(paragraphs[at + 1].text, value, `${label}'s value below it`);
      for (const p of [paragraphs[at], paragraphs[at + 1]]) assert.ok((frameX(p.xml) ?? 0) > textEnds, `${p.text} stands right of the text column`);
    }
    assert.match(styleOf(styles, 'Referentiegegevenskop'), /<w:b\/>/);
    assert.match(styleOf(styles, 'Referentiegegevens'), /<w:sz w:val="13"\/>/);
  });

  it('sets Datum and Betreft as a label beside its value in the text column, then three blank lines before the salutation', async () => {
    const paragraphs = paragraphsOf((await letterOf(cameras)).document);
    const datum = paragraphs.find((p) => p.text.startsWith('Datum'))!;
    assert.equal(datum.text, 'Datum20 januari 2026', 'label and value in one paragraph');
    assert.match(datum.xml, /<w:t[^>]*>Datum<\/w:t><\/w:r><w:r><w:tab\/><w:t[^>]*>20 januari 2026<\/w:t>/, 'the value at a tab stop after the label');
    assert.match(datum.xml, /<w:tabs><w:tab w:val="left" w:pos="\d+"\/><\/w:tabs>/);
    assert.equal(frameX(datum.xml), undefined, 'in the text column');
    const betreft = paragraphs.findIndex((p) => p.text.startsWith('Betreft'));
    assert.match(paragraphs[betreft].xml, /<w:spacing w:after="720"\/>/, 'three blank lines of 12 pt');
    assert.equal(paragraphs[betreft + 1].text, 'Geachte Voorzitter,');
  });

  it('numbers every page "Pagina x van y", on the first page in the reference column', async () => {
    const { document, headers } = await letterOf(cameras);
    const fields = /Pagina <\/w:t>[\s\S]*?<w:instrText[^>]*>PAGE<\/w:instrText>[\s\S]*? van <\/w:t>[\s\S]*?<w:instrText[^>]*>NUMPAGES<\/w:instrText>/;
    const first = paragraphsOf(document).find((p) => p.text.startsWith('Pagina'))!;
    assert.match(first.xml, fields);
    assert.ok(frameX(first.xml)! > 8000, 'in the column');
    assert.match(document, /<w:titlePg\/>/, 'the first page has a header of its own');
    assert.ok(headers.some((header) => fields.test(header)), 'the later pages have it in their header');
  });

  it('keeps every heading with the text under it', async () => {
    const { styles, document } = await letterOf(longLetter(10));
    const kop = styleOf(styles, 'Kop');
    assert.match(kop, /<w:keepNext\/>/);
    assert.match(kop, /<w:keepLines\/>/);
    const headings = paragraphsOf(document).filter((p) => /^(Vraag \d+|Antwoord op vraag \d+)$/.test(p.text));
    assert.equal(headings.length, 20);
    for (const heading of headings) assert.match(heading.xml, /<w:pStyle w:val="Kop"\/>/, heading.text);
  });

  it('keeps adjacent footnote markers [1][2] two references, never "¹²"', async () => {
    const { document, footnotes } = await letterOf(longLetter(7));
    const question = paragraphsOf(document).find((p) => p.xml.includes('w:footnoteReference'))!;
    const runs = [...question.xml.matchAll(/<w:r>[\s\S]*?<\/w:r>/g)].map(([run]) => run);
    const references = runs.map((run, i) => (run.includes('<w:footnoteReference') ? i : -1)).filter((i) => i >= 0);
    assert.equal(references.length, 2);
    assert.equal(references[1] - references[0], 2, 'one run between them');
    assert.match(runs[references[0] + 1], /<w:vertAlign w:val="superscript"\/>[\s\S]*<w:t[^>]*>,<\/w:t>/, 'a superscript comma');
    assert.match(footnotes, /Kamerstukken II 2025\/26, 31839, nr\. 907\./);
    assert.match(footnotes, /NOS, 7 februari 2026\./);
  });

  it('signs as the minister, with room to sign before the name; two signers one under the other', async () => {
    const paragraphs = paragraphsOf((await letterOf(longLetter(2))).document);
    const roles = ['De minister van Volksgezondheid, Welzijn en Sport,', 'De staatssecretaris van Volksgezondheid, Welzijn en Sport,'];
    const names = ['M. de Boer', 'K. Visser'];
    let after = 0;
    roles.forEach((role, i) => {
      const at = paragraphs.findIndex((p, k) => k >= after && p.text === role);
      assert.ok(at >= 0, role);
      assert.match(paragraphs[at].xml, /<w:keepNext\/>/, 'the closing stays with the name');
      assert.equal(paragraphs[at + 1].text, names[i]);
      assert.match(paragraphs[at + 1].xml, /<w:spacing w:before="960"\/>/, 'four blank lines of 12 pt to sign in');
      after = at + 2;
    });
  });

  it('a new draft for questions to two ministers signs as each, in the singular, one under the other', async () => {
    const questions = 'Vragen van het lid Bakker (SP) aan de minister van Financiën en de minister van Binnenlandse Zaken en Koninkrijksrelaties over de toeslagen (ingezonden 2 februari 2026).\n\n1. Kent u het bericht?\n';
    const draft = service.newDraft(service.parse(questions), { today: TEST_TODAY })!;
    assert.match(draft.text, /\nDe minister van Financiën,\n\n\n\n<naam>\n\nDe minister van Binnenlandse Zaken en Koninkrijksrelaties,\n\n\n\n<naam>\n/);
    assert.doesNotMatch(draft.text, /De minister van Financiën en de minister/);
    const paragraphs = paragraphsOf((await letterOf(draft.text.replace(/<naam>/, 'A. Jansen').replace(/<naam>/, 'B. de Vries'))).document);
    const first = paragraphs.findIndex((p) => p.text === 'De minister van Financiën,');
    assert.deepEqual(paragraphs.slice(first, first + 4).map((p) => p.text), ['De minister van Financiën,', 'A. Jansen', 'De minister van Binnenlandse Zaken en Koninkrijksrelaties,', 'B. de Vries']);
  });

  it('with a ministry\'s template, the answers\' footnotes take the template\'s own footnote style', async () => {
    // a Dutch Word names the styles' ids in Dutch; their built-in names stay "footnote text" and "footnote reference"
    const styles = '<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
      + '<w:style w:type="paragraph" w:default="1" w:styleId="Standaard"><w:name w:val="Normal"/><w:rPr><w:rFonts w:ascii="Verdana" w:hAnsi="Verdana"/><w:sz w:val="18"/></w:rPr></w:style>'
      + '<w:style w:type="paragraph" w:styleId="Voetnoottekst"><w:name w:val="footnote text"/><w:basedOn w:val="Standaard"/><w:rPr><w:sz w:val="13"/></w:rPr></w:style>'
      + '<w:style w:type="character" w:styleId="Voetnootmarkering"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style></w:styles>';
    const template = docxOf([paragraph('{{brief}}'), paragraph('{{antwoorden}}')], [
      { name: 'word/_rels/document.xml.rels', content: '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>' },
      { name: 'word/styles.xml', content: styles },
    ]);
    assert.ok(CONTENT_TYPES.includes('Extension="xml"'), 'styles.xml has a content type');
    const result = await exportDraft(longLetter(7), { force: true, today, template });
    assert.ok('docx' in result, JSON.stringify(result));
    const { document, footnotes } = await docxParts(result.docx);
    const ours = [...footnotes.matchAll(/<w:footnote w:id="\d+">[\s\S]*?<\/w:footnote>/g)].map(([note]) => note);
    assert.equal(ours.length, 2);
    for (const note of ours) {
      assert.match(note, /<w:pStyle w:val="Voetnoottekst"\/>/);
      assert.match(note, /<w:rStyle w:val="Voetnootmarkering"\/><\/w:rPr><w:footnoteRef\/>/);
    }
    const references = [...document.matchAll(/<w:r>(?:(?!<\/w:r>)[\s\S])*<w:footnoteReference[^>]*\/><\/w:r>/g)].map(([run]) => run);
    assert.equal(references.length, 2);
    for (const run of references) assert.match(run, /<w:rStyle w:val="Voetnootmarkering"\/>/);
    assert.match(document, /<w:footnoteReference w:id="\d+"\/><\/w:r><w:r><w:rPr><w:rStyle w:val="Voetnootmarkering"\/><\/w:rPr><w:t>,<\/w:t><\/w:r><w:r><w:rPr><w:rStyle w:val="Voetnootmarkering"\/><\/w:rPr><w:footnoteReference/, '[1][2] two references in the template too');
  });
});
