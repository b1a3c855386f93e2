/** The dev server could not listen: the CLI prints code, message and hint and exits 1. */
export class DevServerError extends Error {
  readonly exitCode = 1;
  readonly code: string;
  readonly hint: string;

  constructor(reason: string, port: number, host: string) {
    const [code, message, hint] =
      reason === 'EADDRINUSE'
        ? ['PortInUse', `Port ${port} on ${host} is already in use.`, `Stop the other server, or pick another port: --port ${port + 1} (0 picks a free one).`]
        : reason === 'EACCES'
          ? ['PortNotAllowed', `Not allowed to listen on port ${port}.`, 'Ports below 1024 need special rights; use --port 4321.']
          : ['HostNotAvailable', `Cannot listen on ${host}: no such address on this machine.`, 'Use --host 127.0.0.1 (this machine only) or an address of this machine.'];
    super(message);
    this.name = 'DevServerError';
    this.code = code;
    this.hint = hint;
  }
}
