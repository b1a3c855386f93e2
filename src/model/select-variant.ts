import type { DeckConfig, VariantConfig } from '../config/deck-schema.js';
import type { ValidSection, ValidSlide } from '../validate/validate-deck.js';

/**
 * Whether a slide belongs in a build. Hidden slides and hidden sections are in
 * no build; a variant takes the slides its tags, ids or sections name, never
 * from appendix sections.
 */
export function isIncluded(slide: ValidSlide, section: ValidSection, sectionId: string, variant: VariantConfig | undefined): boolean {
  if (slide.fm.hidden || section.fm.hidden) return false;
  if (!variant) return true;
  if (section.fm.kind === 'appendix') return false;
  if (variant.sections?.some((s) => s === section.stem || s === sectionId)) return true;
  if (slide.fm.id !== undefined && variant.ids?.includes(slide.fm.id)) return true;
  return (slide.fm.tags ?? []).some((tag) => variant.tags?.includes(tag));
}

/** The deck's settings as a variant sees them: its title, subtitle and brand win. */
export function variantConfig(config: DeckConfig, variant: VariantConfig | undefined): DeckConfig {
  if (!variant) return config;
  return {
    ...config,
    title: variant.title ?? config.title,
    subtitle: variant.subtitle ?? config.subtitle,
    brand: { ...config.brand, ...variant.brand },
  };
}
