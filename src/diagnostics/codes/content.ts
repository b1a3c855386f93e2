import { defineCodes, didYouMean } from './define.js';

/** deck.yaml, section files and slide front matter (owned by load/, validate/ and model/). */
export const contentCodes = defineCodes({
  DeckNotFound: {
    severity: 'error',
    message: (p: { dir: string }) => `No deck.yaml in "${p.dir}".`,
    hint: () => 'A deck is a folder with deck.yaml and sections/*.md. Create one with `deckpress new <name>`.',
  },
  NoSections: {
    severity: 'error',
    message: (p: { dir: string }) => `The deck has no section files in "${p.dir}".`,
    hint: () => 'Add sections/01-intro.md with a front matter block and at least one slide.',
  },
  YamlSyntax: {
    severity: 'error',
    message: (p: { detail: string }) => `YAML syntax error: ${p.detail}`,
    hint: () => 'Check indentation and quote values that contain ": " or start with a special character.',
  },
  TemplateSyntax: {
    severity: 'error',
    message: (p: { detail: string }) => `Handlebars cannot read this template: ${p.detail}`,
    hint: () => 'Check that every {{#block}} has its {{/block}} and every {{ its }}; the built-in templates in deckpress/templates/ show the form.',
  },
  UnknownKey: {
    severity: 'warning',
    message: (p: { key: string; where: string; suggestion?: string }) =>
      `Unknown key "${p.key}" in ${p.where}; it is ignored.`,
    hint: (p: { key: string; where: string; suggestion?: string; known: string }) =>
      `${didYouMean(p.suggestion)}Known keys: ${p.known}.`,
  },
  InvalidValue: {
    severity: 'error',
    message: (p: { key: string; detail: string }) => `Invalid value for "${p.key}": ${p.detail}.`,
    hint: (p: { key: string; detail: string; expected?: string }) => (p.expected ? `Expected ${p.expected}.` : undefined),
  },
  MissingKey: {
    severity: 'error',
    message: (p: { key: string; where: string }) => `"${p.key}" is required in ${p.where}.`,
    hint: (p: { key: string; where: string; example?: string }) => (p.example ? `For example: ${p.example}` : undefined),
  },
  UnknownLayout: {
    severity: 'error',
    message: (p: { layout: string; suggestion?: string }) => `Layout "${p.layout}" does not exist.`,
    hint: (p: { layout: string; suggestion?: string; known: string }) =>
      `${didYouMean(p.suggestion)}Layouts: ${p.known}.`,
  },
  UnknownTheme: {
    severity: 'error',
    message: (p: { theme: string; suggestion?: string }) => `Theme "${p.theme}" does not exist.`,
    hint: (p: { theme: string; suggestion?: string; known: string }) =>
      `${didYouMean(p.suggestion)}Themes: ${p.known}. A project theme is a folder templates/themes/<name>/ with theme.css.`,
  },
  ImageNotFound: {
    severity: 'error',
    message: (p: { src: string }) => `Image "${p.src}" was not found in the deck's assets/ folder.`,
    hint: (p: { src: string; suggestion?: string }) =>
      `${didYouMean(p.suggestion)}Image paths are relative to assets/.`,
  },
  DuplicateSlideId: {
    severity: 'error',
    message: (p: { id: string; first: string }) => `Slide id "${p.id}" is already used at ${p.first}.`,
    hint: () => 'Slide ids are URL hashes and link targets, so each must be unique in the deck.',
  },
  InvalidSlideId: {
    severity: 'error',
    message: (p: { id: string }) => `Slide id "${p.id}" is not a valid id.`,
    hint: () => 'Use lowercase letters, digits and hyphens, starting with a letter (for example "openai-revenue").',
  },
  SeparatorWithoutBlankLine: {
    severity: 'error',
    message: () => 'This "---" follows text directly, so it does not start a new slide: the next slide\'s front matter would be shown as text.',
    hint: (p: { line: number }) => `Put a blank line before the "---" on line ${p.line}.`,
  },
  UnclosedFrontMatter: {
    severity: 'error',
    message: () => 'The front matter block opened here is never closed.',
    hint: () => 'Close the YAML block with a line containing only "---".',
  },
  FileTooLarge: {
    severity: 'error',
    message: (p: { size: number; limit: number }) =>
      `The file is ${(p.size / 1048576).toFixed(1)} MiB; deckpress reads text files up to ${p.limit / 1048576} MiB.`,
    hint: () => 'Split the section into several files, or move bulk content into data/.',
  },
  BinaryFile: {
    severity: 'error',
    message: () => 'This file is binary, not text.',
    hint: () => 'Sections, deck.yaml and data files are text (Markdown, YAML, CSV, JSON) or an .xlsx workbook; put images and other files in assets/.',
  },
  NotUtf8: {
    severity: 'error',
    message: (p: { encoding?: string }) => (p.encoding ? `This file is ${p.encoding} text, not UTF-8.` : 'This file is not valid UTF-8.'),
    hint: () => 'Save the file as UTF-8 (most editors offer "Save with encoding"; Excel offers "CSV UTF-8").',
  },
  EmptyFile: {
    severity: 'warning',
    message: () => 'This section file is empty.',
    hint: () => 'Add a front matter block with a title and at least one slide, or delete the file.',
  },
  LinkOutsideVariant: {
    severity: 'warning',
    message: (p: { id: string; variant: string }) =>
      `The link to "#${p.id}" goes to a slide the variant "${p.variant}" leaves out; its HTML opens the full deck there, its PDF shows plain text.`,
    hint: (p: { id: string; variant: string }) => `Add "${p.id}" to the variant (ids: or a tag it selects), or link to a slide it includes.`,
  },
  UnexpectedFile: {
    severity: 'warning',
    message: (p: { dir: string }) => `This file is not a Markdown section, so it is ignored; ${p.dir} holds only *.md files.`,
    hint: () => 'Rename it to end in .md if it is a section, or move it: images to assets/, data to data/.',
  },
  EmptySection: {
    severity: 'warning',
    style: true,
    message: (p: { title: string }) => `Section "${p.title}" has no slides, so it is left out of the deck (no divider, no agenda entry).`,
    hint: () => 'Add a slide after the front matter: a line "---" after a blank line, then a "# Headline".',
  },
  MissingHeadline: {
    severity: 'warning',
    style: true,
    message: (p: { layout: string }) => `This ${p.layout} slide has no headline.`,
    hint: () =>
      'Start the slide with a "# " line stating its finding in one sentence; it is the slide title in the nav, the outline and the PDF bookmarks. quote, image and closing slides may go without.',
  },
  HeadlineTooLong: {
    severity: 'warning',
    style: true,
    message: (p: { lines: number; maxLines: number; fontSize: number; width: number }) =>
      `The headline needs about ${p.lines} lines at ${p.fontSize}px in the ${p.width}px headline box, which fits ${p.maxLines}.`,
    hint: (p: { lines: number; maxLines: number; fontSize: number; width: number; excess: number }) =>
      `Cut about ${p.excess} characters: one sentence that states the finding, details in the body.`,
  },
  MissingSource: {
    severity: 'warning',
    style: true,
    message: (p: { what: string }) => `This slide shows ${p.what} but cites no source.`,
    hint: () => 'Add sources: [{ text: "Publisher, title, year", url: "https://…" }] to the slide\'s front matter; it is shown on the slide and in the references.',
  },
  LinkShownAsText: {
    severity: 'warning',
    style: true,
    message: (p: { written: string; what: 'link' | 'image' }) =>
      `"${p.written}" is shown as text, not as ${p.what === 'image' ? 'an image' : 'a link'}: Markdown reads no target with a space in it.`,
    hint: (p: { written: string; what: 'link' | 'image'; fix: string; escapes: boolean }) =>
      `Write each space as %20: ${p.fix}${p.escapes ? '. A # or ? that is part of a file name is written %23 or %3F' : ''}.`,
  },
  MissingAltText: {
    severity: 'warning',
    style: true,
    message: (p: { src: string }) => `Image "${p.src}" has no alt text.`,
    hint: (p: { src: string; markdown: boolean }) =>
      p.markdown
        ? 'Describe the image between the brackets: ![What the image shows](file.png). Screen readers and the PDF read it.'
        : 'Add image: { src, alt: "What the image shows" }. Screen readers and the PDF read it.',
  },
  BrokenSlideLink: {
    severity: 'error',
    message: (p: { id: string; suggestion?: string }) => `The link to "#${p.id}" goes to no slide in the deck.`,
    hint: (p: { id: string; suggestion?: string }) =>
      `${didYouMean(p.suggestion)}Link to a slide's id: (or a section's id, "title", "agenda" or "references").`,
  },
  LinkedFileNotFound: {
    severity: 'error',
    message: (p: { path: string; suggestion?: string }) => `The link to "${p.path}" names no file of the deck.`,
    hint: (p: { path: string; suggestion?: string }) =>
      `${didYouMean(p.suggestion)}A link to a file is written from the deck folder (data/revenue.csv, assets/appendix.pdf); the file is published with the deck, under assets/files/.`,
  },
  LinkOutsideDeck: {
    severity: 'error',
    message: (p: { path: string }) => `The link to "${p.path}" leads outside the deck folder, so the file is not published.`,
    hint: () => 'Only files inside the deck folder are published with it, and deckpress reads nothing outside it: copy the file into the deck (assets/, for example) and link to it there.',
  },
  UnknownVariantEntry: {
    severity: 'error',
    message: (p: { variant: string; kind: string; name: string; suggestion?: string }) =>
      `Variant "${p.variant}" names the ${p.kind} "${p.name}", which the deck does not have.`,
    hint: (p: { variant: string; kind: string; name: string; suggestion?: string; known: string }) =>
      `${didYouMean(p.suggestion)}Known ${p.kind}s: ${p.known || 'none'}.`,
  },
  EmptyVariant: {
    severity: 'error',
    message: (p: { variant: string }) => `Variant "${p.variant}" selects no slide; its build has only the title and closing slides.`,
    hint: () => 'Tag slides with one of the variant\'s tags (tags: [talk]), or list slide ids or sections in the variant.',
  },
  SlideOverflow: {
    severity: 'error',
    message: (p: { slide: number; detail: string }) => `Slide ${p.slide}: ${p.detail}.`,
    hint: () => 'Cut text, split the slide in two, or use a layout with more room; the PDF clips what does not fit.',
  },
  ImageLoadFailed: {
    severity: 'error',
    message: (p: { slide: number; src: string }) => `Slide ${p.slide}: image "${p.src}" did not load in the browser.`,
    hint: () => 'Check that the file is in assets/ under that name and is a valid image; remote images are not loaded (decks work offline).',
  },
  FontPackageMissing: {
    severity: 'warning',
    message: (p: { lang: string; package: string }) =>
      `Text in "${p.lang}" needs the font package ${p.package}, which is not installed; the HTML and the PDF fall back to whatever fonts the machine has, and may show empty boxes.`,
    hint: (p: { lang: string; package: string; install: string }) =>
      `Run \`${p.install}\` in the project, then build again. The theme ships only the parts of the font the deck's text uses.`,
  },
  FontLoadFailed: {
    severity: 'warning',
    message: (p: { font: string }) => `Font "${p.font}" did not load; text falls back to another font and may wrap differently.`,
    hint: () => 'Check the theme\'s fonts.css and theme.yaml: every @font-face url() must name a file the theme ships.',
  },
  ConsoleError: {
    severity: 'error',
    message: (p: { text: string }) => `The browser reported an error: ${p.text}`,
    hint: () => 'Usually a <script> or raw HTML in a slide body; remove it or fix it.',
  },
  UnsafeLinkScheme: {
    severity: 'error',
    message: (p: { url: string; scheme: string; what: string }) => `The ${p.what} "${p.url}" uses the scheme "${p.scheme}:", which deckpress does not write into a deck.`,
    hint: () => 'Links may go to http:, https: or mailto: addresses, to a slide (#slide-id) or to a relative path; images may also be data:image/png, jpeg, gif or webp.',
  },
  OutsideProject: {
    severity: 'error',
    message: (p: { path: string; target: string; root: string }) =>
      `"${p.path}" leads outside ${p.root} (to "${p.target}"), so it is not read.`,
    hint: () => 'deckpress reads only files inside the deck and its project (a symlink is followed while its target stays inside). Copy the file in, or move the project so it contains it.',
  },
});
