/**
 * `deckpress build --watch`: the dev server's incremental builder and watcher,
 * writing to the output folder instead of serving. Each deck is built, then
 * rebuilt after every edit of what it reads; a build with errors leaves the last
 * good output. Runs until Ctrl-C (SIGINT) or SIGTERM, then returns 0.
 */
import type { CompileOptions } from '../pipeline.js';
import type { BuildReport, DevBuilder } from '../serve/dev-builder.js';
import type { PathWatcher } from '../serve/watch-paths.js';
import { printDiagnostics } from './print-diagnostics.js';
import { displayPath } from '../load/display-path.js';
import { nextStopSignal } from './signals.js';

export async function watchBuild(deckDirs: readonly string[], options: CompileOptions & { outDir: string }): Promise<number> {
  const [{ DevBuilder }, { watchPaths }] = await Promise.all([import('../serve/dev-builder.js'), import('../serve/watch-paths.js')]);
  const watchers: PathWatcher[] = [];
  for (const dir of deckDirs) {
    const builder: DevBuilder = new DevBuilder(dir, options.outDir, options);
    print(builder, await builder.rebuild());
    const watcher: PathWatcher = await watchPaths(builder.watchedPaths(), async (changed) => {
      print(builder, await builder.rebuild(changed));
      // deck.yaml may name another data folder.
      watcher.add(builder.watchedPaths());
    }, { onError: (error) => process.stderr.write(`warning  watcher: ${(error as Error).message ?? String(error)}\n`) });
    watchers.push(watcher);
  }
  process.stdout.write('watching for changes; Ctrl-C to stop\n');
  await nextStopSignal();
  await Promise.all(watchers.map((w) => w.close()));
  return 0;
}

function print(builder: DevBuilder, report: BuildReport): void {
  printDiagnostics(report.diagnostics);
  if (report.error) process.stderr.write(`error  InternalError  ${report.error.message}\n`);
  const where = `${displayPath(builder.output.dir)}/index.html`;
  if (!report.ok) process.stdout.write(`build failed in ${Math.round(report.ms)} ms: ${where} keeps the last good deck\n`);
  else process.stdout.write(`${report.changed ? 'built' : 'unchanged'} ${where} in ${Math.round(report.ms)} ms\n`);
}
