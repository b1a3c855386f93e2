/** Bad command-line usage: printed with the command's help, exit code 2. */
export class UsageError extends Error {
  readonly exitCode = 2;
  /** The command's help, printed after the message (else a pointer to it). */
  readonly help: string | undefined;
  constructor(message: string, help?: string) {
    super(message);
    this.name = 'UsageError';
    this.help = help;
  }
}
