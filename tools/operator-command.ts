/** An operator command: its arguments and environment in, lines out, an exit code back. */
export type OperatorCommand = (argv: string[], env: NodeJS.ProcessEnv, print: (line: string) => void) => Promise<number>;

/** Runs a command as a CLI: prints to stdout, exits with its code, or 1 naming the error. */
export function runAsCli(name: string, command: OperatorCommand): void {
  command(process.argv.slice(2), process.env, (line) => process.stdout.write(`${line}\n`)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`${name}: ${String(error)}\n`);
      process.exit(1);
    },
  );
}
