import { strict as assert } from 'assert';
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { repoRoot } from '../helpers/paths';

/**
 * Drafts are confidential: nothing in the shipped code can send text anywhere. Every bundle is
 * checked: the launcher, the language server's own bundle (dist/server-main.js), the Word process
 * (dist/word.js), the CLI and the client; and every bundle the package ships (.vscodeignore, main,
 * bin) must be one of them, so a new bundle is checked the day it is added.
 */

/** A network client, in any of the forms a bundler writes a require or an import. */
const NETWORK_MODULES = ['http', 'https', 'http2', 'tls', 'dgram', 'undici', 'dns', 'inspector'];
const NETWORK_CLIENTS: Array<[string, RegExp]> = [
  ...NETWORK_MODULES.map((name): [string, RegExp] => [`require/import of ${name}`, new RegExp(`(?:require|import)\\s*\\(\\s*["'\`](?:node:)?${name}(?:/[\\w/]*)?["'\`]\\s*\\)|from\\s*["'](?:node:)?${name}["']`)]),
  ['fetch(', /\bfetch\s*\(/],
  ['WebSocket', /\bWebSocket\b/],
  ['XMLHttpRequest', /\bXMLHttpRequest\b/],
  ['EventSource', /\bEventSource\b/],
  // Node's internals, which reach sockets without a require of a network module
  ['process.binding', /\bprocess\.binding\s*\(/],
  ['internalBinding', /\binternalBinding\s*\(/],
];
/** 'net' is the JSON-RPC transport's pipe or socket to the editor itself, in the two bundles that speak LSP. */
const NET = /(?:require|import)\s*\(\s*["'`](?:node:)?net["'`]\s*\)/g;
const LSP_TRANSPORT = new Set(['server-main.js', 'client.js']);

function networkClientsIn(code: string): string[] {
  return NETWORK_CLIENTS.filter(([, pattern]) => pattern.test(code)).map(([name]) => name);
}

/** The .js files the package ships: .vscodeignore's exceptions, package.json's main and bin. */
function shippedBundles(): string[] {
  const ignore = readFileSync(join(repoRoot, '.vscodeignore'), 'utf8');
  const kept = [...ignore.matchAll(/^!dist\/(.+\.js)\s*$/gm)].map((m) => m[1]);
  const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { main: string; bin: Record<string, string> };
  const named = [manifest.main, ...Object.values(manifest.bin)].map((path) => path.replace(/^\.\/dist\//, ''));
  return [...new Set([...kept, ...named])].sort();
}

describe('confidentiality', () => {
  const bundles = readdirSync(join(repoRoot, 'dist')).filter((name) => name.endsWith('.js')).sort();

  it('every bundle the package ships is one that is checked here', () => {
    const shipped = shippedBundles();
    for (const bundle of ['server.js', 'server-main.js', 'word.js', 'cli.js', 'client.js']) assert.ok(shipped.includes(bundle), `${bundle} is not shipped: the list below is out of date`);
    assert.deepEqual(shipped.filter((bundle) => !bundles.includes(bundle)), [], 'shipped but not built (and so not checked)');
  });

  it('the check finds a network client in every form a bundle may hold one', () => {
    for (const code of ['require("https")', "require('node:http')", 'require("node:tls")', 'import("undici")', 'require("http2")', 'x=fetch(url)', 'new WebSocket(u)', 'process.binding("tcp_wrap")', 'require(`dgram`)']) {
      assert.notDeepEqual(networkClientsIn(code), [], code);
    }
    assert.deepEqual(networkClientsIn('require("fs");require("path");const refetch=1;a.fetched()'), []);
    assert.equal('require("net");require("node:net")'.match(NET)?.length, 2);
  });

  for (const bundle of ['server.js', 'server-main.js', 'word.js', 'cli.js', 'client.js']) {
    it(`dist/${bundle} contains no network client`, () => {
      const code = readFileSync(join(repoRoot, 'dist', bundle), 'utf8');
      assert.deepEqual(networkClientsIn(code), [], `${bundle} contains a network client`);
      const net = code.match(NET)?.length ?? 0;
      assert.ok(net <= (LSP_TRANSPORT.has(bundle) ? 1 : 0), `${bundle} uses net beyond the LSP transport`);
    });
  }

  it('no bundle is left unchecked', () => {
    assert.deepEqual(bundles, ['cli.js', 'client.js', 'server-main.js', 'server.js', 'word.js'], 'a new bundle: add it to the checks above');
  });

  it('no setting sends data anywhere', () => {
    const properties = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).contributes.configuration.properties as Record<string, { format?: string; type: string }>;
    for (const [name, property] of Object.entries(properties)) {
      assert.ok(!/url|endpoint|upload|telemetry|host|webhook/i.test(name), name);
      assert.notEqual(property.format, 'uri', name);
    }
  });
});
