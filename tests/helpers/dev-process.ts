/** `deckpress dev` as a child process, and the server-sent events it sends the open pages. */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { REPO_ROOT } from './repo-root.js';

export interface DevProcess {
  child: ChildProcessWithoutNullStreams;
  url: string;
  /** stdout and stderr so far. */
  output(): string;
  /** Resolves with the exit code, or stays pending while it runs. */
  exited: Promise<number | null>;
}

export interface DevProcessOptions {
  /** Added to the environment. */
  env?: NodeJS.ProcessEnv;
  /** The options after the deck folder (default `--port 0`: a free port). */
  args?: readonly string[];
}

/** Starts `deckpress dev <deckDir> <args>` in `cwd` and resolves once it serves. */
export function startDevProcess(deckDir: string, cwd: string, { env = {}, args = ['--port', '0'] }: DevProcessOptions = {}): Promise<DevProcess> {
  const child = spawn(process.execPath, [`${REPO_ROOT}/bin/deckpress.js`, 'dev', deckDir, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', ...env } });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no URL in 30 s:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /serving (http:\/\/\S+\/)/.exec(output)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve({ child, url, output: () => output, exited });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    void exited.then((code) => reject(new Error(`exited ${code} before serving:\n${output}`)));
  });
}

export interface DevEvent {
  event: string;
  data: unknown;
}

/** Listens to the dev server's event stream; `next(name)` resolves with the next event of that name. */
export async function devEvents(url: string): Promise<{ next(event: string, timeoutMs?: number): Promise<DevEvent>; close(): void }> {
  const controller = new AbortController();
  const response = await fetch(new URL('__deckpress/events', url), { signal: controller.signal });
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  const seen: DevEvent[] = [];
  let buffer = '';
  let wake: (() => void) | undefined;
  void (async () => {
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (done) return;
      buffer += value;
      for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
        const frame = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const event = /^event: (.*)$/m.exec(frame)?.[1];
        const data = /^data: (.*)$/m.exec(frame)?.[1];
        if (event && data) seen.push({ event, data: JSON.parse(data) });
      }
      wake?.();
    }
  })();
  return {
    async next(event, timeoutMs = 30_000) {
      const end = Date.now() + timeoutMs;
      for (;;) {
        const index = seen.findIndex((e) => e.event === event);
        if (index >= 0) return seen.splice(0, index + 1).at(-1)!;
        if (Date.now() > end) throw new Error(`no "${event}" event in ${timeoutMs} ms (saw ${seen.map((e) => e.event).join(', ') || 'none'})`);
        await new Promise<void>((resolve) => {
          wake = resolve;
          setTimeout(resolve, 100);
        });
      }
    },
    close: () => controller.abort(),
  };
}
