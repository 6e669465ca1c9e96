/**
 * The arguments of `kamervragen new` and `export`: one file, `-o <target>`, `--force`, and the
 * command's own valued options (`--template <file>`). Problems come back as the message to print.
 */
export type FileCommand =
  | { kind: 'help' }
  | { kind: 'error'; message: string }
  | { kind: 'run'; source: string; target?: string; force: boolean; values: Record<string, string> };

export function parseFileCommand(args: string[], what: { file: string; valued?: string[] }): FileCommand {
  let source: string | undefined;
  let target: string | undefined;
  let force = false;
  const values: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--help' || arg === '-h') return { kind: 'help' };
    if (arg === '-o' || arg === '--output') target = args[++i] ?? '';
    else if (arg === '--force') force = true;
    else if (what.valued?.includes(arg)) values[arg] = args[++i] ?? '';
    else if (arg.startsWith('-') && arg !== '-') return { kind: 'error', message: `onbekende optie '${arg}'` };
    else if (source === undefined) source = arg;
    else return { kind: 'error', message: `één ${what.file} tegelijk` };
  }
  if (!source) return { kind: 'error', message: `geen ${what.file} gegeven` };
  if (target === '') return { kind: 'error', message: 'geen bestand na -o' };
  const empty = Object.entries(values).find(([, value]) => value === '');
  if (empty) return { kind: 'error', message: `geen bestand na ${empty[0]}` };
  return { kind: 'run', source, target, force, values };
}

/**
 * A command's arguments, or its exit code when it is not to run: `--help` prints the usage
 * (0), wrong use prints the problem and the usage (2). Every command answers these alike.
 */
export function fileCommandOrExit(args: string[], what: { file: string; valued?: string[] }, usage: string, out: (text: string) => void, err: (text: string) => void): Extract<FileCommand, { kind: 'run' }> | number {
  const command = parseFileCommand(args, what);
  if (command.kind === 'help') {
    out(usage);
    return 0;
  }
  if (command.kind === 'error') {
    err(`kamervragen: ${command.message}\n\n${usage}`);
    return 2;
  }
  return command;
}
