/**
 * Pictures: asset images and chart SVGs, fitted into a box with their aspect kept
 * and their alt text set. PNG, JPEG and GIF embed as they are; an SVG embeds as a
 * vector with a PNG fallback for older readers (drawn when the file is finished, see
 * fix-package.ts). Other formats (WebP, AVIF, TIFF …) PowerPoint cannot show everywhere:
 * `readPicture` says so and the caller reports it.
 */
import { imageSize } from 'image-size';
import type { PositionProps, Slide } from './pptxgen.js';
import { svgForOffice } from './svg-for-office.js';

export interface Picture {
  /** The MIME type pptxgenjs reads the extension from. */
  mime: 'image/png' | 'image/jpeg' | 'image/gif' | 'image/svg+xml';
  base64: string;
  width: number;
  height: number;
}

const EMBEDDABLE: Record<string, Picture['mime']> = { png: 'image/png', jpg: 'image/jpeg', gif: 'image/gif', svg: 'image/svg+xml' };

/**
 * The picture in `bytes`, or the format's name when PowerPoint cannot embed it. An
 * asset SVG is measured as written and embedded as Office reads it.
 */
export function readPicture(bytes: Uint8Array): Picture | { unsupported: string } {
  const size = measure(bytes);
  if ('unsupported' in size) return size;
  const data = size.mime === 'image/svg+xml' ? Buffer.from(svgForOffice(Buffer.from(bytes).toString('utf8'))) : Buffer.from(bytes);
  return { ...size, base64: data.toString('base64') };
}

/** An SVG string (a chart) as a picture: converted for Office once, then measured by the size that gives it. */
export function svgPicture(svg: string): Picture | undefined {
  const data = Buffer.from(svgForOffice(svg));
  const size = measure(data);
  return 'unsupported' in size ? undefined : { ...size, base64: data.toString('base64') };
}

/** The format and pixel size of `bytes`, when PowerPoint can embed the format. */
function measure(bytes: Uint8Array): Omit<Picture, 'base64'> | { unsupported: string } {
  let size: { width?: number; height?: number; type?: string };
  try {
    size = imageSize(bytes);
  } catch {
    return { unsupported: 'unknown' };
  }
  const mime = EMBEDDABLE[size.type ?? ''];
  if (!mime || !size.width || !size.height) return { unsupported: size.type ?? 'unknown' };
  return { mime, width: size.width, height: size.height };
}

/** Places the picture centred in `box` (inches), as large as fits. */
export function addPicture(slide: Slide, picture: Picture, alt: string, box: Required<Pick<PositionProps, 'x' | 'y' | 'w' | 'h'>>): void {
  const [bw, bh] = [Number(box.w), Number(box.h)];
  const scale = Math.min(bw / picture.width, bh / picture.height);
  const w = picture.width * scale;
  const h = picture.height * scale;
  slide.addImage({
    data: `${picture.mime};base64,${picture.base64}`,
    x: Number(box.x) + (bw - w) / 2,
    y: Number(box.y) + (bh - h) / 2,
    w,
    h,
    altText: alt,
  });
}
