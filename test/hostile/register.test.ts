import { strict as assert } from 'assert';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { pathToFileURL } from 'url';
import { LspTestClient } from '../helpers/lspClient';

/**
 * Registers that are broken in ways that once cost the drafter good entries (issue 18.7), read by
 * the built server over stdio as an editor starts it: every good entry is offered, and the
 * drafter is told in Dutch which file and line are wrong.
 */
describe('hostile registers: every good entry is kept', function () {
  this.timeout(60000);
  let folder: string;
  let client: LspTestClient | undefined;
  const draft = 'Uw kenmerk 20\nVraag 1\nKlopt het?\n\nAntwoord op vraag 1\nJa.\n';

  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'kamervragen-hostile-register-'));
    writeFileSync(join(folder, 'concept.kamervragen'), draft);
  });
  afterEach(async () => {
    await client?.shutdown();
    client = undefined;
    rmSync(folder, { recursive: true, force: true });
  });

  /** The zaaknummers completion offers after "Uw kenmerk 20", with the registers in `files`. */
  async function offered(files: Record<string, string>): Promise<{ labels: string[]; client: LspTestClient }> {
    for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
    client = new LspTestClient({ workspaceRegisters: Object.keys(files) });
    await client.initialize(pathToFileURL(folder).toString());
    const uri = pathToFileURL(join(folder, 'concept.kamervragen')).toString();
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'kamervragen', version: 1, text: draft } });
    const answer = (await client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: 13 } })) as Array<{ label: string }> | { items: Array<{ label: string }> };
    return { labels: (Array.isArray(answer) ? answer : answer.items).map((i) => i.label), client };
  }

  it('offers the entry after one with an unterminated string, and names the file and line', async () => {
    const { labels, client } = await offered({
      'register.json': '[\n{"zaaknummer": "2024Z00001", "onderwerp": "niet afgesloten},\n{"zaaknummer": "2024Z00002", "onderwerp": "goed"},\n{"zaaknummer": "2024Z00003"}\n]\n',
    });
    for (const zaak of ['2024Z00001', '2024Z00002', '2024Z00003']) assert.ok(labels.includes(zaak), `${zaak} in ${JSON.stringify(labels)}`);
    const warning = await client.messageWhere((m) => m.includes('register.json'));
    assert.match(warning, /^Kamervragen-register .*register\.json, regel 2: een tekst tussen aanhalingstekens is niet afgesloten/);
    assert.match(warning, /De rest van het register wordt gebruikt\.$/);
  });

  it('offers every entry of a register nested 100,000 levels deep, without a raw error', async () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const { labels, client } = await offered({
      'diep.json': `[\n{"zaaknummer": "2024Z00011", "bijlagen": ${deep}},\n${deep},\n{"zaaknummer": "2024Z00012", "indieners": ${deep}}\n]\n`,
    });
    for (const zaak of ['2024Z00011', '2024Z00012']) assert.ok(labels.includes(zaak), `${zaak} in ${JSON.stringify(labels)}`);
    const warning = await client.messageWhere((m) => m.includes('diep.json'));
    assert.match(warning, /regel 3: een zaak moet een object zijn/);
    assert.ok(client.shownMessages.every((m) => !/call stack|Maximum|kan niet worden gelezen/.test(m)), JSON.stringify(client.shownMessages));
  });

  it('offers the rows of a CSV register around a quote left open, and counts the lines that are wrong', async () => {
    const rows = ['zaaknummer,onderwerp', '2024Z00021,goed', '2024Z00022,"open', '2024Z00023,ook goed', ...Array.from({ length: 3000 }, (_, i) => `fout ${i},x`), '2024Z00024,laatste'];
    const { labels, client } = await offered({ 'register.csv': `${rows.join('\n')}\n` });
    for (const zaak of ['2024Z00021', '2024Z00023', '2024Z00024']) assert.ok(labels.includes(zaak), `${zaak} in ${JSON.stringify(labels)}`);
    const warning = await client.messageWhere((m) => m.includes('register.csv'));
    assert.match(warning, /regel 3: .*(en 3000 andere regels)/);
  });
});
