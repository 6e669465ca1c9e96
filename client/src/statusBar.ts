import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { t } from './language';
import { Requests, type DocumentStatus, type UriParams } from '../../server/src/protocol';

/** "11/12 beantwoord · nog 5 dagen": shown while a kamervragen draft is the active editor. */
export class StatusBar implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem('kamervragen.status', vscode.StatusBarAlignment.Left, 100);
  private readonly subscriptions: vscode.Disposable[] = [];
  private status: DocumentStatus | undefined;

  constructor(private readonly client: LanguageClient) {
    this.item.name = t('Kamervragen: voortgang');
    this.item.command = 'kamervragen.gotoFirstUnanswered';
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => void this.refresh()),
      vscode.languages.onDidChangeDiagnostics((event) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (event.uris.some((uri) => uri.toString() === active)) void this.refresh();
      }),
    );
    void this.refresh();
  }

  get current(): DocumentStatus | undefined {
    return this.status;
  }

  async refresh(): Promise<void> {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || document.languageId !== 'kamervragen') {
      this.status = undefined;
      this.item.hide();
      return;
    }
    const params: UriParams = { uri: document.uri.toString() };
    this.status = (await this.client.sendRequest<DocumentStatus | null>(Requests.status, params)) ?? undefined;
    if (!this.status || this.status.questions === 0) {
      this.item.hide();
      return;
    }
    const { answered, questions, daysLeft, postponed, hasMededeling } = this.status;
    let text = postponed ? (questions === 1 ? t('1 vraag uitgesteld') : t('{0} vragen uitgesteld', questions)) : t('{0}/{1} beantwoord', answered, questions);
    // the term as the deadline check judges it, whatever is answered: typing a question before its answer changes only the count
    if (daysLeft !== undefined && !postponed) {
      if (daysLeft > 0) text += ` · ${daysLeft === 1 ? t('nog 1 dag') : t('nog {0} dagen', daysLeft)}`;
      else if (daysLeft === 0) text += ` · ${t('termijn verloopt vandaag')}`;
      else text += ` · ${daysLeft === -1 ? t('1 dag te laat') : t('{0} dagen te laat', -daysLeft)}`;
    }
    this.item.text = `$(checklist) ${text}`;
    this.item.tooltip = answered < questions ? t('Klik om naar de eerste onbeantwoorde vraag te gaan') : t('Alle vragen zijn beantwoord');
    this.item.backgroundColor = daysLeft !== undefined && daysLeft < 0 && !postponed && !hasMededeling ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
    this.subscriptions.forEach((s) => s.dispose());
  }
}
