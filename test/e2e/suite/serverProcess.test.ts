import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import * as vscode from 'vscode';

interface KamervragenApi {
  serverPid(): Promise<number>;
}

/** The environment a process started with (Linux). */
function environmentOf(pid: number): Map<string, string> {
  const entries = readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0').filter((entry) => entry.includes('='));
  return new Map(entries.map((entry) => [entry.slice(0, entry.indexOf('=')), entry.slice(entry.indexOf('=') + 1)]));
}

describe('the server process', () => {
  it("starts with the extension host's environment but without NODE_EXTRA_CA_CERTS (certificates parsed at every start, for connections it never makes)", async function () {
    if (process.platform !== 'linux') this.skip();
    // the launcher gives the host a bundle (the machine's own, or Debian's); only without either is there nothing to leave out
    if (process.env.NODE_EXTRA_CA_CERTS === undefined) this.skip();
    const extension = vscode.extensions.all.find((e) => e.packageJSON?.name === 'kamervragen')!;
    const api = (await extension.activate()) as KamervragenApi;
    const server = environmentOf(await api.serverPid());
    assert.equal(server.get('NODE_EXTRA_CA_CERTS'), undefined);
    assert.equal(server.get('PATH'), process.env.PATH, "the rest is the host's");
  });
});
