/**
 * `deckpress dev` survives any data edit: a CSV edited into a state that once
 * crashed the server (a javascript: href in a Vega-Lite chart, values near
 * 1e308) is a located error in the terminal and over the page, the server keeps
 * serving the last good deck, and the fixed CSV is built again.
 */
import { rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devEvents, startDevProcess, type DevProcess } from '../helpers/dev-process.js';
import { makeTmpDir, writeFiles } from '../helpers/tmp-deck.js';
import type { OverlayPayload } from '../../src/serve/overlay-payload.js';

const LINKS_CSV = 'name,count,link\nalpha,1,https://example.org/a\nbeta,2,https://example.org/b\n';
const VALUES_CSV = 'year,value\n2023,17\n2024,29\n';
const SECTION = [
  '---', 'title: Charts', '---', '',
  '---', 'id: vega', 'layout: chart', 'chart: { vega-lite: charts/links.json }', '---', '', '# Links', '',
  '---', 'id: column', 'layout: chart', 'chart: { type: column, data: values.csv, x: year, y: value }', '---', '', '# Values reached {{ values[2024].value }}', '',
].join('\n');
const SPEC = { data: { name: 'links.csv' }, mark: 'bar', encoding: { x: { field: 'name', type: 'nominal' }, y: { field: 'count', type: 'quantitative' }, href: { field: 'link' } } };

let project: string;
let deckDir: string;
let dev: DevProcess;

beforeAll(async () => {
  project = await makeTmpDir('deckpress-dev-');
  deckDir = join(project, 'decks', 'charts');
  await writeFiles(deckDir, {
    'deck.yaml': 'title: Charts\n',
    'sections/01-charts.md': SECTION,
    'charts/links.json': JSON.stringify(SPEC),
    'data/links.csv': LINKS_CSV,
    'data/values.csv': VALUES_CSV,
  });
  dev = await startDevProcess(deckDir, project);
});

afterAll(async () => {
  dev?.child.kill('SIGTERM');
  // A dev server that does not stop on SIGTERM fails here instead of hanging the hook.
  const stopped = await Promise.race([dev?.exited.then(() => true), new Promise((resolve) => setTimeout(() => resolve(false), 15_000))]);
  if (!stopped) dev?.child.kill('SIGKILL');
  expect(stopped).toBe(true);
  await rm(project, { recursive: true, force: true });
  await rm(`${project}-away`, { recursive: true, force: true });
});

/** The overlay's items for the next failed build. */
async function nextOverlay(events: Awaited<ReturnType<typeof devEvents>>): Promise<OverlayPayload> {
  return (await events.next('diagnostics')).data as OverlayPayload;
}

describe('deckpress dev and hostile data edits', () => {
  it('shows each crashing edit as a located error, keeps serving, and rebuilds once the data is fixed', async () => {
    const events = await devEvents(dev.url);
    try {
      await events.next('hello');
      await writeFile(join(deckDir, 'data/links.csv'), LINKS_CSV.replace('https://example.org/a', 'javascript:alert(1)'));
      const href = await nextOverlay(events);
      expect(href.items[0]).toMatchObject({ code: 'UnsafeLinkScheme', severity: 'error', file: expect.stringContaining('01-charts.md'), line: 8 });
      expect((await fetch(dev.url)).status).toBe(200);

      await writeFile(join(deckDir, 'data/links.csv'), LINKS_CSV);
      await writeFile(join(deckDir, 'data/values.csv'), 'year,value\n2023,1e308\n2024,1.7e308\n');
      const huge = await nextOverlay(events);
      expect(huge.items.map((i) => [i.code, i.line])).toEqual([['ChartSpecInvalid', 16]]);
      expect((await fetch(dev.url)).status).toBe(200);

      await writeFile(join(deckDir, 'data/values.csv'), VALUES_CSV.replace('29', '31'));
      await events.next('reload');
      const page = await (await fetch(dev.url)).text();
      expect(page).toContain('Values reached 31');
      expect(dev.child.exitCode).toBeNull();
      expect(dev.output()).toMatch(/UnsafeLinkScheme[\s\S]*ChartSpecInvalid[\s\S]*built in/);
      // Never a stack trace.
      expect(dev.output()).not.toMatch(/^\s+at /m);
    } finally {
      events.close();
    }
  }, 120_000);

  it('picks a deleted and restored deck folder up again', async () => {
    const events = await devEvents(dev.url);
    try {
      await events.next('hello');
      await rename(deckDir, `${project}-away`);
      expect((await nextOverlay(events)).items[0]).toMatchObject({ code: 'DeckNotFound' });
      await rename(`${project}-away`, deckDir);
      await events.next('ok');
      await writeFile(join(deckDir, 'sections/01-charts.md'), SECTION.replace('# Values reached', '# Restored, values reached'));
      await events.next('reload');
      expect(await (await fetch(dev.url)).text()).toContain('Restored, values reached 31');
    } finally {
      events.close();
    }
  }, 60_000);
});
