/** Runs a script's command with the process arguments and exits with its code; a thrown error exits `crashCode`. */
export function runCommand(command: (argv: readonly string[]) => Promise<number>, crashCode: number): void {
  command(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(crashCode);
    },
  );
}
