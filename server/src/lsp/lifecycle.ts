import { ErrorCodes, Message, ResponseError, type Connection, type ConnectionOptions } from 'vscode-languageserver/node';

/** Where a refused request goes: its handler answers with the refusal's error. */
const REFUSED = '$/kamervragen/refused';

interface Refusal {
  code: number;
  message: string;
}

/**
 * The session's lifecycle as the protocol prescribes it, kept for every message before any
 * handler sees it: until `initialize` is answered, a request gets ServerNotInitialized and a
 * notification is dropped (`exit` aside); after `shutdown`, a request gets InvalidRequest and only
 * `exit` counts. Responses to the server's own requests always pass.
 */
export class Lifecycle {
  private state: 'new' | 'initializing' | 'running' | 'shutDown' = 'new';

  /** The connection's options: its message strategy applies the lifecycle. */
  readonly options: ConnectionOptions = {
    messageStrategy: { handleMessage: (message, next) => this.handle(message, next) },
  };

  /** Answers refused requests; call once the connection exists. */
  attach(connection: Connection): void {
    connection.onRequest(REFUSED, (refusal: Refusal) => {
      throw new ResponseError(refusal.code, refusal.message);
    });
  }

  /** The server has answered `initialize`: from now on it serves. */
  initialized(): void {
    if (this.state === 'initializing') this.state = 'running';
  }

  private handle(message: Message, next: (message: Message) => void): void {
    if (Message.isRequest(message)) {
      const refusal = this.refusal(message.method);
      if (refusal) return next({ ...message, method: REFUSED, params: refusal } as Message);
      if (message.method === 'initialize') this.state = 'initializing';
      if (message.method === 'shutdown') this.state = 'shutDown';
      return next(message);
    }
    if (Message.isNotification(message)) {
      if (message.method === 'exit' || this.state === 'running') next(message);
      return;
    }
    next(message);
  }

  private refusal(method: string): Refusal | undefined {
    if (this.state === 'shutDown') return { code: ErrorCodes.InvalidRequest, message: `kamervragen: ${method} after shutdown` };
    if (method === 'initialize') return this.state === 'new' ? undefined : { code: ErrorCodes.InvalidRequest, message: 'kamervragen: initialize was already received' };
    return this.state === 'running' ? undefined : { code: ErrorCodes.ServerNotInitialized, message: `kamervragen: ${method} before initialize` };
  }
}
