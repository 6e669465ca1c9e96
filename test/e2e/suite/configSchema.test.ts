import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import { waitFor, workspaceFile } from './helpers';

/** kamervragen.json is validated by VS Code's JSON language service with the extension's schema (contributes.jsonValidation). */
describe('kamervragen.json in VS Code', () => {
  const folder = () => workspaceFile('instellingen-e2e');
  const file = () => vscode.Uri.joinPath(folder(), 'kamervragen.json');

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await vscode.workspace.fs.delete(folder(), { recursive: true });
  });

  it('marks a misspelt value, and accepts the comments the CLI allows', async () => {
    await vscode.workspace.fs.writeFile(file(), Buffer.from('// de instellingen van het team\n{\n  "run": "onPuase",\n  "severity": { "deadline": "off" },\n}\n'));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(file()));
    // The JSON language service may check the file once before the extension's schema is associated
    // (on a busy machine it does): that first round reports the comments. Wait for the schema's round.
    const problems = await waitFor('the JSON language service to check the file with the schema', () => {
      const found = vscode.languages.getDiagnostics(file());
      return found.some((d) => /onPause/.test(d.message)) && found;
    });
    assert.deepEqual(
      problems.map((d) => d.range.start.line),
      [2],
      JSON.stringify(problems.map((d) => d.message)),
    );
    assert.match(problems[0].message, /onPause/);
  });
});
