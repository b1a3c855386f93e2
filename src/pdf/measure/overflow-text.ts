/**
 * Overflow measurements (measure-page.ts) as sentences for authors: the worst
 * finding per zone, named as the author knows the zone. Shared by `lint --render`
 * and `pdf`, which report the same overflow with the same words.
 */
import type { PageOverflow } from './measure-page.js';

/** What overflows on one page, worst first: one sentence per zone and axis. */
export function overflowDetails(overflows: readonly PageOverflow[]): string[] {
  return worst(overflows).map(describe);
}

/** One finding per zone and axis: off the slide beats into the source line beats into the next zone. */
function worst(overflows: readonly PageOverflow[]): PageOverflow[] {
  const rank = { edge: 0, chrome: 1, overlap: 2, wide: 3, clipped: 4 } as const;
  const kept = new Map<string, PageOverflow>();
  for (const o of [...overflows].sort((a, b) => rank[a.kind] - rank[b.kind])) {
    const key = o.kind === 'clipped' || o.kind === 'wide' ? `${o.kind}:${o.zone}` : `${o.zone}:${o.axis}`;
    if (!kept.has(key)) kept.set(key, o);
  }
  return [...kept.values()];
}

const ZONES: Record<string, string> = {
  headline: 'the headline',
  'split-text': 'the text',
  'split-visual': 'the figure',
  split: 'the text and figure',
  'chart-full': 'the chart',
  'image-full': 'the image',
  'table-wrap': 'the table',
  stats: 'the big numbers',
  compare: 'the two columns',
  'big-quote': 'the quote',
  'chart-notes': 'the note under the chart',
  'image-caption': 'the caption',
  'stat-notes': 'the note under the numbers',
  'quote-notes': 'the note under the quote',
  'compare-notes': 'the note under the columns',
  sources: 'the source line',
  'title-slide': 'the title slide',
  'section-cover': 'the section cover',
  'closing-slide': 'the closing slide',
  'agenda-list': 'the agenda',
  'references-list': 'the references',
  'slide-body': 'the text',
  figure: 'the figure',
};

function zoneName(zone: string): string {
  const classes = zone.split('.');
  const known = Object.keys(ZONES).find((k) => classes.includes(k));
  return known ? ZONES[known]! : `the element ".${zone}"`;
}

function describe(o: PageOverflow): string {
  const what = zoneName(o.zone);
  switch (o.kind) {
    case 'clipped':
      return `${what} is cut off (${o.by}px of it hidden)`;
    case 'chrome':
      return `${what} runs ${o.by}px into the source line and footer`;
    case 'overlap':
      return `${what} runs ${o.by}px into ${zoneName(o.into ?? '')}`;
    case 'wide':
      return `${what} is ${o.by}px wider than its space on the slide`;
    case 'edge':
      return o.axis === 'height' ? `${what} runs ${o.by}px past the bottom of the slide` : `${what} runs ${o.by}px past the right edge of the slide`;
  }
}
