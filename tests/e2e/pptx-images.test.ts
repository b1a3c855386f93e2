/**
 * Pictures in the .pptx, read back with `unzip`: an SVG asset embedded as a vector
 * with a real PNG fallback (drawn by resvg, not pptxgenjs's broken-image
 * placeholder) and its alt text; a format PowerPoint cannot embed reported at
 * its file and line, its alt text shown in its place.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliResult } from '../helpers/run-cli.js';
import { section } from '../helpers/compile-files.js';
import { removeTmpDeck, writeTmpDeck } from '../helpers/tmp-deck.js';
import { part, partNames, relationships, slideParts } from './helpers/read-pptx.js';

const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="320" height="180" viewBox="0 0 320 180"><rect width="320" height="180" fill="#d9480f"/></svg>';

/** A 2×1 BMP: PowerPoint has no BMP in every reader, so deckpress reports it. */
function bmp(): Uint8Array {
  const header = Buffer.alloc(54 + 8);
  header.write('BM', 0);
  header.writeUInt32LE(header.length, 2);
  header.writeUInt32LE(54, 10);
  header.writeUInt32LE(40, 14);
  header.writeInt32LE(2, 18);
  header.writeInt32LE(1, 22);
  header.writeUInt16LE(1, 26);
  header.writeUInt16LE(24, 28);
  return header;
}

let deck: string;
let run: CliResult;
let pptx: string;

beforeAll(async () => {
  deck = await writeTmpDeck({
    'deck.yaml': 'title: Pictures\ndate: 2024-10-15\n',
    'assets/figure.svg': SVG,
    'assets/photo.bmp': bmp(),
    'assets/my figure#1.svg': SVG,
    'sections/01-pictures.md': section('Pictures', [
      'layout: image\nimage: { src: figure.svg, alt: "An orange rectangle" }\n---\n\n# A vector picture',
      'layout: image\nimage: { src: photo.bmp, alt: "A tiny photo" }\n---\n\n# A picture PowerPoint cannot embed',
      // A Markdown image names its file as a URL path: escaped space and #.
      'layout: image\n---\n\n# A picture from the body\n\n![A body picture](my%20figure%231.svg)',
    ]),
  });
  const out = join(deck, '..', 'out');
  run = await runCli(['pptx', deck, '--out', out]);
  pptx = join(out, 'deck', 'deck.pptx');
});

afterAll(async () => {
  await removeTmpDeck(deck);
});

describe('pictures in the pptx', () => {
  it('embeds an SVG with a drawn PNG fallback and its alt text', () => {
    expect(run.code, run.stderr).toBe(0);
    const slides = slideParts(pptx);
    const at = slides.findIndex((name) => part(pptx, name).includes('A vector picture'));
    const rels = relationships(pptx, slides[at]!.replace('slides/', 'slides/_rels/') + '.rels').filter((r) => r.type === 'image');
    expect(rels.map((r) => r.target.split('.').pop()).sort()).toEqual(['png', 'svg']);
    const png = rels.find((r) => r.target.endsWith('.png'))!.target.replace('../', 'ppt/');
    const bytes = execFileSync('unzip', ['-p', pptx, png]);
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    // resvg draws it at twice the SVG's size: 640×360.
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([640, 360]);
    expect(part(pptx, slides[at]!)).toContain('descr="An orange rectangle"');
  });

  it('embeds a Markdown image whose file name has a space and a #', () => {
    const slides = slideParts(pptx);
    const at = slides.findIndex((name) => part(pptx, name).includes('A picture from the body'));
    const rels = relationships(pptx, slides[at]!.replace('slides/', 'slides/_rels/') + '.rels').filter((r) => r.type === 'image');
    expect(rels.map((r) => r.target.split('.').pop()).sort()).toEqual(['png', 'svg']);
    expect(part(pptx, slides[at]!)).toContain('descr="A body picture"');
  });

  it('reports an image format PowerPoint cannot embed, at its line, and shows its alt text instead', () => {
    expect(run.stderr).toMatch(/sections\/01-pictures\.md:\d+:\d+ +warning +PptxImageNotEmbedded/);
    const slide = slideParts(pptx).map((name) => part(pptx, name)).find((xml) => xml.includes('cannot embed'))!;
    expect(slide).toContain('A tiny photo');
    expect(partNames(pptx).filter((n) => n.endsWith('.bmp'))).toEqual([]);
  });
});
