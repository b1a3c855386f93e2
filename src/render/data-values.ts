/**
 * Data values are text wherever they land. Markdown is rendered with each value
 * standing in as an inert placeholder (private-use characters that no Markdown
 * or HTML rule touches); the values are put back, HTML-escaped, in the rendered
 * HTML. So a cell holding `<img onerror=…>` or `[x](https://…)` shows as written.
 */
import { escapeHtml } from './plain-text.js';
import { hasAllowedScheme } from '../validate/link-schemes.js';

const OPEN = '\uE000';
const CLOSE = '\uE001';
const PLACEHOLDER = new RegExp(`${OPEN}(\\d+)${CLOSE}`, 'g');
/** The same placeholder inside a URL, which markdown-it percent-encodes. */
const ENCODED = /%EE%80%80(\d+)%EE%80%81/g;

/**
 * The `insert` of DataBinding.text for Markdown contexts: each resolved value becomes
 * a numbered placeholder, in the order the answer's `values` list them.
 */
export function placeholders(): (value: string) => string {
  let next = 0;
  return () => `${OPEN}${next++}${CLOSE}`;
}

/** Rendered HTML with each placeholder replaced by its value (`shown`, in order), escaped for where it sits. */
export function fillValues(html: string, shown: readonly string[]): string {
  if (shown.length === 0) return html;
  return html
    .replace(PLACEHOLDER, (_, n: string) => escapeHtml(shown[Number(n)] ?? ''))
    // In a URL a value stays a part of it: a value that would turn it into another scheme is percent-encoded whole.
    .replace(ENCODED, (_, n: string) => {
      const value = shown[Number(n)] ?? '';
      return escapeHtml(hasAllowedScheme(value) ? encodeURI(value) : encodeURIComponent(value));
    });
}
