import { strict as assert } from 'assert';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { pathToFileURL } from 'url';
import { runCli } from '../helpers/cli';
import { LspTestClient } from '../helpers/lspClient';
import { repoRoot } from '../helpers/paths';
import { createWordRunner } from '../../server/src/word';
import { WORD_LIMITS } from '../../server/src/word/problems';
import { CONTENT_TYPES, docxOf, documentXml, PACKAGE_RELS, paragraph, zipOf, type ZipEntry } from '../helpers/zip';

/**
 * Word files from outside, through the built CLI (`new`, `export --template`) and the built
 * server's Word requests: zip bombs (built here, on the fly), lying zip directories, XML that
 * overflows the stack or exhausts the heap, entities, files that are no .docx at all, and
 * templates that carry what a letter must not. Each is refused with a Dutch message that names
 * the file and what to do, nothing is written, and the server lives on.
 */

const QUESTIONS = [paragraph('Vragen van het lid Bakker (SP) aan de minister van Volksgezondheid over wachtlijsten (ingezonden 2 maart 2026).'), paragraph('Vraag 1'), paragraph('Kent u het bericht?')];
/** 450 MB of document.xml in about 1.3 MB of zip: the size of the attack the issue measured. */
const BOMB = [...QUESTIONS, { repeat: paragraph('Wachtlijsten in de zorg lopen op. '.repeat(20)), bytes: 450 * 1024 * 1024 }];
/** What a raw library message looks like; none may reach the drafter. */
const RAW = /entity not found|central directory|is this a zip|Invalid string length|Maximum call stack|0x1fffffe8|xmldom|https?:\/\/|Error:|interne fout|E[A-Z]{3,}:/;

const cameras = readFileSync(join(repoRoot, 'examples', '2026Z01234-antwoorden-cameras.kamervragen'), 'utf8');

