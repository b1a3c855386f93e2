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

export interface DataValues {
  /** Pass as the `insert` of DataBinding.text: records the value and returns its placeholder. */
  insert(value: string): string;
  /** Rendered HTML with each placeholder replaced by its value, escaped for where it sits. */
  fill(html: string): string;
}

export function dataValues(): DataValues {
  const values: string[] = [];
  return {
    insert(value) {
      values.push(value);
      return `${OPEN}${values.length - 1}${CLOSE}`;
    },
    fill(html) {
      if (values.length === 0) return html;
      return html
        .replace(PLACEHOLDER, (_, n: string) => escapeHtml(values[Number(n)] ?? ''))
        // In a URL a value stays a part of it: a value that would turn it into another scheme is percent-encoded whole.
        .replace(ENCODED, (_, n: string) => {
          const value = values[Number(n)] ?? '';
          return escapeHtml(hasAllowedScheme(value) ? encodeURI(value) : encodeURIComponent(value));
        });
    },
  };
}
