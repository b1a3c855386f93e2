/**
 * Colours, fonts and sizes of native charts. A theme folder may carry chart-theme.json
 * with any of these keys (templates/themes/report/chart-theme.json is the reference);
 * `chartThemeFrom` merges it over the default. Sizes are SVG user units, which equal
 * CSS px when a chart fills the ~600×400 figure box of a 1280×720 slide.
 */
export interface ChartTheme {
  /** Series colours, in order. The first is the colour of single-series charts. */
  palette: string[];
  /** The one emphasis colour: highlighted categories, points and slices. */
  accent: string;
  /** Non-highlighted marks when a chart has a highlight. */
  subdued: string;
  text: string;
  muted: string;
  grid: string;
  axis: string;
  background: string;
  fontFamily: string;
  /** Tick, category and legend labels. */
  fontSize: number;
  /** Value labels on marks. */
  valueFontSize: number;
  titleFontSize: number;
  captionFontSize: number;
  width: number;
  height: number;
  /** The `chart` layout's figure: the slide's full width, so a chart there is drawn wide instead of scaled into half of it. */
  wideWidth: number;
  wideHeight: number;
}

export const defaultChartTheme: ChartTheme = {
  // Eight series colours told apart with the common colour-vision deficiencies (after Okabe–Ito,
  // without its orange and vermilion: those read as the accent, which stays for emphasis).
  palette: ['#1b2a41', '#0072b2', '#56b4e9', '#009e73', '#cc79a7', '#e6ab02', '#6b4c9a', '#8d9aab'],
  accent: '#d9480f',
  subdued: '#8d9aab',
  text: '#2b3036',
  muted: '#6b7280',
  grid: '#e2e6ea',
  axis: '#9aa4b1',
  background: 'none',
  fontFamily: "Inter, system-ui, -apple-system, 'Segoe UI', 'Noto Sans CJK TC', 'Noto Sans TC', sans-serif",
  fontSize: 16,
  valueFontSize: 16,
  titleFontSize: 19,
  captionFontSize: 14,
  width: 600,
  height: 400,
  wideWidth: 1184,
  wideHeight: 440,
};

/** A theme from a parsed chart-theme.json: known keys of the right type override the default. */
export function chartThemeFrom(json: unknown): ChartTheme {
  if (typeof json !== 'object' || json === null) return defaultChartTheme;
  const theme: Record<string, unknown> = { ...defaultChartTheme };
  for (const [key, fallback] of Object.entries(defaultChartTheme)) {
    const value = (json as Record<string, unknown>)[key];
    if (Array.isArray(fallback)) {
      if (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string')) theme[key] = value;
    } else if (typeof value === typeof fallback) {
      theme[key] = value;
    }
  }
  return theme as unknown as ChartTheme;
}
