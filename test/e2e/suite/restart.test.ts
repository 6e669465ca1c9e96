import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import { kamervragenDiagnostics, waitFor, workspaceFile } from './helpers';

interface KamervragenApi {
  activatedAt: number;
  serverPid(): Promise<number>;
  restartNotices(): number;
}

/** Asks for the server's pid until a server other than `old` answers. */
async function restartedServerPid(api: KamervragenApi, old: number): Promise<number> {
  for (const deadline = Date.now() + 30000; Date.now() < deadline; ) {
    try {
      const pid = await api.serverPid();
      if (pid !== old) return pid;
    } catch {
      // still restarting
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('the server was not restarted');
}

/** Runs last (file order): it kills the server. */
describe('a crashed server', () => {
  it('is restarted, the drafter is told once, and no text is lost', async () => {
    const api = vscode.extensions.all.find((e) => e.packageJSON?.name === 'kamervragen')!.exports as KamervragenApi;
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceFile('nog-niet-geopend.kamervragen')));
    try {
      await waitFor('diagnostics before the crash', () => kamervragenDiagnostics(editor.document.uri).length === 1);
      for (let crash = 1; crash <= 2; crash++) {
        const pid = await api.serverPid();
        process.kill(pid, 'SIGKILL');
        const typed = `\nAntwoord op vraag 1\nTekst na crash ${crash}.\n`;
        const before = editor.document.getText();
        await editor.edit((edit) => edit.insert(editor.document.lineAt(editor.document.lineCount - 1).range.end, typed));
        assert.equal(editor.document.getText(), before + typed, 'the edit is kept');
        assert.notEqual(await restartedServerPid(api, pid), pid);
        if (crash === 1) {
          await waitFor('diagnostics of the text typed while the server was down', () => kamervragenDiagnostics(editor.document.uri).length === 0);
          // undo the answer so the next round starts with an unanswered question again
          await vscode.commands.executeCommand('undo');
          await waitFor('the unanswered question back', () => kamervragenDiagnostics(editor.document.uri).length === 1);
        }
      }
      assert.equal(api.restartNotices(), 1, 'told once, not at every crash');
      assert.ok(api.activatedAt > 0);
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });
});
