/**
 * The dev server could not listen: a CommandError (src/diagnostics/command-error.ts)
 * with a code of codes/dev-server.ts, exit status 1.
 */
import { commandError } from '../diagnostics/command-error.js';

/** The system errors of `listen()` a user can act on. */
const LISTEN_ERRORS = { EADDRINUSE: 'PortInUse', EACCES: 'PortNotAllowed', EADDRNOTAVAIL: 'HostNotAvailable' } as const;

/** A listen error as a user-facing CommandError; anything else is returned unchanged. */
export function asDevServerError(error: NodeJS.ErrnoException, port: number, host: string): unknown {
  const code = Object.hasOwn(LISTEN_ERRORS, error.code ?? '') ? LISTEN_ERRORS[error.code as keyof typeof LISTEN_ERRORS] : undefined;
  return code === undefined ? error : commandError(code, { port, host }, 1, error);
}
