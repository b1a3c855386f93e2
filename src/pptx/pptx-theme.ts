/**
 * Colours, fonts, type sizes and zones of the PowerPoint export. A theme folder may
 * carry pptx-theme.json (templates/themes/report/pptx-theme.json is the reference,
 * matching the report theme's CSS); its groups merge over these defaults. Sizes and
 * zones are CSS px of the 1280×720 slide, so the numbers read like the stylesheet.
 */
export interface PptxTheme {
  colors: Record<'accent' | 'accentDark' | 'ink' | 'text' | 'muted' | 'separator' | 'rule' | 'panel' | 'paper' | 'closing' | 'closingText', string>;
  /** `latin` for every deck; a language tag (zh-Hant, ja …) names the East Asian font of decks in that language. */
  fonts: { latin: string } & Record<string, string>;
  sizes: Record<
    | 'nav' | 'headline' | 'body' | 'small' | 'sources' | 'footer' | 'deckTitle' | 'subtitle' | 'sectionNumber' | 'sectionTitle'
    | 'statValue' | 'statValueSingle' | 'quote' | 'table' | 'references' | 'agenda' | 'agendaNumber',
    number
  >;
  zones: Record<'padX' | 'navY' | 'navH' | 'ruleY' | 'headlineY' | 'headlineW' | 'bodyBottom' | 'sourcesY' | 'sourcesH' | 'footerY' | 'footerH' | 'coverPadX', number>;
}

export const defaultPptxTheme: PptxTheme = {
  colors: {
    accent: '#d9480f',
    accentDark: '#a63a0c',
    ink: '#111418',
    text: '#2b3036',
    muted: '#6b7280',
    separator: '#b8bec6',
    rule: '#dfe3e8',
    panel: '#f4f6f8',
    paper: '#ffffff',
    closing: '#111418',
    closingText: '#e5e7eb',
  },
  fonts: { latin: 'Arial' },
  sizes: {
    nav: 17, headline: 36, body: 22, small: 19, sources: 14, footer: 15, deckTitle: 76, subtitle: 30, sectionNumber: 150,
    sectionTitle: 64, statValue: 84, statValueSingle: 132, quote: 40, table: 20, references: 16, agenda: 28, agendaNumber: 40,
  },
  zones: {
    padX: 48, navY: 18, navH: 30, ruleY: 58, headlineY: 88, headlineW: 1140, bodyBottom: 618, sourcesY: 622, sourcesH: 40,
    footerY: 668, footerH: 30, coverPadX: 96,
  },
};

/** The theme's pptx-theme.json over the defaults, group by group; values of the wrong type are ignored. */
export function pptxThemeFrom(json: Record<string, unknown>): PptxTheme {
  const merge = <T extends Record<string, unknown>>(fallback: T, value: unknown): T => {
    const out: Record<string, unknown> = { ...fallback };
    if (typeof value === 'object' && value !== null) {
      for (const [key, v] of Object.entries(value)) if (typeof v === (typeof fallback[key] === 'undefined' ? 'string' : typeof fallback[key])) out[key] = v;
    }
    return out as T;
  };
  return {
    colors: merge(defaultPptxTheme.colors, json.colors),
    fonts: merge(defaultPptxTheme.fonts, json.fonts),
    sizes: merge(defaultPptxTheme.sizes, json.sizes),
    zones: merge(defaultPptxTheme.zones, json.zones),
  };
}

/** pptxgenjs wants colours as six hex digits without `#`. */
export function hex(color: string): string {
  return color.replace(/^#/, '').toUpperCase();
}

/** CSS px of the 1280×720 slide in inches (PowerPoint's 16:9 slide is 13.333 in wide: 96 px to the inch). */
export function inches(px: number): number {
  return Math.round((px / 96) * 1e4) / 1e4;
}

/** CSS px in points, for type sizes. */
export function points(px: number): number {
  return Math.round(px * 0.75 * 10) / 10;
}
