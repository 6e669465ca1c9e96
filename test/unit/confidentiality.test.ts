import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { repoRoot } from '../helpers/paths';

/** Drafts are confidential: nothing in the shipped code can send text anywhere. */
describe('confidentiality', () => {
  for (const bundle of ['server.js', 'client.js', 'cli.js']) {
    it(`dist/${bundle} contains no network client`, () => {
      const code = readFileSync(join(repoRoot, 'dist', bundle), 'utf8');
      for (const client of ['require("http")', 'require("https")', 'require("http2")', 'require("tls")', 'require("dgram")', 'require("undici")', 'fetch(', 'WebSocket', 'XMLHttpRequest', 'EventSource']) {
        assert.ok(!code.includes(client), `${bundle} contains ${client}`);
      }
      // 'net' is the JSON-RPC transport's pipe or socket to the editor itself, nothing else
      assert.ok((code.match(/require\("net"\)/g) ?? []).length <= 1, `${bundle} uses net beyond the LSP transport`);
    });
  }

  it('no setting sends data anywhere', () => {
    const properties = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).contributes.configuration.properties as Record<string, { format?: string; type: string }>;
    for (const [name, property] of Object.entries(properties)) {
      assert.ok(!/url|endpoint|upload|telemetry|host|webhook/i.test(name), name);
      assert.notEqual(property.format, 'uri', name);
    }
  });
});
