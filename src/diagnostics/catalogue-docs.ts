/**
 * docs/diagnostics.md, generated from the catalogue (`npm run generate`
 * writes it; a test checks it is up to date). Each code is shown with its message
 * and hint filled in from an example, so the page reads like what users see.
 */
import { contentCodes } from './codes/content.js';
import { dataCodes } from './codes/data.js';
import { devServerCodes } from './codes/dev-server.js';
import { diffCodes } from './codes/diff.js';
import { outputCodes } from './codes/output.js';
import { pdfCodes } from './codes/pdf.js';
import { pptxCodes } from './codes/pptx.js';
import { siteIndexCodes } from './codes/site-index.js';
import { variantCodes } from './codes/variants.js';
import type { CodeName } from './catalogue.js';

type Entry = { severity: string; style?: true; message: (p: never) => string; hint?: (p: never) => string | undefined };

const STAGES: { title: string; about: string; codes: Record<string, Entry> }[] = [
  { title: 'Deck, sections and slides', about: 'deck.yaml, section files and slide front matter: load, validate, lint and `lint --render`.', codes: contentCodes },
  { title: 'Data and charts', about: 'Data files in data/, `{{ … }}` references, number formats and `chart:`.', codes: dataCodes },
  { title: 'Browser and PDF', about: 'Finding and running the browser, and exporting PDFs. Most of these concern no file position.', codes: pdfCodes },
  { title: 'Output', about: 'Writing the output folder: where it may go, and disk errors. These concern no file position.', codes: outputCodes },
  { title: 'Comparing builds', about: '`deckpress diff`: the folders or revision it compares. These concern no file position; the exit code is 2.', codes: diffCodes },
  { title: 'Site index', about: '`deckpress index DIST`: the page listing every deck built into a folder.', codes: siteIndexCodes },
  { title: 'PowerPoint', about: '`deckpress pptx` and `build --pptx`: what PowerPoint cannot express, said at the slide that asks for it.', codes: pptxCodes },
  { title: 'Choosing a variant', about: '`--variant NAME` of build, pdf and pptx (and the library\'s `variants`). It concerns no file position; the exit code is 2.', codes: variantCodes },
  { title: 'Dev server', about: '`deckpress dev`: the port and address it listens on. These concern no file position.', codes: devServerCodes },
];


