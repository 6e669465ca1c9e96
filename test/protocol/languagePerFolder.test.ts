import { strict as assert } from 'assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { pathToFileURL } from 'url';
import { LspTestClient } from '../helpers/lspClient';

/**
 * The language is an input of each check, not a switch: two folders whose kamervragen.json asks
 * for different languages, checked at the same time in one server, each get their own messages.
 */
describe('language server: each folder speaks its own language', function () {
  this.timeout(20000);
  let root: string;
  let client: LspTestClient;

  beforeEach(async () => {
    root = mkdtempSync(join(tmpdir(), 'kamervragen-languages-'));
    for (const language of ['nl', 'en']) {
      mkdirSync(join(root, language));
      // unknown-zaak on: a check then waits for the workspace index, so the two folders' checks overlap
      writeFileSync(join(root, language, 'kamervragen.json'), JSON.stringify({ language, severity: { 'unknown-zaak': 'hint' } }));
    }
    client = new LspTestClient({}, {}, { inProcess: true });
    await client.initialize(pathToFileURL(root).toString());
  });
  afterEach(async () => {
    await client.shutdown();
    rmSync(root, { recursive: true, force: true });
  });

  it('checks a Dutch and an English folder concurrently, each in its own language', async () => {
    const uris = { nl: pathToFileURL(join(root, 'nl', 'concept.kamervragen')).toString(), en: pathToFileURL(join(root, 'en', 'concept.kamervragen')).toString() };
    const text = (version: number) => `Vraag ${version}\nKlopt het? Zie zaak 2024Z9999${version}.\n`;
    // opened and edited in turns, never waiting for a check: every check of one runs beside one of the other
    const sent: Array<Promise<void>> = [];
    for (const language of ['nl', 'en'] as const) {
      sent.push(client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uris[language], languageId: 'kamervragen', version: 1, text: text(1) } }));
    }
    for (let version = 2; version <= 6; version++) {
      for (const language of ['nl', 'en'] as const) {
        sent.push(client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: uris[language], version }, contentChanges: [{ text: text(version) }] }));
      }
    }
    await Promise.all(sent);
    const expected = {
      nl: (v: number) => [`Vraag ${v} heeft geen antwoord. Voeg 'Antwoord op vraag ${v}' toe.`, `Zaak 2024Z9999${v} staat niet in de werkmap of in een register. Controleer het nummer.`],
      en: (v: number) => [`Question ${v} has no answer. Add 'Antwoord op vraag ${v}'.`, `Zaak 2024Z9999${v} is neither in the workspace nor in a register. Check the number.`],
    };
    for (const language of ['nl', 'en'] as const) {
      await client.diagnosticsWhere(uris[language], (p) => p.version === 6);
      const published = client.publishedFor(uris[language]);
      assert.ok(published.length > 0);
      for (const p of published) assert.deepEqual(p.diagnostics.map((d) => d.message), expected[language](p.version!), `${language}, version ${p.version}`);
    }
  });
});
