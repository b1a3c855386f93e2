/**
 * A slide's chart as the pptx export places it: a native chart with its data, or
 * (Vega-Lite, or an option PowerPoint cannot draw the same way) the SVG the HTML
 * shows, as a picture with its accessible name and description as alt text.
 */
import { describeChart } from '../charts/describe-chart.js';
import { maxAbs } from '../charts/plot-input.js';
import { valueFormatter } from '../charts/value-format.js';
import type { SourcePosition } from '../diagnostics/diagnostic.js';
import type { DeckData } from '../render/deck-data.js';
import type { ValidSlide } from '../validate/validate-deck.js';
import { nativeChartGap, type NativeChart } from './native-chart.js';
import { svgAltText } from './svg-for-office.js';

export type SlideChart =
  | { kind: 'native'; chart: NativeChart }
  | { kind: 'image'; svg: string; alt: string; at: SourcePosition; reason: string };

/**
 * The chart the compile drew, from the same spec and data (labels applied, titles
 * resolved); the compile already reported every problem, so a broken chart is undefined.
 */
export function slideChart(slide: ValidSlide, id: string, data: DeckData, lang: string): SlideChart | undefined {
  const source = data.chartSource(id);
  const svg = data.chart(slide, id).value;
  if (!source || !svg) return undefined;
  const asImage = (reason: string): SlideChart => ({ kind: 'image', svg, alt: svgAltText(svg), at: slide.locate(['chart']), reason });
  if (source.kind === 'vega-lite') return asImage('a Vega-Lite chart');
  // The compile read the table as categories and series already: the same data the SVG shows.
  const { spec, data: extracted } = source;
  if (!extracted) return undefined;
  const gap = nativeChartGap(spec, extracted);
  if (gap) return asImage(gap);
  const altText = describeChart(spec, extracted, valueFormatter(spec.format, lang, maxAbs(extracted)));
  return { kind: 'native', chart: { spec, data: extracted, altText } };
}
