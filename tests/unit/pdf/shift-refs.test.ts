import { describe, expect, it } from 'vitest';
import { shiftRefs } from '../../../src/pdf/rewrite/shift-refs.js';

describe('shiftRefs', () => {
  it('moves every indirect reference, in dictionaries and arrays', () => {
    expect(shiftRefs('<</Type /Page\n/Parent 56 0 R\n/Kids [1 0 R 2 0 R]\n/Font <</F4 4 0 R>>>>', 100)).toBe(
      '<</Type /Page\n/Parent 156 0 R\n/Kids [101 0 R 102 0 R]\n/Font <</F4 104 0 R>>>>',
    );
    expect(shiftRefs('[12 0 R /XYZ 0 540 0]', 7)).toBe('[19 0 R /XYZ 0 540 0]');
  });

  it('leaves strings, names and plain numbers as written', () => {
    const text = '<</URI (see 1 0 R \\) and (2 0 R)) /Title <31203020523e> /F4 5 /Rect [0 0 R2]>>';
    expect(shiftRefs(text, 10)).toBe(text);
  });
});
