/**
 * Architecture: only the CLI (src/cli/) decides how the program ends. Library
 * code never calls process.exit and never installs a signal handler — directly,
 * or through a variable that names the signal.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..', '..', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

/** `process.exit(` and `process.on|once|…(` whose event is a SIG… literal or not a literal at all. */
function endingsIn(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/process\s*\.\s*(exit|reallyExit|abort)\s*\(/g)) found.push(match[0]);
  const listen = /process\s*\.\s*(on|once|addListener|prependListener|prependOnceListener)\s*\(\s*([^,)]*)/g;
  for (const match of text.matchAll(listen)) {
    const event = match[2]!.trim();
    const literal = /^(['"`])(.*)\1$/.exec(event);
    if (!literal || literal[2]!.startsWith('SIG')) found.push(match[0]);
  }
  return found;
}

describe('program endings live in src/cli/ only', () => {
  it('finds no process.exit and no signal handler anywhere else in src/', () => {
    const offenders = sourceFiles(SRC)
      .filter((file) => relative(SRC, file).split(sep)[0] !== 'cli')
      .flatMap((file) => endingsIn(readFileSync(file, 'utf8')).map((call) => `${relative(SRC, file)}: ${call}`));
    expect(offenders).toEqual([]);
  });

  it('recognises the forms it forbids, and allows other process events', () => {
    expect(endingsIn("process.exit(130); process.once('SIGINT', f); process.on(\"SIGHUP\", g)")).toHaveLength(3);
    expect(endingsIn('for (const s of SIGNALS) process.once(s, onSignal);')).toEqual(['process.once(s']);
    expect(endingsIn("process.on('warning', w); process.stdout.on('error', e); process.exitCode = 1")).toEqual([]);
  });

  it('still sees the CLI’s own handlers (the scan reads real files)', () => {
    expect(endingsIn(readFileSync(join(SRC, 'cli', 'signals.ts'), 'utf8')).length).toBeGreaterThan(0);
  });
});
