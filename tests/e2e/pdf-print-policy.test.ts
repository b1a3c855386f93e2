/**
 * The print page's read policy is enforced by the browser (a Content-Security-
 * Policy naming the deck's output folder), so the folder's name must reach it
 * intact, whatever characters it has; and a slide cannot swap the document that
 * prints for another one by navigating (a script, a link click, a meta refresh),
 * not even to a file of the deck itself.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliResult } from '../helpers/run-cli.js';
import { makeTmpDir, writeFiles } from '../helpers/tmp-deck.js';
import { pagesText, pdffonts } from './helpers/read-pdf.js';

const SECRET = 'SECRET-OUTSIDE-THE-DECK';
const FIGURE = '<svg xmlns="http://www.w3.org/2000/svg" width="320" height="180"><rect width="320" height="180" fill="#e4572e"/></svg>';
const plainDeck = {
  // A date: without one the PDF's date is the sources' newest mtime, which differs between the two folders written one after the other.
  'deck.yaml': 'title: Policy\nlang: en\ndate: 2024-10-15\n',
  'assets/figure.svg': FIGURE,
  'sections/01-plain.md': `---
title: Plain
---

---
id: figure
image: { src: figure.svg, alt: "An orange box" }
---

# A slide with an image of the deck
`,
};

let work: string;

beforeAll(async () => {
  work = await makeTmpDir('deckpress-print-policy-');
});

afterAll(async () => {
  const { rm } = await import('node:fs/promises');
  await rm(work, { recursive: true, force: true });
});

const allText = (pdf: string) => pagesText(pdf).join('\n');

describe('the read policy and the output folder name', () => {
  it('prints the same bytes from a folder whose name has spaces, ; , # ? % and non-ASCII letters', async () => {
    const plain = join(work, 'plain');
    const odd = join(work, 'odd dir;a,b#c?é 漢 100%');
    await writeFiles(join(plain, 'decks', 'policy'), plainDeck);
    await writeFiles(join(odd, 'decks', 'policy'), plainDeck);
    const [a, b] = [await runCli(['pdf', 'decks/policy', '--out', 'out'], plain), await runCli(['pdf', 'decks/policy', '--out', 'out%20put'], odd)];
    expect(a.code, a.stderr).toBe(0);
    expect(b.code, b.stderr).toBe(0);
    // Nothing of the deck refused or missing: its style sheets, fonts and image all loaded.
    expect(b.stderr).not.toMatch(/FileRequestBlocked|LocalFileMissing|ImageLoadFailed/);
    const oddPdf = join(odd, 'out%20put', 'policy', 'policy.pdf');
    expect(pdffonts(oddPdf).map((f) => f.name).join(' ')).toMatch(/Inter/);
    expect(Buffer.compare(await readFile(oddPdf), await readFile(join(plain, 'out', 'policy', 'policy.pdf')))).toBe(0);
  }, 120_000);
});

describe('navigating away from the print document', () => {
  let result: CliResult;
  let pdf: string;

  beforeAll(async () => {
    const outside = join(work, 'outside');
    const secretPage = (name: string) => `<!doctype html><title>${name}</title><h1>${SECRET} ${name}</h1>`;
    await writeFiles(outside, { 'script.html': secretPage('script'), 'link.html': secretPage('link'), 'refresh.html': secretPage('refresh') });
    const project = join(work, 'navigate');
    await writeFiles(join(project, 'decks', 'nav'), {
      ...plainDeck,
      'sections/02-navigate.md': `---
title: Navigation
---

---
id: script
---

# A slide whose script sets location

<script>location.href = 'file://${outside}/script.html';</script>

---
id: link
---

# A slide that clicks a link out of the deck

<a id="out" href="file://${outside}/link.html">out</a>
<script>document.getElementById('out').click();</script>

---
id: refresh
---

# A slide with a meta refresh

<meta http-equiv="refresh" content="0;url=file://${outside}/refresh.html">

---
id: inside
---

# A slide that navigates to a page of the deck

<script>location.href = 'index.html';</script>
`,
    });
    result = await runCli(['pdf', 'decks/nav', '--out', 'out'], project);
    pdf = join(project, 'out', 'nav', 'nav.pdf');
  }, 120_000);

  it('prints the deck: every slide, nothing from the pages it tried to open', () => {
    expect(result.code, result.stderr).toBe(0);
    const text = allText(pdf);
    for (const headline of ['A slide whose script sets location', 'A slide that clicks a link out of the deck', 'A slide with a meta refresh', 'A slide that navigates to a page of the deck', 'A slide with an image of the deck']) {
      expect(text).toContain(headline);
    }
    expect(text).not.toContain(SECRET);
  });

  it('reports the files outside the deck that slides tried to open', () => {
    const refused = result.stderr.split('\n').filter((l) => l.includes('FileRequestBlocked'));
    expect(refused.some((l) => l.includes('/outside/script.html'))).toBe(true);
    // The link is an element of its slide, so the warning points at that slide.
    expect(refused.find((l) => l.includes('/outside/link.html'))).toMatch(/02-navigate\.md:\d+:1 +warning +FileRequestBlocked +Slide \d+:/);
    expect(refused.some((l) => l.includes('index.html'))).toBe(false);
  });
});

describe('lint --render under the same policy', () => {
  it("reports an image from outside the deck as an image that did not load, not the policy's console report", async () => {
    const project = join(work, 'lint');
    await writeFiles(join(work, 'lint-outside'), { 'outside.svg': FIGURE });
    await writeFiles(join(project, 'decks', 'lint'), {
      'deck.yaml': 'title: Lint\nlang: en\n',
      'sections/01-outside.md': `---
title: Outside
---

---
id: outside
---

# A slide with an image from outside the deck

<img src="file://${join(work, 'lint-outside', 'outside.svg')}" alt="outside">
`,
    });
    const result = await runCli(['lint', 'decks/lint', '--render'], project);
    const findings = result.stdout.split('\n').filter((l) => / (error|warning) /.test(l));
    expect(findings).toEqual([expect.stringMatching(/01-outside\.md:\d+:1 +error +ImageLoadFailed +Slide 3: image ".*outside\.svg"/)]);
  }, 120_000);
});
