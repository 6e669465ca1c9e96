import * as vscode from 'vscode';

/**
 * The kamervragen settings the drafter set (user, workspace or folder), as one object like the
 * server reads it ({ severity: { deadline: 'off' }, registers: [...], ... }). Defaults are left
 * out: the server has the same ones from the rules, and a folder's kamervragen.json comes between.
 * `kamervragen.registers` from the workspace's own settings goes as `workspaceRegisters`, which the
 * server reads only inside the workspace folders, and only in a trusted workspace; the user's own
 * setting always counts.
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
    if (name === 'registers') {
      const trustedWorkspaceValue = vscode.workspace.isTrusted ? fromWorkspace : undefined;
      if (trustedWorkspaceValue !== undefined) settings.workspaceRegisters = trustedWorkspaceValue;
      else if (inspected?.globalValue !== undefined) settings.registers = inspected.globalValue;
      continue;
    }
    const value = fromWorkspace ?? inspected?.globalValue;
    if (value === undefined) continue;
    const path = name.split('.');
    let target = settings;
    for (const part of path.slice(0, -1)) target = (target[part] ??= {}) as Record<string, unknown>;
    target[path[path.length - 1]] = value;
  }
  return settings;
}
