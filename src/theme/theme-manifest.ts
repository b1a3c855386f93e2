/**
 * The theme manifest: the facts about slides and the built-in report theme that
 * render, lint, pdf and the theme's CSS all rely on, each written once. The CSS
 * reads them as custom properties that every page declares (themeStyle below),
 * so no pixel size is repeated in a stylesheet.
 */

/** Every slide and print page, in CSS pixels (16:9). */
export const SLIDE_SIZE = { width: 1280, height: 720 } as const;

/** The report theme's `.headline` box: where a headline must fit, and in what type (lint measures against it). */
export const HEADLINE_BOX = { fontSize: 36, width: 1140, maxLines: 2, letterSpacing: 0 } as const;

/** Layouts the model generates (title, agenda, section dividers, references); naming one in a slide is an error. */
export const GENERATED_LAYOUTS: readonly string[] = ['title', 'agenda', 'section', 'references'];

/** Layouts drawn without the chrome (nav bar, slide number, source line and footer). */
export const LAYOUTS_WITHOUT_CHROME: readonly string[] = ['title', 'section', 'closing'];

/** The layouts an author may name: every layout template but the generated ones, sorted. */
export function authorLayouts(templates: Iterable<string>): string[] {
  return [...templates].filter((layout) => !GENERATED_LAYOUTS.includes(layout)).sort();
}

/** The CSS every page declares before the theme's stylesheet: the manifest as custom properties, and the print page size. */
export function themeStyle(): string {
  const { width, height } = SLIDE_SIZE;
  return [
    `:root{--dp-slide-width:${width}px;--dp-slide-height:${height}px;--dp-headline-size:${HEADLINE_BOX.fontSize}px;--dp-headline-width:${HEADLINE_BOX.width}px}`,
    // @page cannot read custom properties.
    `@page{size:${width}px ${height}px;margin:0}`,
  ].join('\n');
}
