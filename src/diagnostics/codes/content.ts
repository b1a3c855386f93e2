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
    hint: () => 'Only Markdown section files belong in sections/; put images and other files in assets/.',
  },
  NotUtf8: {
    severity: 'error',
    message: () => 'This file is not valid UTF-8.',
    hint: () => 'Save the file as UTF-8 (most editors offer "Save with encoding").',
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
});
