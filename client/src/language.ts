import { readFileSync } from 'fs';
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';

/**
 * The drafter's language for messages: Dutch by default (the documents' language), English on
 * request (setting kamervragen.language, or "auto" to follow VS Code's display language).
 * The server resolves the same setting for its messages.
 */
export function messageLanguage(): 'nl' | 'en' {
  const setting = vscode.workspace.getConfiguration('kamervragen').get<string>('language', 'nl');
  if (setting === 'en' || setting === 'nl') return setting;
  return vscode.env.language.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

export function configureLanguage(extensionPath: string): void {
  const contents = messageLanguage() === 'en' ? (JSON.parse(readFileSync(`${extensionPath}/l10n/bundle.l10n.en.json`, 'utf8')) as Record<string, string>) : {};
  l10n.config({ contents });
}

export const t = l10n.t;
