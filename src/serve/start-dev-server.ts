import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { BUILTIN_TEMPLATES } from '../load/load-templates.js';
import { DevBuilder, type BuildReport } from './dev-builder.js';
import { asDevServerError } from './dev-server-error.js';
import { EventHub } from './event-hub.js';
import { createDevHandler } from './http-handler.js';
import { overlayPayload } from './overlay-payload.js';
import { PdfOnDemand } from './pdf-on-demand.js';
import { watchPaths, type PathWatcher } from './watch-paths.js';

export interface DevServerOptions {
  deckDir: string;
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  /** Told about every build, the first included (the CLI prints it). */
  onBuild?: (report: BuildReport) => void;
  /** Told about problems of the watcher itself. */
  onWarning?: (message: string) => void;
  /** Where the output goes (default: .deckpress-cache/dev/ in the project). */
  outRoot?: string;
}

export interface DevServer {
  url: string;
  builder: DevBuilder;
  /** Shows an error that escaped a rebuild (the CLI's last-resort handler) over the open pages; the next build replaces it. */
  reportError(error: Error): void;
  /** Stops the watcher, the event streams, the server and any PDF export; safe to call twice. */
  close(): Promise<void>;
}

const CLIENT_SCRIPT = join(BUILTIN_TEMPLATES, 'pages', 'dev-client.js');

/** `deckpress dev` as a library: build, serve, watch, rebuild and tell the open pages. */
export async function startDevServer(options: DevServerOptions): Promise<DevServer> {
  const host = options.host ?? '127.0.0.1';
  const builder = new DevBuilder(options.deckDir, options.outRoot);
  const hub = new EventHub();
  const pdf = new PdfOnDemand(builder);
  let last = await builder.rebuild();
  options.onBuild?.(last);
  const state = () => ({ buildId: builder.buildId, hasBuild: builder.compiled !== undefined, diagnostics: overlayPayload(last) });

  const server = createServer(createDevHandler({
    outDir: builder.output.dir,
    deckName: builder.name,
    host,
    hub,
    clientScript: CLIENT_SCRIPT,
    buildId: () => builder.buildId,
    hello: state,
    pdf: () => pdf.get(),
  }));
  try {
    await listen(server, options.port ?? 4321, host);
  } catch (error) {
    hub.close();
    throw error;
  }

  let watcher: PathWatcher | undefined;
  try {
    watcher = await watchPaths(builder.watchedPaths(), async (changed) => {
      last = await builder.rebuild(changed);
      options.onBuild?.(last);
      if (!last.ok) hub.send('diagnostics', overlayPayload(last));
      else if (last.changed) hub.send('reload', state());
      else hub.send('ok', state());
      // deck.yaml may name another data folder.
      watcher?.add(builder.watchedPaths());
    }, { onError: (error) => options.onWarning?.(`watcher: ${(error as Error).message ?? String(error)}`) });
  } catch (error) {
    await closeServer(server, hub);
    throw error;
  }

  const { port } = server.address() as AddressInfo;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${shownHost}:${port}/`,
    builder,
    reportError: (error) => {
      last = { ...last, ok: false, error };
      hub.send('diagnostics', overlayPayload(last));
    },
    close: () => (closing ??= (async () => {
      await watcher?.close();
      await closeServer(server, hub);
      await pdf.close();
    })()),
  };
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const fail = (error: NodeJS.ErrnoException) => reject(asDevServerError(error, port, host));
    server.once('error', fail);
    server.listen(port, host, () => {
      server.off('error', fail);
      resolve();
    });
  });
}

async function closeServer(server: Server, hub: EventHub): Promise<void> {
  hub.close();
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  // Keep-alive sockets of open pages would hold close() open.
  server.closeAllConnections();
  await closed;
}
