import { rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { diagnose } from '../../../src/diagnostics/diagnostic.js';
import { overlayPayload } from '../../../src/serve/overlay-payload.js';
import { makeTmpDir } from '../../helpers/tmp-deck.js';

let dir: string;
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('overlayPayload', () => {
  it('names a workbook cell, with no code frame of the binary file', async () => {
    dir = await makeTmpDir();
    const at = { file: 'tests/fixtures/workbooks/broken.xlsx', line: 3, column: 2, cell: 'AsText!B3' };
    const [item] = overlayPayload({ diagnostics: [diagnose('NumberStoredAsText', at, { value: '13.75', at: `${at.file}#AsText!B3`, column: 'usd' })] }).items;
    expect(item).toMatchObject({ code: 'NumberStoredAsText', cell: 'AsText!B3', line: 3, column: 2 });
    expect(item?.detail).not.toContain(' | ');
    expect(item?.detail).toContain('hint:');
  });

  it('gives each problem its code, file:line, message and the code frame the terminal prints', async () => {
    dir = await makeTmpDir();
    const file = relative(process.cwd(), join(dir, 'deck.yaml'));
    await writeFile(join(dir, 'deck.yaml'), 'title: Deck\nlayout: splt\n');
    const payload = overlayPayload({
      diagnostics: [
        diagnose('EmptyFile', { file: 'b.md', line: 1, column: 1 }, {}),
        diagnose('UnknownLayout', { file, line: 2, column: 9 }, { layout: 'splt', suggestion: 'split', known: 'content, split' }),
      ],
    });
    expect(payload).toMatchObject({ errors: 1, warnings: 1 });
    // Sorted by file, as the terminal prints them.
    expect(payload.items.map((i) => i.code)).toEqual(file < 'b.md' ? ['UnknownLayout', 'EmptyFile'] : ['EmptyFile', 'UnknownLayout']);
    const layout = payload.items.find((i) => i.code === 'UnknownLayout')!;
    expect(layout).toMatchObject({ severity: 'error', file, line: 2, column: 9 });
    expect(payload.items.find((i) => i.code === 'EmptyFile')?.severity).toBe('warning');
    expect(layout.message).toContain('"splt"');
    expect(layout.detail).toContain('> 2 | layout: splt');
    expect(layout.detail).toContain('hint:');
  });

  it('shows a compile that threw as an internal error', () => {
    const payload = overlayPayload({ diagnostics: [], error: new Error('EISDIR: illegal operation on a directory') });
    expect(payload.errors).toBe(1);
    expect(payload.items[0]).toMatchObject({ code: 'InternalError', message: 'EISDIR: illegal operation on a directory' });
  });
});
