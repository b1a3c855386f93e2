/**
 * Screenshots of the current reveal.js slide, cropped to the slide, and their
 * comparison with pixelmatch: how many pixels differ beyond anti-aliasing.
 */
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import type { Frame, Page } from 'puppeteer';

/* The page's reveal.js API, as far as these helpers use it. */
declare const Reveal: {
  isReady(): boolean;
  on(event: string, cb: () => void): void;
  getScale(): number;
  getCurrentSlide(): HTMLElement;
};

/** Resolves once reveal.js is ready and every font the page uses has loaded. */
export async function revealReady(frame: Page | Frame): Promise<void> {
  await frame.waitForFunction(() => typeof Reveal !== 'undefined' && Reveal.isReady(), { timeout: 10_000 });
  await frame.evaluate(() => document.fonts.ready.then(() => undefined));
}

/** Chrome drawn over the slide at the viewport's own size (arrows, progress bar): not slide content. */
export async function hideControls(frame: Page | Frame): Promise<void> {
  await frame.addStyleTag({ content: '.reveal .controls, .reveal .progress { display: none !important; }' });
}

export interface SlideShot {
  png: PNG;
  /** reveal's scale of the slide. */
  scale: number;
}

/**
 * The current slide as drawn on screen, in device pixels. `page` takes the
 * screenshot; `frame` (the page itself, or the speaker view's iframe) holds the deck.
 */
export async function shootSlide(page: Page, frame: Page | Frame = page, offset = { x: 0, y: 0 }): Promise<SlideShot> {
  const { rect, scale } = await frame.evaluate(() => {
    const r = Reveal.getCurrentSlide().getBoundingClientRect();
    return { rect: { x: r.x, y: r.y, width: r.width, height: r.height }, scale: Reveal.getScale() };
  });
  // A background tab draws no new frames, so its screenshot is an old picture: bring it
  // to the front and let it draw two frames (the second after the first has painted).
  await page.bringToFront();
  await frame.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const clip = { x: rect.x + offset.x, y: rect.y + offset.y, width: rect.width, height: rect.height };
  const data = await page.screenshot({ clip, optimizeForSpeed: true, captureBeyondViewport: false });
  return { png: PNG.sync.read(Buffer.from(data)), scale };
}

/**
 * Pixels that differ between two shots of a slide beyond anti-aliasing, over their
 * common area. pixelmatch finds the candidates (its own anti-aliasing check drops
 * glyph edges); a candidate is kept only if its colour is outside the range of the
 * other shot's pixels within `radius`. Text laid out at another scale lands up to a
 * device pixel or so away (layout snaps to CSS pixels); a label that is not drawn
 * has no ink anywhere near.
 */
export function differingPixels(a: PNG, b: PNG, radius = 1): number {
  const width = Math.min(a.width, b.width);
  const height = Math.min(a.height, b.height);
  const [ca, cb] = [crop(a, width, height), crop(b, width, height)];
  const diff = new PNG({ width, height });
  pixelmatch(ca.data, cb.data, diff.data, width, height, { threshold: 0.1, includeAA: false, diffMask: true, diffColor: [255, 0, 0], aaColor: [255, 255, 0] });
  let count = 0;
  for (let i = 0; i < width * height; i++) {
    const o = i * 4;
    const candidate = diff.data[o + 3]! > 0 && diff.data[o]! === 255 && diff.data[o + 1]! === 0;
    if (!candidate) continue;
    const [x, y] = [i % width, Math.floor(i / width)];
    if (outsideNeighbourhood(ca, cb, x, y, radius) || outsideNeighbourhood(cb, ca, x, y, radius)) count++;
  }
  return count;
}

/** Whether `from`'s pixel at (x, y) is outside the colour range of `to` around (x, y). */
function outsideNeighbourhood(from: PNG, to: PNG, x: number, y: number, radius: number): boolean {
  const TOLERANCE = 64;
  const o = (y * from.width + x) * 4;
  for (let c = 0; c < 3; c++) {
    let [lo, hi] = [255, 0];
    for (let dy = -radius; dy <= radius; dy++) {
      for (let dx = -radius; dx <= radius; dx++) {
        const [nx, ny] = [x + dx, y + dy];
        if (nx < 0 || ny < 0 || nx >= to.width || ny >= to.height) continue;
        const v = to.data[(ny * to.width + nx) * 4 + c]!;
        if (v < lo) lo = v;
        if (v > hi) hi = v;
      }
    }
    const v = from.data[o + c]!;
    if (v < lo - TOLERANCE || v > hi + TOLERANCE) return true;
  }
  return false;
}

function crop(png: PNG, width: number, height: number): PNG {
  if (png.width === width && png.height === height) return png;
  const out = new PNG({ width, height });
  PNG.bitblt(png, out, 0, 0, width, height, 0, 0);
  return out;
}