/** Example parameters, so each entry shows a realistic message. A code without one shows ‹placeholders›. */
const EXAMPLES: Partial<Record<CodeName, Record<string, unknown>>> = {
  DeckNotFound: { dir: 'decks/q3-review' },
  IndexNoDecks: { dir: 'dist' },
  NoSections: { dir: 'decks/q3-review/sections' },
  YamlSyntax: { detail: 'Missing closing "quote' },
  UnknownKey: { key: 'layuot', where: 'slide front matter', suggestion: 'layout', known: 'id, layout, tags, …' },
  InvalidValue: { key: 'brand.footer', detail: 'expected string, got number 42', expected: 'a string' },
  MissingKey: { key: 'title', where: 'deck.yaml', example: 'title: AI is not the dot-com bubble' },
  UnknownLayout: { layout: 'splt', suggestion: 'split', known: 'chart, closing, compare, content, image, quote, split, stat, table' },
  UnknownTheme: { theme: 'reprot', suggestion: 'report', known: 'report' },
  ImageNotFound: { src: 'charts/revenue.svg', suggestion: 'revenue.svg' },
  DuplicateSlideId: { id: 'openai-revenue', first: 'decks/x/sections/03-revenue.md:6:5' },
  InvalidSlideId: { id: 'OpenAI Revenue' },
  SeparatorWithoutBlankLine: { line: 14 },
  FileTooLarge: { size: 7340032, limit: 5242880 },
  LinkOutsideVariant: { id: 'nobel-prizes', variant: 'talk' },
  UnexpectedFile: { dir: 'sections/' },
  EmptySection: { title: 'Outlook' },
  MissingHeadline: { layout: 'content' },
  HeadlineTooLong: { lines: 3, maxLines: 2, fontSize: 36, width: 1140, excess: 42 },
  MissingSource: { what: 'a chart' },
  MissingAltText: { src: 'bubble-timeline.svg', markdown: false },
  NotUtf8: {},
  TemplateSyntax: { detail: "Expecting 'OPEN_ENDBLOCK', got 'EOF' (an {{#if}} is not closed)." },
  LinkShownAsText: { written: '![Adoption](adoption 2024.svg)', what: 'image', fix: '![Adoption](adoption%202024.svg)', escapes: false },
  BrokenSlideLink: { id: 'stripe-ar', suggestion: 'stripe-arr' },
  LinkedFileNotFound: { path: 'data/revenu.csv', suggestion: 'data/revenue.csv' },
  LinkOutsideDeck: { path: '../secret.txt' },
  UnknownVariantEntry: { variant: 'talk', kind: 'slide id', name: 'nobel-prize', suggestion: 'nobel-prizes', known: 'bubble-question, nobel-prizes, …' },
  EmptyVariant: { variant: 'talk' },
  UnknownVariant: { variant: 'tlak', deck: 'q3-review', suggestion: 'talk', known: 'talk, board' },
  PortInUse: { port: 4321, host: '127.0.0.1' },
  PortNotAllowed: { port: 80 },
  HostNotAvailable: { host: '10.1.0.9' },
  SlideOverflow: { slide: 25, detail: 'the text runs 36px into the source line and footer' },
  ImageLoadFailed: { slide: 12, src: 'alphafold.png' },
  FontLoadFailed: { font: 'fonts/inter-latin-800-normal.woff2' },
  ConsoleError: { text: 'Uncaught ReferenceError: chart is not defined' },
  DataFileNotFound: { name: 'revenu', suggestion: 'revenue', known: 'facts, revenue' },
  DataParseError: { file: 'data/revenue.csv', detail: 'line 4 has 3 fields but the header has 2.' },
  DuplicateDataFile: { name: 'revenue', files: 'data/revenue.csv, data/revenue.json' },
  AmbiguousRow: { keys: '"China"', file: 'data/investment.csv', rows: 2, lines: 'line 3, line 7', fix: 'Add a key to pick one row, e.g. [country="China", year=2023].' },
  NoMatchingRow: { keys: 'vendor="Vendor B", year="2025"', file: 'data/units.csv', nearest: 'line 4 (vendor=Vendor B, year=2024); line 2 (vendor=Vendor A, year=2025)' },
  ArithmeticError: { detail: 'the divisor (data/revenue.csv:2) is 0' },
  SheetNotFound: { sheet: 'Pricse', file: 'data/market.xlsx', suggestion: 'Prices', known: 'Prices, Units' },
  UnlabelledColumn: { column: 'ai_research' },
  NumberStoredAsText: { value: '1234', at: 'data/market.xlsx#Prices!C5', column: 'usd' },
  FormulaErrorCell: { error: '#DIV/0!', at: 'data/revenue.xlsx#Sheet1!C4', column: 'growth', more: 0, meaning: 'it divides by zero or by an empty cell' },
  UnknownColumn: { column: 'revenue', file: 'data/openai-revenue.csv', suggestion: 'revenue_usd', known: 'year, revenue_usd' },
  UnknownRow: { key: '2025', file: 'data/openai-revenue.csv', keyColumn: 'year', known: '2022, 2023, 2024' },
  UnknownDataKey: { key: 'users', file: 'data/facts.yaml', suggestion: 'user_count', known: 'user_count, launched' },
  NotANumber: { value: '3.7bn', at: 'data/revenue.csv:4', column: 'usd', purpose: 'the chart' },
  NotADate: { value: '15/10/2024', at: 'data/launches.csv:4', column: 'launched', purpose: 'the "date" format' },
  ImpossibleDate: { value: '2020-02-30', reason: 'February 2020 has 29 days', where: 'column date' },
  EmptyCell: { at: 'data/revenue.csv:4', column: 'usd' },
  UnknownChartType: { type: 'pie', suggestion: 'donut', known: 'column, bar, stacked-column, line, area, donut, scatter' },
  UnknownFormat: { format: 'usd-compac', suggestion: 'usd-compact', known: 'integer, percent, usd, usd-compact, multiplier, …' },
  BadReference: { detail: '"{{" is never closed with "}}"' },
  ChartSpecInvalid: { detail: 'chart has no "x"' },
  ChartLabelsDropped: { count: 2, sample: '"$1.2B", "$1.3B"' },
  PptxChartAsImage: { reason: 'a Vega-Lite chart' },
  PptxImageNotEmbedded: { src: 'hero.webp', format: 'webp' },
  VegaLiteError: { detail: 'Invalid field type "quant".' },
  BrowserNotFound: { searched: '--browser-path, CHROME_PATH, PUPPETEER_EXECUTABLE_PATH, ~/.cache/puppeteer, system Chrome/Chromium/Edge' },
  BrowserPathInvalid: { path: '/opt/chrome/chrome', source: '--browser-path' },
  BrowserLaunchFailed: { path: '/usr/bin/chromium', detail: 'Failed to launch the browser process' },
  BrowserCrashed: { label: 'ai-not-a-bubble', detail: 'Target closed' },
  BrowserUnreachable: { url: 'ws://browserless:3000', detail: 'connect ECONNREFUSED 10.1.0.5:3000' },
  BrowserConnectionLost: { label: 'ai-not-a-bubble', url: 'ws://browserless:3000', detail: 'the connection to the browser closed' },
  ServeHostUnavailable: { host: '10.1.0.9', detail: 'listen EADDRNOTAVAIL: address not available 10.1.0.9' },
  PdfTimeout: { label: 'ai-not-a-bubble', seconds: 120, phase: 'printing' },
  PdfExportFailed: { label: 'ai-not-a-bubble', detail: 'Protocol error (Page.printToPDF)' },
  PageCountMismatch: { label: 'ai-not-a-bubble', expected: 47, actual: 48, where: 'PDF' },
  PrintFileNotFound: { path: 'dist/ai-not-a-bubble/print.html' },
  PdfWriteFailed: { path: 'dist/ai-not-a-bubble/ai-not-a-bubble.pdf', detail: 'EACCES: permission denied' },
  InvalidPdfJob: { label: 'ai-not-a-bubble', detail: 'the outline points at page 48 of 47' },
  RemoteRequestBlocked: { label: 'ai-not-a-bubble', count: 1, urls: 'https://example.org/logo.png' },
  LocalFileMissing: { label: 'ai-not-a-bubble', count: 1, urls: 'dist/ai-not-a-bubble/assets/media/logo.png' },
  OutputOverlapsSource: { out: 'decks/x', what: 'is the deck folder', source: 'decks/x' },
  OutputWriteFailed: { path: 'dist/x/index.html', action: 'write', detail: 'no space left on the disk (ENOSPC)', reason: 'Free some space on the disk, then run the command again.' },
  UnsafeLinkScheme: { url: 'javascript:alert(1)', scheme: 'javascript', what: 'link' },
  ChartOverBudget: { detail: 'drawing it took longer than 10 s' },
  ChartDownsampled: { rows: 130000, limit: 5000 },
  OutsideProject: { path: 'decks/x/data/secret.csv', target: '/etc/secret.csv', root: '"decks/x" and "."' },
  FileRequestBlocked: { where: 'Slide 7', url: '/etc/passwd' },
  DialogDismissed: { where: 'Slide 12', dialog: 'alert("Loaded!")' },
  PdfPostProcessUnsupported: { label: 'ai-not-a-bubble', producer: 'Skia/PDF m160', detail: 'the trailer has /Prev: incremental updates' },
  DiffNotADeck: { role: 'OLD', dir: 'dist/q3-review', missing: 'deck.json and index.html are missing' },
  DiffManifestIncompatible: { role: 'NEW', file: 'dist/q3-review/deck.json', detail: 'it has manifest version 0 and this deckpress reads version 1' },
  DiffRevisionNotFound: { rev: 'v1.2', deck: 'decks/q3-review', detail: "fatal: invalid object name 'v1.2'" },
  DiffRevisionBuildFailed: { rev: 'HEAD~3', deck: 'decks/q3-review', count: 2 },
  FontPackageMissing: { lang: 'ja', package: '@fontsource/noto-sans-jp', install: 'npm install --save-exact @fontsource/noto-sans-jp@5.3.0' },
  FontsMissing: { deck: 'ai-not-a-bubble-zh', count: 12, sample: '生成式', install: 'Install Noto Sans CJK (apt-get install fonts-noto-cjk).' },
};

