/** slugify and findHeadline: what slide ids are made of. */
import { describe, expect, it } from 'vitest';
import { findHeadline, slugify } from '../../../src/model/slug.js';

describe('slugify', () => {
  it('lowercases, drops accents and markup, joins at most maxWords words', () => {
    expect(slugify('Les *réseaux* de `neurones` gagnent [le] Nobel 2024', 5)).toBe('les-reseaux-de-neurones-gagnent');
    expect(slugify('AI: 100× faster!')).toBe('ai-100-faster');
  });

  it('drops data references so ids survive data edits', () => {
    expect(slugify('Revenue hit {{ revenue.2024 | usd }} in 2024')).toBe(slugify('Revenue hit {{ other.cell }} in 2024'));
    expect(slugify('Revenue hit {{ revenue.2024 | usd }} in 2024')).toBe('revenue-hit-in-2024');
  });

  it('keeps letters of other scripts', () => {
    expect(slugify('人工智慧 不是泡沫')).toBe('人工智慧-不是泡沫');
  });
});

describe('findHeadline', () => {
  it('returns the first # heading, without closing hashes', () => {
    expect(findHeadline('text\n\n## Sub\n\n# The headline ##\n\n# Second')).toBe('The headline');
  });

  it('ignores headings inside code fences and lines without a space after #', () => {
    expect(findHeadline('```\n# not this\n```\n#hashtag\n# This one')).toBe('This one');
    expect(findHeadline('- just a list')).toBeUndefined();
  });
});
