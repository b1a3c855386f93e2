import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isInside } from '../../../src/load/is-inside.js';

const strict = { orSame: false };
const orSame = { orSame: true };

describe('isInside', () => {
  it('takes a file or folder below the folder as inside', () => {
    expect(isInside('/a/deck/x', '/a/deck', strict)).toBe(true);
    expect(isInside('/a/deck/assets/media/x.png', '/a/deck/', strict)).toBe(true);
    // A name that merely starts with two dots does not climb out.
    expect(isInside('/a/deck/..x', '/a/deck', strict)).toBe(true);
    expect(isInside('/x', '/', strict)).toBe(true);
  });

  it('counts the folder itself as inside only when asked', () => {
    for (const same of ['/a/deck', '/a/deck/', '/a/deck/x/..', '/a/deck/./']) {
      expect(isInside(same, '/a/deck', orSame), same).toBe(true);
      expect(isInside(same, '/a/deck', strict), same).toBe(false);
    }
    expect(isInside('/', '/', orSame)).toBe(true);
  });

  it('takes every way up and out as outside', () => {
    for (const out of ['/a/deck/..', '/a/deck/../x', '/a/deck/x/../..', '/a/deck/x/../../y', '/a', '/', '/b/deck']) {
      expect(isInside(out, '/a/deck', orSame), out).toBe(false);
    }
  });

  it('does not take a sibling with a common prefix for a child', () => {
    expect(isInside('/a/deck2', '/a/deck', orSame)).toBe(false);
    expect(isInside('/a/deck2/x', '/a/deck', orSame)).toBe(false);
    expect(isInside('/a/deck', '/a/deck2', orSame)).toBe(false);
    expect(isInside('/a/dec', '/a/deck', orSame)).toBe(false);
  });

  it('reads relative paths from the working folder', () => {
    const here = process.cwd();
    expect(isInside('', here, orSame)).toBe(true);
    expect(isInside('', here, strict)).toBe(false);
    expect(isInside('x', here, strict)).toBe(true);
    expect(isInside(join(here, 'x'), '.', strict)).toBe(true);
    for (const out of ['..', `..${sep}x`, join('x', '..', '..'), '/']) {
      expect(isInside(out, here, orSame), out).toBe(false);
      expect(isInside(out, '', orSame), out).toBe(false);
    }
  });
});
