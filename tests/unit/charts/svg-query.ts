/** Minimal structural queries over the chart SVG strings (our own, deterministic output). */
export interface Element {
  attrs: Record<string, string>;
  text: string;
}

/** Elements `<tag …>` whose class list contains `cls` (if given), with attributes and inner text. */
export function elements(svg: string, tag: string, cls?: string): Element[] {
  const re = new RegExp(`<${tag}((?:\\s+[\\w:-]+="[^"]*")*)\\s*(?:/>|>([\\s\\S]*?)</${tag}>)`, 'g');
  const out: Element[] = [];
  for (const m of svg.matchAll(re)) {
    const attrs: Record<string, string> = {};
    for (const a of (m[1] ?? '').matchAll(/([\w:-]+)="([^"]*)"/g)) attrs[a[1]!] = a[2]!;
    if (cls && !(attrs.class ?? '').split(/\s+/).includes(cls)) continue;
    out.push({ attrs, text: unescape((m[2] ?? '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim()) });
  }
  return out;
}

export function num(e: Element | undefined, attr: string): number {
  return Number(e?.attrs[attr]);
}

function unescape(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}
