/**
 * Writes a small static print document (the render stage's print.html contract:
 * one 1280×720 `section.slide` per page, `@page` sized, local fonts under assets/)
 * so PDF tests do not depend on the build pipeline.
 */
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PdfJob } from '../../../src/pdf/types.js';

export interface FixtureOptions {
  slides: number;
  /** Slides per section; the first slide of each section is its divider. */
  perSection?: number;
  /** Adds an <img> loading from the network, which the exporter must block (true: https://example.org/logo.png). */
  remoteImage?: boolean | string;
  /** Makes one slide's content far taller than the page; it must be clipped, not spill. */
  overflowSlide?: number;
  lang?: string;
  /** Adds a notes page (`section.notes-page`, not a slide) after every n-th slide, as `pdf.notes: pages` does. */
  notesEvery?: number;
}

export interface Fixture {
  dir: string;
  printHtmlPath: string;
  slideIds: string[];
  headlines: string[];
  /** 0-based page of each slide (notes pages shift them). */
  slidePages: number[];
  job: (outPath: string, extra?: Partial<PdfJob>) => PdfJob;
}

export const EXTERNAL_URL = 'https://www.stateof.ai/';
export const CJK_TEXT = '人工智慧不是泡沫';

const require = createRequire(import.meta.url);
const interDir = join(dirname(require.resolve('@fontsource/inter/package.json')), 'files');

export async function writePrintFixture(dir: string, opts: FixtureOptions): Promise<Fixture> {
  const perSection = opts.perSection ?? 10;
  await mkdir(join(dir, 'assets'), { recursive: true });
  for (const weight of [400, 700]) {
    const file = `inter-latin-${weight}-normal.woff2`;
    await copyFile(join(interDir, file), join(dir, 'assets', file));
  }
  const slideIds: string[] = [];
  const headlines: string[] = [];
  const outline: PdfJob['outline'] = [];
  const bodies: string[] = [];
  const slidePages: number[] = [];
  for (let i = 0; i < opts.slides; i++) {
    const section = Math.floor(i / perSection);
    const id = i === 0 ? 'title' : `s${section + 1}-slide-${i + 1}`;
    const headline =
      i % perSection === 0 ? `Section ${section + 1}: research and revenue` : `Headline ${i + 1} — revenue grew ${i}× in two years`;
    slideIds.push(id);
    headlines.push(headline);
    const page = bodies.length;
    slidePages.push(page);
    if (i % perSection === 0) outline.push({ title: headline, page, children: [] });
    else outline[outline.length - 1]!.children.push({ title: headline, page });
    bodies.push(slideHtml(i, id, headline, opts));
    if (opts.notesEvery && (i + 1) % opts.notesEvery === 0) bodies.push(notesPageHtml(i));
  }
  const lastId = slideIds[slideIds.length - 1]!;
  const html = documentHtml(bodies, lastId, opts);
  const printHtmlPath = join(dir, 'print.html');
  await writeFile(printHtmlPath, html);
  return {
    dir,
    printHtmlPath,
    slideIds,
    headlines,
    slidePages,
    job: (outPath, extra = {}) => ({
      printHtmlPath,
      outPath,
      label: 'fixture',
      pageCount: bodies.length,
      outline,
      metadata: {
        title: 'AI is not the dot-com bubble',
        authors: ['Air Street Press', 'Nathan Benaich'],
        subject: 'Three facts from the State of AI Report 2024',
        keywords: ['ai', 'report'],
        lang: opts.lang ?? 'en',
        creationDate: new Date('2024-10-15T00:00:00Z'),
        creator: 'deckpress 0.1.0',
      },
      ...extra,
    }),
  };
}

function slideHtml(i: number, id: string, headline: string, opts: FixtureOptions): string {
  const tall = opts.overflowSlide === i ? '<div style="height:3000px;background:#fc6">too tall</div>' : '';
  const remoteUrl = opts.remoteImage === true ? 'https://example.org/logo.png' : opts.remoteImage;
  const remote = remoteUrl && i === 1 ? `<img src="${remoteUrl}" alt="remote">` : '';
  return `<section class="slide" id="${id}">
  <nav>State of AI Report · <a href="#${i === 0 ? 'title' : 'title'}">Back to title</a></nav>
  <h1>${headline}</h1>
  <div class="split">
    <ul>
      <li>Bullet text for slide ${i + 1} with a <a href="${EXTERNAL_URL}">link to the report</a>.</li>
      <li>${CJK_TEXT}（第 ${i + 1} 頁）</li>
      <li>Jump to <a href="#__LAST__">the last slide</a>.</li>
    </ul>
    <svg viewBox="0 0 400 240" width="400" height="240" role="img" aria-label="chart">
      ${[40, 90, 150, 210].map((h, k) => `<rect x="${20 + k * 95}" y="${230 - h}" width="70" height="${h}" fill="#e5533d"/>`).join('')}
      <text x="20" y="20" font-size="14">Revenue, $bn</text>
    </svg>
  </div>
  ${remote}${tall}
  <footer>stateof.ai 2024 · ${i + 1}</footer>
</section>`;
}

export const notesText = (i: number) => `Speaker notes for slide ${i + 1}`;

function notesPageHtml(i: number): string {
  return `<section class="notes-page"><h2>${notesText(i)}</h2><p>Say the number slowly.</p></section>`;
}

function documentHtml(bodies: string[], lastId: string, opts: FixtureOptions): string {
  return `<!doctype html>
<html lang="${opts.lang ?? 'en'}">
<head>
<meta charset="utf-8">
<title>AI is not the dot-com bubble</title>
<style>
@font-face { font-family: Inter; font-weight: 400; src: url(assets/inter-latin-400-normal.woff2) format("woff2"); }
@font-face { font-family: Inter; font-weight: 700; src: url(assets/inter-latin-700-normal.woff2) format("woff2"); }
@page { size: 1280px 720px; margin: 0; }
html, body { margin: 0; padding: 0; }
body { font-family: Inter, "Noto Sans CJK TC", sans-serif; color: #1d1d1b; }
.slide { width: 1280px; height: 720px; overflow: hidden; position: relative; box-sizing: border-box;
  padding: 40px 60px; background: #f4f1ea; break-after: page; page-break-after: always; }
.notes-page { width: 1280px; height: 720px; overflow: hidden; box-sizing: border-box; padding: 60px;
  background: #fff; break-after: page; page-break-after: always; }
section:last-child { break-after: auto; page-break-after: auto; }
nav { font-size: 14px; color: #e5533d; border-bottom: 2px solid #e5533d; padding-bottom: 8px; }
h1 { font-size: 36px; font-weight: 700; margin: 24px 0; }
.split { display: flex; gap: 40px; font-size: 22px; }
footer { position: absolute; bottom: 20px; left: 60px; font-size: 12px; color: #666; }
</style>
</head>
<body>
${bodies.join('\n').replaceAll('#__LAST__', `#${lastId}`)}
</body>
</html>
`;
}
