import type { DeckModel } from '../model/types.js';
import type { CompiledTemplates } from './compile-templates.js';

export interface NavItem {
  label: string;
  id: string;
  current: boolean;
}

/** The nav bar's entries as a slide of `section` shows them: every main section, its own marked current. */
export function navItems(model: DeckModel, section: number | undefined): NavItem[] {
  return model.sections.filter((s) => s.kind === 'main').map((s) => ({ label: s.nav, id: s.id, current: s.index === section }));
}

/**
 * The nav bar's markup (partials/nav-bar.hbs) for the slides of a section. It is the
 * same on every slide of a section, so it is rendered once per section: rendered on
 * every slide, its loop was ~11 ms of a 212-slide build's ~210 (npm run bench -- build).
 */
export function navBars(model: DeckModel, templates: CompiledTemplates): (section: number | undefined) => string {
  const bars = new Map<number | undefined, string>();
  return (section) => {
    let bar = bars.get(section);
    if (bar === undefined) {
      // The bar is placed inside a line of chrome-top; the partial's file ends with a newline.
      bar = templates.partial('nav-bar')({ nav: navItems(model, section) }).trimEnd();
      bars.set(section, bar);
    }
    return bar;
  };
}
