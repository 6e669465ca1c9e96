import * as vscode from 'vscode';

/**
 * The kamervragen settings the drafter set (user, workspace or folder), as one object like the
 * server reads it ({ severity: { deadline: 'off' }, registers: [...], ... }). Defaults are left
 * out: the server has the same ones from the rules, and a folder's kamervragen.json comes between.
 * `kamervragen.registers` is read only in a trusted workspace (an untrusted folder's settings must
 * not make the server read files elsewhere); the user's own setting always counts.
 */
export function explicitSettings(packageJson: { contributes?: { configuration?: { properties?: Record<string, unknown> } } }, scopeUri: string | undefined): Record<string, unknown> {
  const scope = scopeUri ? vscode.Uri.parse(scopeUri) : undefined;
  const configuration = vscode.workspace.getConfiguration('kamervragen', scope);
  const settings: Record<string, unknown> = {};
  for (const key of Object.keys(packageJson.contributes?.configuration?.properties ?? {})) {
    if (!key.startsWith('kamervragen.')) continue;
    const name = key.slice('kamervragen.'.length);
    const inspected = configuration.inspect(name);
    const fromWorkspace = inspected?.workspaceFolderValue ?? inspected?.workspaceValue;
    const value = name === 'registers' && !vscode.workspace.isTrusted ? inspected?.globalValue : (fromWorkspace ?? inspected?.globalValue);
    if (value === undefined) continue;
    const path = name.split('.');
    let target = settings;
    for (const part of path.slice(0, -1)) target = (target[part] ??= {}) as Record<string, unknown>;
    target[path[path.length - 1]] = value;
  }
  return settings;
}
