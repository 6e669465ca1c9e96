import { strict as assert } from 'assert';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { pathToFileURL } from 'url';
import { CONFIG_FILE_KEYS, configProblemText, MAX_TERM_DAYS, parseConfigFile, type ConfigProblem } from '../../server/src/service/config';
import { createMessages } from '../../server/src/service/messages';
import { runCli } from '../helpers/cli';
import { LspTestClient } from '../helpers/lspClient';
import { repoRoot } from '../helpers/paths';

interface Schema {
  type?: string | string[];
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  items?: Schema;
  properties?: Record<string, Schema>;
  additionalProperties?: boolean;
  allowComments?: boolean;
  allowTrailingCommas?: boolean;
}

const schemaFile = join(repoRoot, 'schemas', 'kamervragen.schema.json');
const schema = JSON.parse(readFileSync(schemaFile, 'utf8')) as Schema;
const dutch = createMessages();
const told = (problem: ConfigProblem) => configProblemText(problem, dutch);
const readJson = (file: string) => JSON.parse(readFileSync(join(repoRoot, file), 'utf8')) as Record<string, unknown>;

/** Every setting the schema describes, as its path and its own schema. */
function leaves(node: Schema, path: string[] = []): Array<{ path: string[]; schema: Schema }> {
  if (node.type === 'object' && node.properties) return Object.entries(node.properties).flatMap(([key, child]) => (key === '$schema' ? [] : leaves(child, [...path, key])));
  return [{ path, schema: node }];
}

/** Values the schema allows for a setting, and values it does not. */
function examples(node: Schema): { good: unknown[]; bad: unknown[] } {
  const types = ([] as string[]).concat(node.type ?? []);
  if (node.enum) return { good: node.enum, bad: ['onbekend', 3, ...node.enum.filter((v): v is string => typeof v === 'string' && v !== '').map((v) => `${v}x`)] };
  if (types.includes('integer')) {
    return { good: [node.minimum, node.maximum, ...(types.includes('null') ? [null] : [])], bad: [(node.minimum ?? 0) - 1, (node.maximum ?? 0) + 1, 1.5, '21', ...(types.includes('null') ? [] : [null])] };
  }
  if (types.includes('array')) return { good: [[], ['register.json']], bad: ['register.json', [3]] };
  if (types.includes('string')) return { good: ['PO/0000000'], bad: [5, ['x']] };
  throw new Error(`no examples for ${JSON.stringify(node)}`);
}

function fileWith(path: string[], value: unknown): string {
  const nested = path.reduceRight<unknown>((inner, key) => ({ [key]: inner }), value);
  return JSON.stringify(nested, null, 2);
}

