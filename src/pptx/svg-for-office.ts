/**
 * The deck's SVGs as Office pictures. A chart SVG is sized by its viewBox with
 * width="100%" (it fills its figure box in HTML); Office and resvg need a size in
 * user units, so the root gets the viewBox's width and height.
 */
const ROOT = /<svg\b[^>]*>/;

export function svgForOffice(svg: string): string {
  return svg.replace(ROOT, (root) => {
    const box = /viewBox="\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)\s*"/.exec(root);
    if (!box || !/width="[\d.]*%"/.test(root)) return root;
    return root.replace(/\s(width|height)="[^"]*"/g, '').replace(/^<svg/, `<svg width="${box[1]}" height="${box[2]}"`);
  });
}

/** A chart SVG's accessible name and description, as one alt text. */
export function svgAltText(svg: string): string {
  const text = (tag: string) => new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`).exec(svg)?.[1]?.trim() ?? '';
  return [text('title'), text('desc')].filter(Boolean).map(unescapeXml).join('. ');
}

function unescapeXml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}
