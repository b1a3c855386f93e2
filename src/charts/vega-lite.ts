import { diagnose, type Diagnostic, type SourcePosition } from '../diagnostics/diagnostic.js';
import { dataName, findTable } from '../data/find-table.js';
import type { DataTable } from '../data/table.js';
import type { ChartTheme } from './chart-theme.js';
import { escapeXml } from './svg.js';
import { linkScheme } from '../validate/link-schemes.js';
import { drawVegaWithinBudget } from './vega-budget.js';
import { vegaThemeConfig } from './vega-theme.js';

export interface VegaLiteOptions {
  theme: ChartTheme;
  lang: string;
  id: string;
  locate: (path: (string | number)[]) => SourcePosition;
  /** The deck's data tables; a spec reads one with "data": { "name": "openai-revenue" }. */
  tables?: ReadonlyMap<string, DataTable>;
  title?: string;
}

/**
 * Renders a Vega-Lite spec to an SVG string with vega's headless SVG renderer. vega
 * and vega-lite are imported here, on first use only: they are large, and most decks
 * never need them. Data comes from the deck's tables only; no file or URL is loaded.
 * `uses` names the tables read, for rebuilds.
 */
export async function renderVegaLite(spec: object, opts: VegaLiteOptions): Promise<{ svg: string; diagnostics: Diagnostic[]; uses: string[] }> {
  const at = opts.locate(['chart', 'vega-lite']);
  const diagnostics: Diagnostic[] = [];
  const uses: string[] = [];
  const inlined = inlineData(structuredClone(spec) as Record<string, unknown>, opts, at, diagnostics, uses);
  if (diagnostics.length > 0) return { svg: '', diagnostics, uses };
  try {
    const vegaLite = await import('vega-lite');
    const sized = { width: opts.theme.width - 80, height: opts.theme.height - 80, ...inlined };
    const compiled = vegaLite.compile(sized as Parameters<typeof vegaLite.compile>[0], { config: vegaThemeConfig(opts.theme) as never });
    const drawn = await drawVegaWithinBudget(compiled.spec);
    if ('error' in drawn) {
      diagnostics.push(diagnose(drawn.overBudget ? 'ChartOverBudget' : 'VegaLiteError', at, { detail: drawn.error }));
      return { svg: '', diagnostics, uses };
    }
    for (const url of new Set(drawn.refused)) diagnostics.push(diagnose('UnsafeLinkScheme', at, { url, scheme: linkScheme(url) ?? '', what: 'Vega-Lite href' }));
    return { svg: frameVegaSvg(drawn.svg, spec, inlined, opts), diagnostics, uses };
  } catch (error) {
    diagnostics.push(diagnose('VegaLiteError', at, { detail: (error as Error).message }));
    return { svg: '', diagnostics, uses };
  }
}

/** Replaces every `data: { name }` (or a `url` naming a data file) with the table's rows. */
function inlineData(node: Record<string, unknown>, opts: VegaLiteOptions, at: SourcePosition, diagnostics: Diagnostic[], uses: string[]): Record<string, unknown> {
  for (const [key, value] of Object.entries(node)) {
    if (typeof value !== 'object' || value === null) continue;
    if (key === 'data' && !Array.isArray(value)) {
      const data = value as Record<string, unknown>;
      const ref = typeof data.name === 'string' ? data.name : typeof data.url === 'string' ? data.url : undefined;
      if (ref !== undefined && data.values === undefined) {
        uses.push(dataName(ref.replace(/^.*\//, '')));
        const found = findTable(ref.replace(/^.*\//, ''), opts.tables ?? new Map(), at);
        diagnostics.push(...found.diagnostics);
        if (found.table) node[key] = { values: found.table.rows.map((r) => r.values) };
        continue;
      }
    }
    if (Array.isArray(value)) value.forEach((item) => typeof item === 'object' && item !== null && inlineData(item as Record<string, unknown>, opts, at, diagnostics, uses));
    else inlineData(value as Record<string, unknown>, opts, at, diagnostics, uses);
  }
  return node;
}

/**
 * vega's SVG, made to behave like a native chart: width 100% with its viewBox,
 * role="img" named by <title>/<desc>, and element ids renumbered under the chart id
 * (vega numbers clip paths per process, which would break determinism and clash).
 */
function frameVegaSvg(svg: string, spec: object, inlined: Record<string, unknown>, opts: VegaLiteOptions): string {
  const safe = opts.id.replace(/[^A-Za-z0-9_-]/g, '-');
  const ids = new Map<string, string>();
  let body = svg.replace(/^<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '');
  body = body.replace(/\bid="([^"]+)"/g, (_, id: string) => {
    if (!ids.has(id)) ids.set(id, `${safe}-v${ids.size + 1}`);
    return `id="${ids.get(id)}"`;
  });
  body = body.replace(/url\(#([^)]+)\)/g, (whole, id: string) => (ids.has(id) ? `url(#${ids.get(id)})` : whole));
  const viewBox = /viewBox="([^"]+)"/.exec(svg)?.[1] ?? `0 0 ${opts.theme.width} ${opts.theme.height}`;
  const meta = spec as { title?: unknown; description?: unknown };
  const title = opts.title ?? (typeof meta.title === 'string' ? meta.title : 'Chart');
  const desc = `${typeof meta.description === 'string' ? `${meta.description} ` : ''}${describeValues(inlined)}`.trim();
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox}" width="100%" role="img" aria-labelledby="${safe}-title ${safe}-desc" class="chart chart-vega-lite">` +
    `<title id="${safe}-title">${escapeXml(title)}</title><desc id="${safe}-desc">${escapeXml(desc)}</desc>${body}</svg>`
  );
}

/** The data, row by row, so a screen reader hears the numbers (first 40 rows). */
function describeValues(spec: Record<string, unknown>): string {
  const data = spec.data as { values?: unknown } | undefined;
  if (!Array.isArray(data?.values)) return '';
  const rows = data.values.slice(0, 40).map((row) =>
    typeof row === 'object' && row !== null ? Object.entries(row).map(([k, v]) => `${k}: ${String(v)}`).join(', ') : String(row),
  );
  return `Data: ${rows.join('; ')}${data.values.length > 40 ? '; …' : ''}.`;
}
