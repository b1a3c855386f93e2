import Handlebars from 'handlebars';
import { diagnose, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { TemplateSources } from '../load/load-templates.js';

/**
 * A project template Handlebars cannot read is an error at its file, found before any
 * slide is rendered. Handlebars compiles a template on first use, so it used to surface
 * as an InternalError ("a bug in deckpress") at the first slide with that layout.
 */
export function templateSyntaxErrors(sources: TemplateSources): Diagnostic[] {
  const found: Diagnostic[] = [];
  const byKind: Record<string, Map<string, string>> = { layouts: sources.layouts, partials: sources.partials, pages: sources.pages };
  for (const [key, file] of sources.projectFiles) {
    const [kind, name] = key.split('/') as [string, string];
    try {
      Handlebars.parse(byKind[kind]?.get(name) ?? '');
    } catch (error) {
      found.push(diagnose('TemplateSyntax', { file, ...placeOf(error as Error & { lineNumber?: number; column?: number }) }, { detail: detailOf((error as Error).message) }));
    }
  }
  return found;
}

/** Handlebars' own errors carry a line and column; its parser's say "on line N" only. */
function placeOf(error: Error & { lineNumber?: number; column?: number }): { line: number; column: number } {
  if (typeof error.lineNumber === 'number') return { line: error.lineNumber, column: (error.column ?? 0) + 1 };
  return { line: Number(/on line (\d+)/.exec(error.message)?.[1] ?? 1), column: 1 };
}

/** The parser's message without its excerpt of the source (the code frame shows the line). */
function detailOf(message: string): string {
  const lines = message.split('\n');
  return lines.length > 1 ? lines[lines.length - 1]! : message.replace(/ - \d+:\d+$/, '');
}
