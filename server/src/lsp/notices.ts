import { MessageType, ShowMessageNotification, type Connection } from 'vscode-languageserver/node';
import { plainText } from '../protocol';

/**
 * What the server tells the drafter, and what it logs. A cause (registers outside the workspace,
 * missing registers, a bad kamervragen.json) gets one message for all its files, with a count,
 * and a file is named once; a notification, not a request, so no answer of the client can fail it.
 * Nothing sent from here can end the server: a failed send is logged, and a log that cannot be
 * sent is dropped.
 */
export class Notices {
  private readonly told = new Set<string>();

  constructor(private readonly connection: Connection) {}

  /**
   * One warning about the `subjects` (files) of a cause not named before; `message` gets the first
   * and how many more there are.
   */
  warn(cause: string, subjects: string[], message: (first: string, more: number) => string): void {
    const fresh = [...new Set(subjects)].filter((subject) => !this.told.has(`${cause}\u0000${subject}`));
    if (fresh.length === 0) return;
    for (const subject of fresh) this.told.add(`${cause}\u0000${subject}`);
    this.detach(() => this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: plainText(message(fresh[0], fresh.length - 1)) }));
  }

  /** The configuration changed: what was said may be said again. */
  forget(): void {
    this.told.clear();
  }

  /** Into the client's log (VS Code's output channel). */
  log(what: string, error: unknown): void {
    try {
      this.connection.console.error(`kamervragen: ${what}: ${error instanceof Error ? error.stack : String(error)}`);
    } catch {
      // the connection is gone: there is nobody to tell
    }
  }

  /** Work nobody waits for (a notification, a registration): its failure is logged, never left unhandled. */
  detach(work: () => Promise<unknown>, what = 'background work'): void {
    try {
      work().catch((error: unknown) => this.log(what, error));
    } catch (error) {
      this.log(what, error);
    }
  }
}

