/**
 * A slide's chart as the pptx export places it: a native chart with its data, or
 * (Vega-Lite, or an option PowerPoint cannot draw the same way) the SVG the HTML
 * shows, as a picture with its accessible name and description as alt text.
 */
import { extractChartData } from '../charts/chart-data.js';
import { isVegaLiteChart } from '../charts/chart-spec.js';
import { describeChart } from '../charts/describe-chart.js';
import { maxAbs } from '../charts/plot-input.js';
import { validateChartSpec } from '../charts/validate-chart-spec.js';
import { valueFormatter } from '../charts/value-format.js';
import { findTable } from '../data/find-table.js';
import type { SourcePosition } from '../diagnostics/diagnostic.js';
import type { DeckData } from '../render/deck-data.js';
import type { ValidSlide } from '../validate/validate-deck.js';
import { nativeChartGap, type NativeChart } from './native-chart.js';
import { svgAltText } from './svg-for-office.js';

export type SlideChart =
  | { kind: 'native'; chart: NativeChart }
  | { kind: 'image'; svg: string; alt: string; at: SourcePosition; reason: string };

/** The compile stage already reported every problem of the chart: here they are only a reason to draw nothing. */
export function slideChart(slide: ValidSlide, id: string, data: DeckData, lang: string): SlideChart | undefined {
  const validated = validateChartSpec(slide.fm.chart, slide.locate);
  const svg = data.chart(slide, id).value;
  if (!validated.spec || !svg) return undefined;
  const asImage = (reason: string): SlideChart => ({ kind: 'image', svg, alt: svgAltText(svg), at: slide.locate(['chart']), reason });
  if (isVegaLiteChart(validated.spec)) return asImage('a Vega-Lite chart');
  const text = (value: string | undefined, key: string) => (value === undefined ? undefined : data.text(value, slide.locate(['chart', key])).value);
  const title = text(validated.spec.title, 'title');
  const caption = text(validated.spec.caption, 'caption');
  const spec = { ...validated.spec, ...(title !== undefined ? { title } : {}), ...(caption !== undefined ? { caption } : {}) };
  const table = findTable(spec.data, data.tables, slide.locate(['chart', 'data'])).table;
  const extracted = table ? extractChartData(spec, table, slide.locate, lang).data : undefined;
  if (!extracted) return undefined;
  const gap = nativeChartGap(spec, extracted);
  if (gap) return asImage(gap);
  const altText = describeChart(spec, extracted, valueFormatter(spec.format, lang, maxAbs(extracted)));
  return { kind: 'native', chart: { spec, data: extracted, altText } };
}
