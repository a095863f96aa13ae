/** `--name value` and `--flag` options after a command: the CLI's few needs, no dependency. */
export function parseArgs(argv: string[]): { command: string[]; options: Record<string, string | true> } {
  const command: string[] = [];
  const options: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
      const next = argv[i + 1];
      if (inline !== undefined) options[name] = inline;
      else if (next !== undefined && !next.startsWith('--')) {
        options[name] = next;
        i++;
      } else options[name] = true;
    } else command.push(arg);
  }
  return { command, options };
}
