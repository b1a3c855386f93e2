import { defineCodes } from './define.js';

/**
 * `deckpress dev` (owned by src/serve): the port or address it cannot listen on.
 * Not tied to a file position: see src/serve/dev-server-error.ts, exit code 1.
 */
export const devServerCodes = defineCodes({
  PortInUse: {
    severity: 'error',
    message: (p: { port: number; host: string }) => `Port ${p.port} on ${p.host} is already in use.`,
    hint: (p: { port: number }) => `Stop the other server, or pick another port: --port ${p.port + 1} (0 picks a free one).`,
  },
  PortNotAllowed: {
    severity: 'error',
    message: (p: { port: number }) => `Not allowed to listen on port ${p.port}.`,
    hint: () => 'Ports below 1024 need special rights; use --port 4321.',
  },
  HostNotAvailable: {
    severity: 'error',
    message: (p: { host: string }) => `Cannot listen on ${p.host}: no such address on this machine.`,
    hint: () => 'Use --host 127.0.0.1 (this machine only) or an address of this machine.',
  },
});
