import { stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { watch } from 'chokidar';

export interface PathWatcher {
  /** Watches more folders (a data folder deck.yaml now names). */
  add(paths: readonly string[]): void;
  /** Stops watching and waits for a batch being handled. */
  close(): Promise<void>;
}

export interface WatchOptions {
  /** Quiet time after the last event before a batch is handled: an editor's save is often several events. */
  debounceMs?: number;
  onError?: (error: unknown) => void;
}

/** chokidar drops a second `change` of a path within 50 ms of the first; a look after this long catches it. */
const LATE_LOOK_MS = 80;
/** How often a deleted watched folder is looked for (chokidar stops watching a root that goes away). */
const RETURN_LOOK_MS = 250;

/**
 * Watches folders and hands over changed paths (absolute) in batches, one batch
 * at a time: a batch that arrives while the previous one is handled waits for
 * it. Hidden files and folders (.git, .deckpress-cache, editors' swap files) and
 * node_modules are not watched. Resolves once the initial scan is done.
 */
export async function watchPaths(paths: readonly string[], onBatch: (changed: string[]) => Promise<void>, options: WatchOptions = {}): Promise<PathWatcher> {
  const { debounceMs = 20, onError } = options;
  const watching = new Set(paths.map((p) => resolve(p)));
  // A path that does not exist yet (a project without templates/) makes chokidar
  // report ready before the others are watched, and an edit made right after is
  // missed: such paths are added once the rest is ready.
  const exists = await Promise.all([...watching].map((p) => stat(p).then(() => true, () => false)));
  const missing = [...watching].filter((_, i) => !exists[i]);
  const watcher = watch([...watching].filter((_, i) => exists[i]), {
    ignoreInitial: true,
    ignored: (path) => {
      const name = basename(path);
      return (name.startsWith('.') && !watching.has(resolve(path))) || name === 'node_modules';
    },
  });
  let pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let closed = false;
  /** What each path looked like just before the batch holding it was handled. */
  const seen = new Map<string, string>();
  const lateLooks = new Map<string, NodeJS.Timeout>();
  /** Watched folders that were deleted, looked for until they come back (a deck folder restored from a backup or a git checkout). */
  const returnLooks = new Map<string, NodeJS.Timeout>();
  const awaitReturn = (root: string) => {
    if (returnLooks.has(root)) return;
    returnLooks.set(root, setInterval(async () => {
      if (closed || !(await stat(root).then((s) => s.isDirectory(), () => false)) || !returnLooks.has(root)) return;
      clearInterval(returnLooks.get(root));
      returnLooks.delete(root);
      watcher.unwatch(root);
      watcher.add(root);
      changed(root);
    }, RETURN_LOOK_MS));
  };

  const changed = (path: string) => {
    pending.add(path);
    clearTimeout(timer);
    timer = setTimeout(flush, debounceMs);
  };
  const flush = () => {
    timer = undefined;
    const batch = [...pending];
    pending = new Set();
    running = running
      .then(async () => {
        if (closed) return;
        await Promise.all(batch.map(async (path) => seen.set(path, await fingerprint(path))));
        await onBatch(batch);
      })
      .catch((error: unknown) => onError?.(error));
  };
  // A write that changed the path after its batch was read (and whose event chokidar dropped) makes another batch.
  const lateLook = (path: string) => {
    clearTimeout(lateLooks.get(path));
    lateLooks.set(path, setTimeout(async () => {
      lateLooks.delete(path);
      const before = seen.get(path);
      if (closed || before === undefined || pending.has(path)) return;
      if ((await fingerprint(path)) !== before && !closed) changed(path);
    }, LATE_LOOK_MS));
  };

  watcher.on('all', (event, path) => {
    const absolute = resolve(path);
    changed(absolute);
    lateLook(absolute);
    if (event === 'unlinkDir' && watching.has(absolute)) awaitReturn(absolute);
  });
  watcher.on('error', (error) => onError?.(error));
  await new Promise<void>((done) => watcher.once('ready', done));
  if (missing.length > 0) watcher.add(missing);
  return {
    add(more) {
      const fresh = more.map((p) => resolve(p)).filter((p) => !watching.has(p));
      for (const p of fresh) watching.add(p);
      if (fresh.length > 0) watcher.add(fresh);
    },
    async close() {
      closed = true;
      clearTimeout(timer);
      for (const late of lateLooks.values()) clearTimeout(late);
      for (const look of returnLooks.values()) clearInterval(look);
      await watcher.close();
      // A batch being handled is not waited for: a rebuild (a Vega-Lite chart drawn up to its
      // budget, a slow disk under load) outlasted the grace a supervisor gives after SIGTERM,
      // so dev looked deaf to it. `closed` keeps any later batch from being handed over.
    },
  };
}

async function fingerprint(path: string): Promise<string> {
  return stat(path).then((s) => `${s.ino}:${s.size}:${s.mtimeMs}:${s.ctimeMs}`, () => 'missing');
}
