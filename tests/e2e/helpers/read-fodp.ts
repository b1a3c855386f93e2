/**
 * How LibreOffice Impress read a .pptx, from its flat OpenDocument export (.fodp,
 * written by `libreOfficeConvert`): each text span with the character style it was
 * given, so a test sees LibreOffice's underline and fonts rather than our XML.
 */
import { readFileSync } from 'node:fs';

export interface OdpSpan {
  text: string;
  /** The href of the link the span holds, if it holds one. */
  link?: string;
  /** style:text-underline-style: `none`, `solid` … (undefined: inherited, no underline of its own). */
  underline?: string;
  /** The family of the span's Western (Latin) font and of its Asian font. */
  latinFont?: string;
  asianFont?: string;
}

const decode = (text: string) =>
  text
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

const attr = (attrs: string, name: string) => {
  const value = new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1];
  return value === undefined ? undefined : decode(value);
};

export function odpSpans(fodp: string): OdpSpan[] {
  const xml = readFileSync(fodp, 'utf8');
  const families = new Map(
    [...xml.matchAll(/<style:font-face\b([^>]*)\/?>/g)].map(([, attrs]) => [attr(attrs!, 'style:name')!, attr(attrs!, 'svg:font-family')!.replace(/^'(.*)'$/, '$1')]),
  );
  const styles = new Map(
    [...xml.matchAll(/<style:style style:name="([^"]+)" style:family="text">\s*<style:text-properties\b([^>]*)\/>/g)].map(([, name, props]) => [name!, props!]),
  );
  return [...xml.matchAll(/<text:span text:style-name="([^"]+)">([\s\S]*?)<\/text:span>/g)].map(([, style, content]) => {
    const props = styles.get(style!) ?? '';
    const font = (name: string) => {
      const face = attr(props, name);
      return face === undefined ? undefined : families.get(face) ?? face;
    };
    const span: OdpSpan = { text: decode(content!.replace(/<text:s\b[^>]*\/>/g, ' ').replace(/<[^>]*>/g, '')) };
    const link = /<text:a\b[^>]*\bxlink:href="([^"]*)"/.exec(content!)?.[1];
    if (link !== undefined) span.link = decode(link);
    const underline = attr(props, 'style:text-underline-style');
    if (underline !== undefined) span.underline = underline;
    const latinFont = font('style:font-name');
    if (latinFont !== undefined) span.latinFont = latinFont;
    const asianFont = font('style:font-name-asian');
    if (asianFont !== undefined) span.asianFont = asianFont;
    return span;
  });
}
