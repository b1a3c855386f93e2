import { join } from 'node:path';
import type { CompiledDeck } from '../pipeline.js';
import type { PdfJob } from '../pdf/types.js';
import type { DevBuilder } from './dev-builder.js';

/**
 * `GET /<deck>.pdf`: exports the PDF of the current build when first asked
 * for, with the PDF engine (src/pdf, loaded only then), and keeps it until the
 * next build. Requests during an export share it.
 */
export class PdfOnDemand {
  private current?: { buildId: number; file: Promise<string> };
  /** Stops every export when the server closes. */
  private readonly stopped = new AbortController();

  constructor(private readonly builder: DevBuilder) {}

  /** The path of an up-to-date PDF; rejects with the engine's error (code, message, hint). */
  get(): Promise<string> {
    const { compiled, buildId } = this.builder;
    if (!compiled) return Promise.reject(Object.assign(new Error('The deck has not built yet: fix the errors shown in the page first.'), { status: 503 }));
    if (this.current?.buildId !== buildId) {
      const file = exportPdf(compiled, this.builder.output.root, this.stopped.signal);
      this.current = { buildId, file };
      // A failed export is tried again on the next request, not remembered.
      file.catch(() => {
        if (this.current?.file === file) this.current = undefined;
      });
    }
    return this.current.file;
  }

  /** Stops an export in progress and waits until its browser is closed. */
  async close(): Promise<void> {
    this.stopped.abort(new Error('the dev server is shutting down'));
    await this.current?.file.catch(() => undefined);
  }
}

async function exportPdf(compiled: CompiledDeck, outRoot: string, signal: AbortSignal): Promise<string> {
  const [{ exportPdfs }, { pdfJobs }, { VERSION }] = await Promise.all([
    import('../pdf/export-pdfs.js'),
    import('../pdf/pdf-jobs.js'),
    import('../load/package-version.js'),
  ]);
  const full = pdfJobs(compiled, join(outRoot, compiled.name), { version: VERSION })[0]!;
  // Beside the deck's output folder, which a full rewrite replaces whole.
  const job: PdfJob = { ...full, outPath: join(outRoot, `${compiled.name}.pdf`) };
  await exportPdfs([job], { signal });
  return job.outPath;
}
