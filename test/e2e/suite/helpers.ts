import * as vscode from 'vscode';

/** Polls until `condition` returns a value, or fails with `what` after `ms`. Never a fixed sleep. */
export async function waitFor<T>(what: string, condition: () => T | undefined | false, ms = 30000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = condition();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise<void>((resolve) => {
      const subscription = vscode.languages.onDidChangeDiagnostics(() => {
        subscription.dispose();
        resolve();
      });
      setTimeout(() => {
        subscription.dispose();
        resolve();
      }, 100);
    });
  }
}

export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the end-to-end suite needs its workspace folder open');
  return vscode.Uri.joinPath(folder.uri, name);
}

export function kamervragenDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'kamervragen');
}
