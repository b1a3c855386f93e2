import { describe, expect, it } from 'vitest';
import { pdfCreationDate, pdfCreator } from '../../../src/pdf/creation-date.js';

describe('pdfCreationDate', () => {
  it("uses the deck's date, as midnight UTC", () => {
    expect(pdfCreationDate('2024-10-15', { SOURCE_DATE_EPOCH: '1700000000' }).toISOString()).toBe('2024-10-15T00:00:00.000Z');
    expect(pdfCreationDate(new Date('2024-10-15T12:00:00Z'), {}).toISOString()).toBe('2024-10-15T12:00:00.000Z');
  });

  it('then SOURCE_DATE_EPOCH, then the fallback', () => {
    expect(pdfCreationDate(undefined, { SOURCE_DATE_EPOCH: '1700000000' }).toISOString()).toBe('2023-11-14T22:13:20.000Z');
    const fallback = new Date('2025-01-01T00:00:00Z');
    expect(pdfCreationDate('not a date', {}, fallback)).toBe(fallback);
    expect(pdfCreationDate(undefined, { SOURCE_DATE_EPOCH: 'soon' }).getTime()).toBe(0);
  });

  it('names the creator', () => {
    expect(pdfCreator('0.1.0')).toBe('deckpress 0.1.0');
  });
});