describe('hostile Word files', function () {
  this.timeout(120000);
  let folder: string;
  let client: LspTestClient;

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'kamervragen-hostile-word-'));
    client = new LspTestClient({}, { KAMERVRAGEN_TODAY: '2026-03-03' }, { cwd: folder });
    await client.initialize(pathToFileURL(folder).toString());
  });

  after(async () => {
    await client.shutdown();
  });

  afterEach(async function () {
    // whatever the file did, the server is there and answers
    assert.ok(client.alive, `the server died during "${this.currentTest?.title}"`);
    const info = await client.connection.sendRequest<{ pid: number }>('kamervragen/serverInfo');
    assert.equal(info.pid, client.pid);
  });

  function file(name: string, content: Buffer | string): string {
    const path = join(folder, name);
    writeFileSync(path, content);
    return path;
  }

  /** `kamervragen new <file> -o -` and the server's request for the same file: their messages. */
  async function newFromBoth(path: string): Promise<{ cli: ReturnType<typeof runCli>; server: { error?: string; text?: string } }> {
    const cli = runCli(['new', path, '-o', '-'], { KAMERVRAGEN_TODAY: '2026-03-03' });
    const server = await client.connection.sendRequest<{ error?: string; text?: string }>('kamervragen/newFromQuestions', { path });
    return { cli, server };
  }

  /** Both refuse with the same Dutch message (one use case, two callers), and no raw library text. */
  async function refusedByBoth(path: string, expected: RegExp): Promise<string> {
    const { cli, server } = await newFromBoth(path);
    assert.equal(cli.status, 2, cli.stderr);
    assert.equal(cli.stdout, '', 'no draft printed');
    assert.match(cli.stderr, expected);
    assert.doesNotMatch(cli.stderr, RAW);
    assert.ok(server.error, JSON.stringify(server).slice(0, 200));
    assert.equal(cli.stderr.trim(), `kamervragen: ${server.error}`, 'the CLI and the server say the same');
    return server.error;
  }

  it('a read .docx works (the baseline the refusals below are measured against)', async () => {
    const { cli, server } = await newFromBoth(file('vragen.docx', docxOf(QUESTIONS)));
    assert.equal(cli.status, 0, cli.stderr);
    assert.match(cli.stdout, /\nVraag 1\nKent u het bericht\?\n/);
    assert.match(server.text ?? '', /\nVraag 1\nKent u het bericht\?\n/);
  });

  it('a document.xml that inflates to 450 MB is refused while inflating, naming the part and the limit', async () => {
    const bomb = file('bom.docx', docxOf(BOMB));
    assert.ok(readFileSync(bomb).length < 2 * 1024 * 1024, 'a small file');
    await refusedByBoth(bomb, /bom\.docx kan niet worden gelezen: word\/document\.xml is uitgepakt groter dan 25 MB/);
    assert.ok(!existsSync(join(folder, 'bom.kamervragen')));
  });

  it('the same bomb with a directory that declares 1 KB: the limit holds on what comes out, not on what is declared', async () => {
    const lying = file('liegt.docx', zipOf([
      { name: '[Content_Types].xml', content: CONTENT_TYPES },
      { name: '_rels/.rels', content: PACKAGE_RELS },
      { name: 'word/document.xml', content: documentXml(BOMB), declaredSize: 1024 },
    ]));
    await refusedByBoth(lying, /liegt\.docx kan niet worden gelezen: word\/document\.xml is uitgepakt groter dan 25 MB/);
  });

  it('parts that are each below the limit but together above it are refused', async () => {
    const part = (name: string): ZipEntry => ({ name, content: documentXml({ repeat: paragraph('tekst '.repeat(50)), bytes: 20 * 1024 * 1024 }) });
    const many = file('samen.docx', docxOf(QUESTIONS, [part('word/styles.xml'), part('word/footnotes.xml'), part('word/numbering.xml')]));
    await refusedByBoth(many, /samen\.docx kan niet worden gelezen: het is uitgepakt groter dan 50 MB/);
  });

  it('XML nested too deep for the stack is refused in Dutch, never "Maximum call stack size exceeded"', async () => {
    const deep = file('diep.docx', docxOf(['<w:p><w:r>', { repeat: '<w:ins>', bytes: 7 * 50000 }, { repeat: '</w:ins>', bytes: 8 * 50000 }, '</w:r></w:p>', ...QUESTIONS]));
    await refusedByBoth(deep, /diep\.docx kan niet worden gelezen: het is te groot of te diep genest om te verwerken/);
  });

  describe('the Word process\'s own limits (the built dist/word.js, with limits lowered so the test is cheap)', () => {
    const run = (docx: Buffer, limits: Partial<typeof WORD_LIMITS>) => createWordRunner({ ...WORD_LIMITS, ...limits }, join(repoRoot, 'dist', 'word.js')).run({ kind: 'read-questions', docx });

    it('a document that exhausts the heap ends the Word process only, and says so', async () => {
      // 500,000 empty paragraphs: 3 MB, within the size limits, beyond a 64 MB heap once parsed
      // (at the real limit, 1 GB, 24 MB of them do the same in the server: 10 to 30 seconds)
      const answer = await run(docxOf([...QUESTIONS, { repeat: '<w:p/>', bytes: 3 * 1024 * 1024 }]), { memoryMegabytes: 64 });
      assert.deepEqual(answer, { problem: { kind: 'too-complex' } });
    });

    it('a job that takes longer than the time limit is stopped, and says so', async () => {
      const answer = await run(docxOf([{ repeat: paragraph('Vraag 1') + paragraph('Klopt het?'), bytes: 5 * 1024 * 1024 }]), { seconds: 0.2 });
      assert.deepEqual(answer, { problem: { kind: 'timeout', seconds: 0.2 } });
    });
  });

  it('XML entities are refused as a damaged file: no "entity not found", and no file is read through an entity', async () => {
    const undeclared = file('entiteit.docx', docxOf([...QUESTIONS, paragraph('&xxe;')]));
    await refusedByBoth(undeclared, /entiteit\.docx kan niet worden gelezen: het Word-bestand is beschadigd \(in word\/document\.xml\)/);
    const secret = file('geheim.txt', 'GEHEIM-BUITEN-HET-DOCUMENT');
    const external = zipOf([
      { name: '[Content_Types].xml', content: CONTENT_TYPES },
      { name: '_rels/.rels', content: PACKAGE_RELS },
      { name: 'word/document.xml', content: `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY xxe SYSTEM "${pathToFileURL(secret)}">]>${documentXml([...QUESTIONS, paragraph('&xxe;')]).join('')}`.replace(/<\?xml[^>]*\?>(?=<w:document)/, '') },
    ]);
    const error = await refusedByBoth(file('xxe.docx', external), /xxe\.docx kan niet worden gelezen: het Word-bestand is beschadigd \(in word\/document\.xml\)/);
    assert.doesNotMatch(error, /GEHEIM/);
  });

  it('a file that is no zip says so, without the zip library\'s message or its web address', async () => {
    await refusedByBoth(file('kapot.docx', 'dit is geen zip'), /kapot\.docx kan niet worden gelezen: het is geen Word-bestand \(\.docx\), of het is beschadigd; open het in Word en sla het opnieuw op als \.docx/);
    const truncated = docxOf(QUESTIONS);
    await refusedByBoth(file('afgebroken.docx', truncated.subarray(0, truncated.length - 30)), /afgebroken\.docx kan niet worden gelezen: het is geen Word-bestand/);
  });

  it('a PDF or an old .doc named .docx says what it is and what to do, as check does for a PDF', async () => {
    await refusedByBoth(file('vragen-pdf.docx', '%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'), /vragen-pdf\.docx kan niet worden gelezen: het is een PDF-bestand, geen Word-bestand \(\.docx\); kopieer de tekst uit de PDF in een \.txt-bestand/);
    await refusedByBoth(file('oud.docx', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)])), /oud\.docx kan niet worden gelezen: het is een oud Word-bestand \(\.doc\)/);
  });

  describe('templates', () => {
    const draft = () => file('af.kamervragen', cameras);
    let exports = 0;

    /** `kamervragen export --template` and the server's export with that template: their messages. */
    async function exportWithTemplate(template: string): Promise<{ cli: ReturnType<typeof runCli>; server: { error?: string; written?: string }; targets: string[] }> {
      const source = draft();
      exports++;
      const targets = [join(folder, `brief-cli-${exports}.docx`), join(folder, `brief-server-${exports}.docx`)];
      const cli = runCli(['export', source, '-o', targets[0], '--template', template], { KAMERVRAGEN_TODAY: '2026-01-21' });
      const uri = pathToFileURL(source).toString();
      await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'kamervragen', version: 1, text: cameras } });
      const server = await client.connection.sendRequest<{ error?: string; written?: string }>('kamervragen/exportWord', { uri, target: targets[1], force: true, template });
      await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
      return { cli, server, targets };
    }

    async function templateRefused(template: string, reason: RegExp): Promise<void> {
      const { cli, server, targets } = await exportWithTemplate(template);
      assert.equal(cli.status, 2, cli.stderr);
      const blame = new RegExp(`^kamervragen: Het Word-sjabloon ${template.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is niet te gebruiken: ${reason.source}.*Er is niets geschreven\\.$`);
      assert.match(cli.stderr.trim(), blame);
      assert.doesNotMatch(cli.stderr, /brief-cli/, 'the output file is not blamed');
      assert.doesNotMatch(cli.stderr, RAW);
      assert.equal(`kamervragen: ${server.error}`, cli.stderr.trim(), 'the CLI and the server say the same');
      for (const target of targets) assert.ok(!existsSync(target), `${target} not written`);
    }

    it('a template that is no zip, a PDF or a zip bomb blames the template, not the output file', async () => {
      await templateRefused(file('geen-zip.docx', 'geen zip'), /het is geen Word-bestand/);
      await templateRefused(file('sjabloon-pdf.docx', '%PDF-1.4\n'), /het is een PDF-bestand/);
      await templateRefused(file('sjabloon-bom.docx', docxOf(BOMB)), /word\/document\.xml is uitgepakt groter dan 25 MB/);
      await templateRefused(file('sjabloon-xxe.docx', docxOf([paragraph('{{brief}}'), paragraph('&xxe;')])), /het Word-bestand is beschadigd \(in word\/document\.xml\)/);
    });

    it('a template with macros, or with a relationship that leaves the package, is refused', async () => {
      const macros = zipOf([
        { name: '[Content_Types].xml', content: CONTENT_TYPES.replace('document.main+xml', 'document.macroEnabled.main+xml') },
        { name: '_rels/.rels', content: PACKAGE_RELS },
        { name: 'word/document.xml', content: documentXml(paragraph('{{brief}}')) },
      ]);
      await templateRefused(file('macro.docx', macros), /het bevat macro's/);
      const escaping = docxOf(paragraph('{{brief}}'), [
        { name: 'word/_rels/document.xml.rels', content: '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="../../../../etc/passwd"/></Relationships>' },
      ]);
      await templateRefused(file('buiten.docx', escaping), /het Word-bestand is beschadigd/);
    });

    it('the letter holds only the parts the template\'s relationships lead to: no foreign entries, no absolute or ".." names', async () => {
      const rels = (targets: Array<[string, string]>) =>
        `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${targets.map(([type, target], i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`).join('')}</Relationships>`;
      const types = CONTENT_TYPES.replace('</Types>', '<Default Extension="png" ContentType="image/png"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/word/ongebruikt.xml" ContentType="application/xml"/></Types>');
      const template = zipOf([
        { name: '[Content_Types].xml', content: types },
        { name: '_rels/.rels', content: PACKAGE_RELS },
        { name: 'word/document.xml', content: documentXml([paragraph('{{datum}}'), paragraph('{{brief}}'), paragraph('{{antwoorden}}')]) },
        { name: 'word/_rels/document.xml.rels', content: rels([['styles', 'styles.xml'], ['header', 'header1.xml'], ['hyperlink', 'https://www.rijksoverheid.nl']]).replace('Target="https://www.rijksoverheid.nl"', 'Target="https://www.rijksoverheid.nl" TargetMode="External"') },
        { name: 'word/styles.xml', content: '<?xml version="1.0"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>' },
        { name: 'word/header1.xml', content: '<?xml version="1.0"?><w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p/></w:hdr>' },
        { name: 'word/_rels/header1.xml.rels', content: rels([['image', 'media/logo.png']]) },
        { name: 'word/media/logo.png', content: '\u0089PNG logo' },
        // what no relationship leads to, and names no letter may hold
        { name: 'word/ongebruikt.xml', content: '<x/>' },
        { name: 'word/media/geheim.png', content: 'niet gebruikt' },
        { name: '/etc/cron.d/kamervragen', content: '* * * * * root sh' },
        { name: '../../buiten.sh', content: 'echo buiten' },
        { name: 'word/../../omhoog.txt', content: 'omhoog' },
        { name: 'C:\\Windows\\evil.bat', content: 'echo' },
        { name: 'macro.bin', content: 'code' },
      ]);
      const { cli, server, targets } = await exportWithTemplate(file('sjabloon-vreemd.docx', template));
      assert.equal(cli.status, 0, cli.stderr);
      assert.ok(server.written, JSON.stringify(server));
      for (const target of targets) {
        const names = entryNames(readFileSync(target)).sort();
        assert.deepEqual(names, ['[Content_Types].xml', '_rels/.rels', 'word/_rels/document.xml.rels', 'word/_rels/header1.xml.rels', 'word/document.xml', 'word/footnotes.xml', 'word/header1.xml', 'word/media/logo.png', 'word/styles.xml']);
      }
    });
  });

  it('leaves no Word process behind', () => {
    const processes = readdirSync('/proc').filter((pid) => /^\d+$/.test(pid)).filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(join(repoRoot, 'dist', 'word.js'));
      } catch {
        return false;
      }
    });
    assert.deepEqual(processes, []);
  });
});

/** The entry names of a zip, from its central directory. */
function entryNames(zip: Buffer): string[] {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  const names: string[] = [];
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < count; i++) {
    const nameLength = zip.readUInt16LE(at + 28);
    names.push(zip.subarray(at + 46, at + 46 + nameLength).toString('utf8'));
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return names;
}
