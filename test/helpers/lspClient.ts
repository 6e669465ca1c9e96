import { spawn, type ChildProcess } from 'child_process';
import { readFileSync } from 'fs';
import { join } from 'path';
import { PassThrough } from 'stream';
import { createConnection, type Connection } from 'vscode-languageserver/node';
import { startServer } from '../../server/src/lsp/startServer';
import { clockFromEnvironment } from '../../server/src/clock';
import {
  createProtocolConnection,
  ErrorCodes,
  ResponseError,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { repoRoot } from './paths';

/** The answer to a request, or a failure naming it after a generous liveness limit (speed is measured in the benchmarks). */
export function answeredWithin<T>(request: Promise<T>, what: string, ms = 10000): Promise<T> {
  return Promise.race([request, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`${what}: no answer`)), ms))]);
}

/**
 * Speaks LSP to the language server: the built one over stdio, as Neovim or Helix start it, or
 * (`inProcess`) the same server started in this process on in-memory streams.
 */
export class LspTestClient {
  readonly connection: ProtocolConnection;
  private readonly process: ChildProcess | undefined;
  private readonly stopInProcess: (() => void) | undefined;
  private readonly published: PublishDiagnosticsParams[] = [];
  private readonly waiters: Array<() => void> = [];
  readonly shownMessages: string[] = [];
  /** The methods of the server's requests this client answered with an error (`answerWithErrors`). */
  readonly refusedRequests: string[] = [];
  stderr = '';

  /**
   * `configuration`: what `workspace/configuration` answers (change it, then send
   * workspace/didChangeConfiguration). `answerWithErrors`: a client that answers every request of
   * the server with an error, as a minimal client may; it still records the messages shown.
   */
  constructor(
    public configuration: unknown = {},
    env: Record<string, string | undefined> = {},
    options: { inProcess?: boolean; nodeArguments?: string[]; answerWithErrors?: boolean; cwd?: string } = {},
  ) {
    if (options.inProcess) {
      const toServer = new PassThrough();
      const toClient = new PassThrough();
      // message readers, not streams: on a stream's end, and on 'exit', the library ends the process
      const english = () => JSON.parse(readFileSync(join(repoRoot, 'l10n', 'bundle.l10n.en.json'), 'utf8')) as Record<string, string>;
      let server: Connection | undefined;
      startServer((connectionOptions) => (server = createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient), connectionOptions)), { today: clockFromEnvironment(env.KAMERVRAGEN_TODAY), englishBundle: english, version: 'test' });
      this.connection = createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
      this.stopInProcess = () => server?.dispose();
    } else {
      this.process = spawn(process.execPath, [...(options.nodeArguments ?? []), join(repoRoot, 'dist', 'server.js'), '--stdio'], { stdio: 'pipe', cwd: options.cwd, env: { ...process.env, ...env } });
      this.process.stderr!.on('data', (chunk) => (this.stderr += String(chunk)));
      this.connection = createProtocolConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    }
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.published.push(params);
      this.waiters.splice(0).forEach((wake) => wake());
    });
    const shown = (params: { message: string }): void => {
      this.shownMessages.push(params.message);
      this.waiters.splice(0).forEach((wake) => wake());
    };
    this.connection.onNotification('window/showMessage', shown);
    if (options.answerWithErrors) {
      // every request, through the connection's catch-all handler (its typings list only named ones)
      const onAnyRequest = this.connection.onRequest.bind(this.connection) as unknown as (handler: (method: string, params: unknown) => unknown) => void;
      onAnyRequest((method, params) => {
        this.refusedRequests.push(method);
        if (method === 'window/showMessageRequest') shown(params as { message: string });
        throw new ResponseError(ErrorCodes.InternalError, `this client answers ${method} with an error`);
      });
    } else {
      this.connection.onRequest('workspace/configuration', (params: { items: Array<{ section?: string }> }) => params.items.map(() => this.configuration));
      this.connection.onRequest('window/showMessageRequest', (params: { message: string }) => {
        shown(params);
        return null;
      });
      this.connection.onRequest('client/registerCapability', () => null);
    }
    this.connection.listen();
  }

  /** Every diagnostics notification published for `uri` so far, in order. */
  publishedFor(uri: string): PublishDiagnosticsParams[] {
    return this.published.filter((p) => p.uri === uri);
  }

  /** The server's process id (a stdio server only). */
  get pid(): number | undefined {
    return this.process?.pid;
  }

  async initialize(workspaceFolder?: string, capabilities: Record<string, unknown> = { workspace: { configuration: true }, textDocument: { publishDiagnostics: { versionSupport: true } } }): Promise<void> {
    await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: workspaceFolder ?? null,
      workspaceFolders: workspaceFolder ? [{ uri: workspaceFolder, name: 'werkmap' }] : null,
      capabilities,
    });
    await this.connection.sendNotification('initialized', {});
  }

  /** Waits until diagnostics for `uri` match `accept`, or fails after `ms`. */
  async diagnosticsWhere(uri: string, accept: (p: PublishDiagnosticsParams) => boolean, ms = 10000): Promise<PublishDiagnosticsParams> {
    const deadline = Date.now() + ms;
    for (;;) {
      const match = this.published.find((p) => p.uri === uri && accept(p));
      if (match) return match;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no matching diagnostics for ${uri}; got ${JSON.stringify(this.published.filter((p) => p.uri === uri).map((p) => [p.version, p.diagnostics.length]))}`);
      await new Promise<void>((wake) => {
        const timer = setTimeout(wake, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          wake();
        });
      });
    }
  }

  /** Waits until a message shown to the user matches. */
  async messageWhere(accept: (message: string) => boolean, ms = 10000): Promise<string> {
    const deadline = Date.now() + ms;
    for (;;) {
      const match = this.shownMessages.find(accept);
      if (match) return match;
      if (Date.now() > deadline) throw new Error(`no matching message; got ${JSON.stringify(this.shownMessages)}`);
      await new Promise<void>((wake) => {
        const timer = setTimeout(wake, 100);
        this.waiters.push(() => {
          clearTimeout(timer);
          wake();
        });
      });
    }
  }

  get allPublished(): readonly PublishDiagnosticsParams[] {
    return this.published;
  }

  get alive(): boolean {
    return !this.process || (this.process.exitCode === null && this.process.signalCode === null);
  }

  /** The server process's exit code once it has ended (a stdio server only). */
  exited(): Promise<number | null> {
    const child = this.process;
    if (!child) return Promise.resolve(null);
    if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
    return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  }

  async shutdown(): Promise<void> {
    try {
      await this.connection.sendRequest('shutdown');
      // 'exit' ends the server's process: never this one
      if (!this.stopInProcess) await this.connection.sendNotification('exit');
    } catch {
      // already gone
    }
    // a server given time to exit on its own writes what it was asked to (a CPU profile)
    const exited = this.process && this.process.exitCode === null ? new Promise((resolve) => this.process!.once('exit', resolve)) : undefined;
    if (exited) await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 2000))]);
    this.connection.dispose();
    this.process?.kill();
    this.stopInProcess?.();
  }
}
