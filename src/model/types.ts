import type { DeckConfig } from '../config/deck-schema.js';
import type { ValidSlide } from '../validate/validate-deck.js';

/** Slides the model generates have no source; authored slides keep theirs for positions and content. */
export type SlideKind = 'title' | 'agenda' | 'section' | 'authored' | 'references';

export interface Slide {
  kind: SlideKind;
  /** Stable id: URL hash, link target, variant selection. */
  id: string;
  layout: string;
  /** 1-based position in this build (variants number their own slides). */
  number: number;
  /** Index into DeckModel.sections, when the slide belongs to a section. */
  section?: number;
  /** The headline as written (Markdown, data references unresolved). */
  headline?: string;
  source?: ValidSlide;
  /** For references slides: the entries on this page. */
  references?: Reference[];
}

export interface Section {
  index: number;
  /** 1-based number shown on the divider. */
  number: number;
  id: string;
  title: string;
  nav: string;
  kind: 'main' | 'appendix';
  file: string;
}

export interface Reference {
  n: number;
  text: string;
  url?: string;
}

export interface DeckModel {
  name: string;
  /** The variant this model is a cut for; undefined for the full deck. */
  variant?: string;
  config: DeckConfig;
  sections: Section[];
  slides: Slide[];
  /** Every cited source once, numbered in order of first citation. */
  references: Reference[];
  /** Slide id → numbers of the references it cites. */
  citations: Map<string, number[]>;
  /** Ids of every slide in the full deck: a link to one a variant leaves out still resolves there. */
  fullDeckIds: Set<string>;
}
