import { strict as assert } from 'assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { pathToFileURL } from 'url';
import { run } from '../../server/src/cli';
import { LspTestClient } from '../helpers/lspClient';
import { repoRoot } from '../helpers/paths';

/** The settings object VS Code sends when the drafter set nothing: every default of package.json. */
function packageDefaults(): Record<string, unknown> {
  const properties = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).contributes.configuration.properties as Record<string, { default: unknown }>;
  const settings: Record<string, unknown> = {};
  for (const [key, { default: value }] of Object.entries(properties)) {
    const path = key.split('.').slice(1);
    let target = settings;
    for (const part of path.slice(0, -1)) target = (target[part] ??= {}) as Record<string, unknown>;
    target[path[path.length - 1]] = value;
  }
  return settings;
}

type Row = [string, number, number];

/**
 * One draft, three ways in: the CLI, a client that sends VS Code's package defaults, and a client
 * that sends no settings. They must agree (the severity of "31 februari" once had two sources).
 */
describe('the same diagnostics from every entry point', function () {
  this.timeout(20000);
  const today = '2026-02-10';
  const draft = [
    "Vragen van het lid A (B) aan de minister van C over D (ingezonden 3 januari 2026, 2026Z00025).",
    '',
    'Vraag 1',
    'Klopt het dat het op 31 februari 2026 gebeurde?[1]',
    '',
    'Vraag 2',
    'Waarom?',
    '',
    'Antwoord op vraag 2',
    '',
  ].join('\n');
  let folder: string;

  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'kamervragen-same-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  async function fromCli(file: string): Promise<Row[]> {
    let output = '';
    await run(['check', '--json', '--today', today, file], (text) => {
      output += text;
    }, () => undefined);
    const [result] = JSON.parse(output) as Array<{ diagnostics: Array<{ code: string; severity: string; line: number }> }>;
    const levels: Record<string, number> = { error: 1, warning: 2, information: 3, hint: 4 };
    return result.diagnostics.map((d) => [d.code, levels[d.severity], d.line - 1]);
  }

  async function fromServer(file: string, configuration: unknown, inProcess: boolean): Promise<Row[]> {
    const client = new LspTestClient(configuration, { KAMERVRAGEN_TODAY: today }, { inProcess });
    try {
      await client.initialize(pathToFileURL(folder).toString());
      const uri = pathToFileURL(file).toString();
      await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'kamervragen', version: 1, text: readFileSync(file, 'utf8') } });
      const published = await client.diagnosticsWhere(uri, (p) => p.version === 1);
      return published.diagnostics.map((d) => [String(d.code), d.severity!, d.range.start.line]);
    } finally {
      await client.shutdown();
    }
  }

  it('agree without a kamervragen.json', async () => {
    const file = join(folder, 'concept.kamervragen');
    writeFileSync(file, draft);
    const cli = await fromCli(file);
    assert.deepEqual(cli.map(([code, severity]) => [code, severity]), [
      ['deadline', 2],
      ['unanswered-question', 1],
      ['nonexistent-date', 1],
      ['undefined-footnote', 1],
      ['empty-answer', 1],
    ]);
    assert.deepEqual(await fromServer(file, packageDefaults(), false), cli, 'VS Code sends the package defaults');
    assert.deepEqual(await fromServer(file, {}, true), cli, 'a client that sends no settings, in-process');
  });

  it('agree with a kamervragen.json, and the editor\'s explicit settings override it', async () => {
    writeFileSync(join(folder, 'kamervragen.json'), '// team settings\n{ "severity": { "deadline": "off", "empty-answer": "warning" } }');
    const file = join(folder, 'concept.kamervragen');
    writeFileSync(file, draft);
    const cli = await fromCli(file);
    assert.ok(!cli.some(([code]) => code === 'deadline'));
    assert.ok(cli.some(([code, severity]) => code === 'empty-answer' && severity === 2));
    assert.deepEqual(await fromServer(file, {}, true), cli);
    const overridden = await fromServer(file, { severity: { 'empty-answer': 'off' } }, true);
    assert.deepEqual(overridden, cli.filter(([code]) => code !== 'empty-answer'));
  });
});