describe('kamervragen.json: its schema, and what the CLI and the server say of a bad value', () => {
  it('the schema is generated from the settings and up to date (npm run build writes it)', async () => {
    const generator = (await import(join(repoRoot, 'scripts', 'generate-manifest.mjs'))) as { configSchema(manifest: unknown, nls: unknown, keys: readonly string[]): string };
    assert.equal(generator.configSchema(readJson('package.json'), readJson('package.nls.nl.json'), CONFIG_FILE_KEYS), readFileSync(schemaFile, 'utf8'), 'run npm run build');
  });

  it('is contributed to VS Code for kamervragen.json, allows what the file allows, and describes every key the file holds', () => {
    const manifest = readJson('package.json') as { contributes: { jsonValidation: Array<{ fileMatch: string; url: string }> } };
    assert.deepEqual(manifest.contributes.jsonValidation, [{ fileMatch: 'kamervragen.json', url: './schemas/kamervragen.schema.json' }]);
    assert.ok(schema.allowComments && schema.allowTrailingCommas);
    assert.deepEqual(Object.keys(schema.properties!).filter((key) => key !== '$schema').sort(), [...CONFIG_FILE_KEYS].sort());
    assert.equal(schema.additionalProperties, false);
    const terms = leaves(schema).filter((leaf) => leaf.path[0] === 'answerTerm');
    assert.ok(terms.length === 2 && terms.every((leaf) => leaf.schema.maximum === MAX_TERM_DAYS));
  });

  it('the CLI and the server read what the schema allows and report what it does not, by name', () => {
    for (const { path, schema: setting } of leaves(schema)) {
      const { good, bad } = examples(setting);
      for (const value of good) assert.deepEqual(parseConfigFile(fileWith(path, value)).problems, [], `${path.join('.')} = ${JSON.stringify(value)}`);
      for (const value of bad) {
        const { problems } = parseConfigFile(fileWith(path, value));
        assert.equal(problems.length, 1, `${path.join('.')} = ${JSON.stringify(value)}: ${JSON.stringify(problems)}`);
        assert.ok(told(problems[0]).includes(path[path.length - 1]), `${told(problems[0])} names ${path.join('.')}`);
        // the line of the setting; of a list, the line of its bad item
        assert.equal(problems[0].line, path.length + (setting.type === 'array' && Array.isArray(value) ? 2 : 1), `${path.join('.')} = ${JSON.stringify(value)}: the value's line`);
      }
    }
    for (const unknown of [['rnu'], ['severity', 'deadlien'], ['onsKenmerk', 'prest'], ['answerTerm', 'tweedekamer']]) {
      const { problems } = parseConfigFile(fileWith(unknown, 'x'));
      assert.equal(problems.length, 1, unknown.join('.'));
      assert.match(told(problems[0]), new RegExp(`onbekende (instelling|controle) '${unknown.slice(unknown[0] === 'severity' ? 1 : 0).join('\\.')}'`));
    }
  });

  it('names each bad value with its line, keeps the good ones, and the CLI prints them all', () => {
    const text = [
      '// de instellingen van het team',
      '{',
      '  "rnu": "onType",',
      '  "run": "onPuase",',
      '  "severity": { "deadline": "off", "placeholder": "fout" },',
      '  "answerTerm": {',
      '    "tweedeKamer": 0,',
      '  },',
      '}',
    ].join('\n');
    const { layer, problems } = parseConfigFile(text);
    assert.deepEqual(layer.severity, { deadline: 'off' });
    assert.deepEqual(
      problems.map((p) => [p.line, told(p)]),
      [
        [3, "onbekende instelling 'rnu'"],
        [4, "'onPuase' is geen waarde voor run: kies onPause, onType of onSave"],
        [5, "onbekend niveau 'fout' bij placeholder: kies error, warning, information, hint of off"],
        [7, "termijn tweedeKamer: '0' is geen aantal dagen (1 tot en met 999)"],
      ],
    );
    const folder = mkdtempSync(join(tmpdir(), 'kamervragen-schema-'));
    try {
      mkdirSync(join(folder, '.git'));
      writeFileSync(join(folder, 'kamervragen.json'), text);
      writeFileSync(join(folder, 'concept.kamervragen'), 'Vraag 1\nKlopt het?\n\nAntwoord op vraag 1\nJa.\n');
      const result = runCli(['check', folder]);
      assert.equal(result.status, 0, 'a bad value does not stop the check');
      const printed = result.stderr.split('\n').filter((line) => line.includes('kamervragen.json:'));
      assert.deepEqual(printed.map((line) => line.replace(folder, '<map>')), problems.map((p) => `kamervragen: <map>/kamervragen.json:${p.line}: ${told(p)}`));
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('the server tells the drafter the first bad value with its line and how many more there are', async function () {
    this.timeout(20000);
    const folder = mkdtempSync(join(tmpdir(), 'kamervragen-schema-'));
    const client = new LspTestClient();
    try {
      writeFileSync(join(folder, 'kamervragen.json'), '{\n  "run": "onPuase",\n  "severity": { "deadlien": "off" }\n}\n');
      await client.initialize(pathToFileURL(folder).toString());
      await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: pathToFileURL(join(folder, 'concept.kamervragen')).toString(), languageId: 'kamervragen', version: 1, text: 'Vraag 1\nKlopt het?\n' } });
      const message = await client.messageWhere((m) => m.includes('kamervragen.json'));
      assert.match(message, /kamervragen\.json, regel 2: 'onPuase' is geen waarde voor run: kies onPause, onType of onSave \(en nog 1 ander probleem\)/);
    } finally {
      await client.shutdown();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
