/** Tiny SVG string builders. Output must be deterministic and compact: numbers are rounded. */

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A coordinate with at most two decimals, and no "-0". */
export function n(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

export type Attrs = Record<string, string | number | undefined | false>;

function attrs(a: Attrs): string {
  let out = '';
  for (const [key, value] of Object.entries(a)) {
    if (value === undefined || value === false) continue;
    out += ` ${key}="${typeof value === 'number' ? n(value) : escapeXml(value)}"`;
  }
  return out;
}

/** `<tag attrs>children</tag>`, or self-closing when there are no children. */
export function el(tag: string, a: Attrs, children?: string | string[]): string {
  const body = Array.isArray(children) ? children.join('') : children;
  return body === undefined || body === '' ? `<${tag}${attrs(a)}/>` : `<${tag}${attrs(a)}>${body}</${tag}>`;
}

/** Text, one `<tspan>` per line when it wraps; `y` is the first line's baseline. */
export function textLines(lines: string[], a: Attrs & { x: number; y: number }, lineHeight: number): string {
  if (lines.length <= 1) return el('text', a, escapeXml(lines[0] ?? ''));
  const spans = lines.map((line, i) => el('tspan', { x: a.x, dy: i === 0 ? undefined : lineHeight }, escapeXml(line)));
  return el('text', a, spans);
}
