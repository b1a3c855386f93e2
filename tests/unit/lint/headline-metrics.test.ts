import { describe, expect, it } from 'vitest';
import { REPORT_HEADLINE, charWidth, textWidth, wrapHeadline } from '../../../src/lint/headline-metrics.js';

describe('headline metrics (Inter ExtraBold, 36px, 1140px, two lines)', () => {
  it('measures text as Chromium lays it out, kerning included', () => {
    // Widths Chromium reported for these strings in the report theme's .headline.
    expect(textWidth('Revenue', REPORT_HEADLINE)).toBeCloseTo(155.0, 0);
    expect(textWidth('AVATAR Type Wave', REPORT_HEADLINE)).toBeCloseTo(350.8, 0);
    expect(textWidth('Revenue from generative products grew faster than any product', REPORT_HEADLINE)).toBeCloseTo(1137.2, 0);
  });

  it('gives CJK a full em, combining marks none, unknown characters an average width', () => {
    expect(charWidth('字')).toBe(1);
    expect(charWidth('カ')).toBe(1);
    expect(charWidth('\u0301')).toBe(0);
    expect(charWidth('ж')).toBeCloseTo(0.6);
    expect(textWidth('生成式人工智慧', REPORT_HEADLINE)).toBeCloseTo(7 * 36, 5);
  });

  it('breaks at spaces and dashes, between CJK characters, and keeps an over-long word whole', () => {
    const fitting = (text: string) => ({ ...REPORT_HEADLINE, width: textWidth(text, REPORT_HEADLINE) + 0.5 });
    expect(wrapHeadline('one two three four', fitting('one two three'))).toEqual(['one two three', 'four']);
    expect(wrapHeadline('state-of-the-art models', fitting('state-of-the-'))).toEqual(['state-of-the-', 'art models']);
    expect(wrapHeadline('生成式人工智慧產品的營收', fitting('生成式人工'))).toEqual(['生成式人工', '智慧產品的', '營收']);
    expect(wrapHeadline('A Supercalifragilisticexpialidocious idea', fitting('A idea'))).toEqual(['A', 'Supercalifragilisticexpialidocious', 'idea']);
    expect(wrapHeadline('  spaced   out \n text ', REPORT_HEADLINE)).toEqual(['spaced out text']);
  });

  it('fits 1140px per line: a line just under stays, one character more wraps', () => {
    const fits = 'Revenue from generative products grew faster than any product';
    expect(wrapHeadline(fits, REPORT_HEADLINE)).toHaveLength(1);
    expect(wrapHeadline(`${fits} x`, REPORT_HEADLINE)).toHaveLength(2);
  });
});
