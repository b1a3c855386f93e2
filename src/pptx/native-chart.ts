/**
 * A deck chart as PowerPoint's own chart, carrying its data (pptxgenjs embeds the
 * workbook "Edit Data" opens): the same series, categories, number format, colours,
 * highlight and title as the SVG. What PowerPoint cannot draw the same way is named
 * by `nativeChartGap`, and the caller places the SVG instead.
 */
import type { ChartOptions, PositionProps, Presentation, Slide } from './pptxgen.js';
import type { ChartData } from '../charts/chart-data.js';
import type { ChartSpec } from '../charts/chart-spec.js';
import type { ChartTheme } from '../charts/chart-theme.js';
import { markColor, maxAbs, seriesColor } from '../charts/plot-input.js';
import { sliceColors } from '../charts/render-donut.js';
import type { FontStyle } from './deck-font.js';
import { excelNumberFormat } from './excel-number-format.js';
import { hex, points } from './pptx-theme.js';

export interface NativeChart {
  spec: ChartSpec;
  data: ChartData;
  /** What a screen reader says: the SVG's description. */
  altText: string;
}

/** Why this chart cannot be a native chart that looks like the SVG, or undefined when it can. */
export function nativeChartGap(spec: ChartSpec, data: ChartData): string | undefined {
  if (!data.hasHighlight) return undefined;
  if (data.series.length > 1) return 'a highlight on a chart with several series (PowerPoint cannot dim the other series per category)';
  if (spec.type === 'line' || spec.type === 'area' || spec.type === 'scatter') return `a highlighted point on a ${spec.type} chart`;
  return undefined;
}

/** pptxgenjs chart options that do not depend on the type: fonts, colours, axes and grid of the chart theme. */
function baseOptions(chart: NativeChart, theme: ChartTheme, font: FontStyle, box: PositionProps): ChartOptions {
  const { spec, data } = chart;
  const code = excelNumberFormat(spec.format, maxAbs(data));
  const label = points(theme.fontSize);
  const many = data.series.length > 1;
  return {
    ...box,
    altText: chart.altText,
    lang: font.lang,
    chartColors: data.series.map((_, i) => hex(seriesColor(theme, i))),
    ...(spec.title ? { showTitle: true, title: spec.title, titleFontFace: font.fontFace, titleFontSize: points(theme.titleFontSize), titleColor: hex(theme.text) } : {}),
    showLegend: many || spec.type === 'donut',
    legendPos: spec.type === 'donut' ? 'r' : 't',
    legendFontFace: font.fontFace,
    legendFontSize: label,
    legendColor: hex(theme.text),
    catAxisLabelFontFace: font.fontFace,
    catAxisLabelFontSize: label,
    catAxisLabelColor: hex(theme.muted),
    catAxisLineShow: true,
    catAxisLineColor: hex(theme.axis),
    valAxisLabelFontFace: font.fontFace,
    valAxisLabelFontSize: label,
    valAxisLabelColor: hex(theme.muted),
    valAxisLabelFormatCode: code,
    valAxisLineShow: false,
    valGridLine: { color: hex(theme.grid), size: 0.75 },
    catGridLine: { style: 'none' },
    dataLabelFormatCode: code,
    dataLabelFontFace: font.fontFace,
    dataLabelFontSize: points(theme.valueFontSize),
    dataLabelColor: hex(theme.text),
    ...(spec['x-title'] ? { showCatAxisTitle: true, catAxisTitle: spec['x-title'], catAxisTitleFontSize: label, catAxisTitleColor: hex(theme.muted) } : {}),
    ...(spec['y-title'] ? { showValAxisTitle: true, valAxisTitle: spec['y-title'], valAxisTitleFontSize: label, valAxisTitleColor: hex(theme.muted) } : {}),
  };
}

/** Adds the chart to the slide inside `box` (inches). */
export function addNativeChart(pptx: Presentation, slide: Slide, chart: NativeChart, theme: ChartTheme, font: FontStyle, box: PositionProps): void {
  const { spec, data } = chart;
  const options = baseOptions(chart, theme, font, box);
  const labels = data.categories.map((c) => c.label);
  // The legend's names: the SVG's (labels.yaml, else the column as words, or the value as written).
  const series = data.series.map((s) => ({ name: s.label, labels, values: s.values as number[] }));
  const types = pptx.ChartType;
  switch (spec.type) {
    case 'column':
    case 'bar':
    case 'stacked-column': {
      const single = data.series.length === 1;
      // One series: a colour per bar, so the highlighted categories stand out as in the SVG.
      const perBar = single && data.hasHighlight ? data.categories.map((c) => hex(markColor({ data, theme }, 0, c.highlight))) : undefined;
      slide.addChart(types.bar, series, {
        ...options,
        barDir: spec.type === 'bar' ? 'bar' : 'col',
        barGrouping: spec.type === 'stacked-column' ? 'stacked' : 'clustered',
        ...(spec.type === 'stacked-column' ? { barOverlapPct: 100 } : {}),
        barGapWidthPct: 60,
        // Bars start at zero, as in the SVG (PowerPoint's automatic axis may not).
        ...(minValue(data) >= 0 ? { valAxisMinVal: 0 } : {}),
        // Bars read top to bottom in file order, like the SVG.
        // (pptxgenjs writes 'maxMin' as given; its types only list 'minMax'.)
        ...(spec.type === 'bar' ? { catAxisOrientation: 'maxMin' as 'minMax', valAxisHidden: single } : {}),
        ...(perBar ? { chartColors: perBar } : {}),
        showValue: single,
        dataLabelPosition: spec.type === 'stacked-column' ? 'ctr' : 'outEnd',
      });
      return;
    }
    case 'line':
    case 'area':
      slide.addChart(spec.type === 'line' ? types.line : types.area, series, { ...options, lineSize: 2.25, lineDataSymbol: spec.type === 'line' ? 'circle' : 'none', lineDataSymbolSize: 6 });
      return;
    case 'donut':
      slide.addChart(types.doughnut, series.slice(0, 1), {
        ...options,
        chartColors: sliceColors({ data, theme }).map(hex),
        holeSize: 60,
        firstSliceAng: 0,
        showValue: false,
        showPercent: true,
        dataLabelColor: hex(theme.background === 'none' ? '#ffffff' : theme.background),
        dataBorder: { pt: 1, color: 'FFFFFF' },
      });
      return;
    case 'scatter': {
      // pptxgenjs reads a scatter chart as the x values first, then one entry per series.
      const xs = data.categories.map((c) => (typeof c.value === 'number' ? c.value : Number(c.value)));
      slide.addChart(types.scatter, [{ name: data.xLabel, values: xs }, ...series.map((s) => ({ name: s.name, values: s.values }))], {
        ...options,
        lineSize: 0,
        lineDataSymbol: 'circle',
        lineDataSymbolSize: 9,
        catLabelFormatCode: 'General',
        valGridLine: { color: hex(theme.grid), size: 0.75 },
      });
      return;
    }
  }
}

function minValue(data: ChartData): number {
  let min = 0;
  for (const s of data.series) for (const v of s.values) if (v !== null) min = Math.min(min, v);
  return min;
}