const placeholders = new Proxy({}, { get: (_target, key) => (typeof key === 'string' ? `‹${key}›` : undefined) });

/** The whole page, as Markdown. */
export function catalogueDocs(): string {
  const out: string[] = [INTRO];
  out.push('## Index', '');
  for (const stage of STAGES) {
    out.push(`**${stage.title}:** ${Object.keys(stage.codes).map((name) => `[${name}](#${name.toLowerCase()})`).join(', ')}`, '');
  }
  for (const stage of STAGES) {
    out.push(`## ${stage.title}`, '', stage.about, '');
    for (const [name, entry] of Object.entries(stage.codes)) {
      const params = (EXAMPLES[name as CodeName] ?? placeholders) as never;
      const hint = entry.hint?.(params);
      out.push(`### ${name}`, '', `*${entry.severity}*${entry.style ? ' (style, lint only)' : ''}`, '', `> ${entry.message(params)}`);
      if (hint) out.push('>', `> hint: ${hint}`);
      out.push('');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}

const INTRO = `<!-- Generated from src/diagnostics/codes/*.ts by npm run generate. Do not edit. -->
# Diagnostics

Every problem deckpress finds in a deck is a *diagnostic*: a permanent code name,
a severity, a message, often a hint, and the file, line and column where the
problem is written. \`deckpress build\` stops before writing anything when there is
an error (the last good \`dist/<deck>\` stays); warnings are printed and the build
goes on.

## deckpress lint

\`\`\`
deckpress lint [deck-dir ...] [--format text|json] [--render] [--browser-path P]
\`\`\`

Reports every diagnostic of each deck (every deck under \`decks/\` when none is
named), errors and warnings, without writing anything. It runs exactly the checks
\`build\`, \`dev\` and \`pdf\` run (YAML, schemas, layouts, data, charts, images,
links to \`#slide-id\`s, variants), so every command reports the same problems at
the same places, and then adds style checks that never stop a build, marked
*warning (style)*: headlines (missing, or too long for the report theme's
two-line headline box), alt text, sources for slides that show data, empty
sections.

- Exit code 0: no error (warnings allowed); 1: at least one error; 2: bad usage.
- \`--format json\` prints one JSON document on stdout for CI and editors:
  \`{ "version": 1, "errors": n, "warnings": n, "decks": [{ "name", "dir", "errors", "warnings" }],
  "diagnostics": [{ "deck", "code", "severity", "message", "hint"?, "file", "line", "column", "style"? }] }\`.
  Lines and columns start at 1; columns count characters (UTF-16 code units).
- \`--render\` also builds each deck without errors into a temporary folder, opens
  its print document in a headless Chromium (found as for \`--pdf\`) and reports,
  at the slide's file and line, content that overflows the 1280×720 slide or runs
  into the source line, images and fonts that fail to load, and browser console
  errors.

Text output follows this shape:

\`\`\`
decks/x/sections/02-revenue.md:7:9  error  UnknownLayout  Layout "splt" does not exist.
   6 | ---
 > 7 | layout: splt
     |         ^
hint: Did you mean "split"? Layouts: chart, closing, compare, content, image, quote, split, stat, table.
\`\`\`

## Editor support: JSON Schemas

\`schemas/deck.schema.json\`, \`schemas/slide.schema.json\` and
\`schemas/section.schema.json\` are generated from the same zod schemas the build
validates with, and ship in the package. With the YAML language server (VS Code's
YAML extension, and others), add this first line to \`deck.yaml\` for completion,
descriptions and checks as you type:

\`\`\`yaml
# yaml-language-server: $schema=../../node_modules/deckpress/schemas/deck.schema.json
\`\`\`

(The path is relative to the deck; in the deckpress repository itself it is
\`../../schemas/deck.schema.json\`.) Front matter in Markdown files is not read by
the YAML language server; tools that validate front matter can use
\`slide.schema.json\` (a slide's block) and \`section.schema.json\` (a section file's
first block). Unknown keys are marked in the editor; deckpress itself warns about
them and goes on.

## Codes are permanent

A code name, once published, is never renamed or removed (a test keeps the list),
so CI scripts and editor integrations can rely on it. Messages and hints may be
improved.
`;
