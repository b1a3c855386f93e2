/**
 * Progress of PDF exports for people: on a TTY one redrawn bar per deck
 * (loading, laying out, printing, finishing); otherwise (CI logs, pipes) one
 * line per deck when it is done, with its page count, size and time.
 */
import { relative } from 'node:path';
import { isInside } from '../load/is-inside.js';
import type { PdfPhase, PdfResult, ProgressReporter } from './types.js';

interface Stream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

const STEPS: Record<PdfPhase, number> = { loading: 0.1, 'laying out': 0.25, printing: 0.45, finishing: 0.9 };
const BAR = 24;

export function createProgressReporter(stream: Stream, cwd = process.cwd()): ProgressReporter {
  return stream.isTTY ? new BarReporter(stream, cwd) : new LineReporter(stream, cwd);
}

export function summaryLine(result: PdfResult, cwd: string): string {
  // Inside the project: a short relative path; elsewhere the absolute one reads better than ../../.
  const shown = isInside(result.outPath, cwd, { orSame: false }) ? relative(cwd, result.outPath) : result.outPath;
  return `${result.label}: ${result.pages} pages, ${formatBytes(result.bytes)}, ${formatSeconds(result.ms)} → ${shown}`;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function formatSeconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

class LineReporter implements ProgressReporter {
  constructor(
    private readonly stream: Stream,
    private readonly cwd: string,
  ) {}
  start(): void {}
  phase(): void {}
  done(_label: string, result: PdfResult): void {
    this.stream.write(`${summaryLine(result, this.cwd)}\n`);
  }
  failed(label: string, error: Error): void {
    const code = (error as { code?: unknown }).code;
    this.stream.write(`${label}: failed${typeof code === 'string' ? ` (${code})` : ''}\n`);
  }
}

interface Row {
  label: string;
  pages: number;
  started: number;
  text?: string;
  phase?: PdfPhase;
  /** Pages printed so far, for a deck printed in parts. */
  printed?: number;
}

class BarReporter implements ProgressReporter {
  private readonly rows: Row[] = [];
  private drawn = 0;
  private ticker: NodeJS.Timeout | undefined;

  constructor(
    private readonly stream: Stream,
    private readonly cwd: string,
  ) {}

  start(label: string, pageCount: number): void {
    this.rows.push({ label, pages: pageCount, started: Date.now() });
    // Redraw for the elapsed time; unref'd so it never keeps the process alive.
    this.ticker ??= setInterval(() => this.draw(), 500);
    this.ticker.unref();
    this.draw();
  }

  phase(label: string, phase: PdfPhase): void {
    const row = this.row(label);
    if (row) row.phase = phase;
    this.draw();
  }

  printed(label: string, pages: number): void {
    const row = this.row(label);
    if (row) row.printed = pages;
    this.draw();
  }

  done(label: string, result: PdfResult): void {
    const row = this.row(label);
    if (row) row.text = `✔ ${summaryLine(result, this.cwd)}`;
    this.draw();
  }

  failed(label: string, error: Error): void {
    const row = this.row(label);
    const code = (error as { code?: unknown }).code;
    if (row) row.text = `✖ ${label}: failed${typeof code === 'string' ? ` (${code})` : ''}`;
    this.draw();
  }

  private row(label: string): Row | undefined {
    return this.rows.find((r) => r.label === label && r.text === undefined) ?? this.rows.find((r) => r.label === label);
  }

  private draw(): void {
    const width = Math.max(40, (this.stream.columns ?? 80) - 1);
    // Finished rows at the top leave the redrawn region: printed once, in full (they may wrap).
    const settled: string[] = [];
    while (this.rows[0]?.text !== undefined) settled.push(this.rows.shift()!.text!);
    const live = this.rows.map((row) => (row.text ?? this.bar(row)).slice(0, width));
    const up = this.drawn ? `\x1b[${this.drawn}A` : '';
    this.stream.write(`${up}${[...settled, ...live].map((l) => `\r\x1b[2K${l}\n`).join('')}`);
    this.drawn = live.length;
    if (this.rows.length === 0 && this.ticker) {
      clearInterval(this.ticker);
      this.ticker = undefined;
    }
  }

  private bar(row: Row): string {
    // A deck printed in parts moves through printing part by part.
    const printing = row.phase === 'printing' && row.printed !== undefined;
    const step = printing ? STEPS.printing + ((STEPS.finishing - STEPS.printing) * row.printed!) / row.pages : row.phase ? STEPS[row.phase] : 0;
    const done = Math.round(BAR * step);
    const pages = printing ? `${row.printed}/${row.pages} pages` : `${row.pages} pages`;
    const seconds = formatSeconds(Date.now() - row.started);
    return `  ${row.label} [${'█'.repeat(done)}${'░'.repeat(BAR - done)}] ${row.phase ?? 'waiting'} · ${pages} · ${seconds}`;
  }
}
