/**
 * Diagnostic codes are permanent once published: CI scripts and editors match on
 * them. This list is the record. Removing or renaming a code fails the first test;
 * a new code fails the second until it is appended here (never edit the lines above).
 */
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../../src/diagnostics/catalogue.js';

const PUBLISHED = [
  'DeckNotFound', 'NoSections', 'YamlSyntax', 'UnknownKey', 'InvalidValue', 'MissingKey', 'UnknownLayout',
  'UnknownTheme', 'ImageNotFound', 'DuplicateSlideId', 'InvalidSlideId', 'UnclosedFrontMatter',
  'FileTooLarge', 'BinaryFile', 'NotUtf8', 'EmptyFile', 'LinkOutsideVariant', 'UnexpectedFile',
  'EmptySection', 'MissingHeadline', 'HeadlineTooLong', 'MissingSource', 'MissingAltText', 'BrokenSlideLink',
  'UnknownVariantEntry', 'EmptyVariant', 'SlideOverflow', 'ImageLoadFailed', 'FontLoadFailed', 'ConsoleError',
  'DataFileNotFound', 'DataParseError', 'DuplicateDataFile', 'AmbiguousRow', 'UnknownColumn', 'UnknownRow',
  'UnknownDataKey', 'NotANumber', 'EmptyCell', 'UnknownChartType', 'UnknownFormat', 'BadReference',
  'ChartSpecInvalid', 'VegaLiteError', 'BrowserNotFound', 'BrowserPathInvalid', 'BrowserLaunchFailed',
  'BrowserCrashed', 'PdfTimeout', 'PdfExportFailed', 'PageCountMismatch', 'PrintFileNotFound',
  'PdfWriteFailed', 'InvalidPdfJob', 'RemoteRequestBlocked', 'LocalFileMissing', 'FontsMissing',
  'NoMatchingRow', 'ArithmeticError', 'SheetNotFound', 'NumberStoredAsText', 'UnlabelledColumn',
  'FileRequestBlocked', 'DialogDismissed', 'PdfPostProcessUnsupported',
  'BrowserUnreachable', 'BrowserConnectionLost', 'ServeHostUnavailable',
  'DiffNotADeck', 'DiffManifestIncompatible', 'DiffRevisionNotFound', 'DiffRevisionBuildFailed',
  'OutputOverlapsSource', 'OutputWriteFailed', 'UnsafeLinkScheme', 'ChartOverBudget', 'ChartDownsampled',
  'OutsideProject',
  'IndexNoDecks',
  'FontPackageMissing', 'ChartLabelsDropped',
  'NotADate', 'ImpossibleDate', 'SeparatorWithoutBlankLine',
  'PptxChartAsImage', 'PptxImageNotEmbedded',
  'FormulaErrorCell', 'LinkedFileNotFound', 'LinkOutsideDeck',
  'UnknownVariant', 'PortInUse', 'PortNotAllowed', 'HostNotAvailable',
  'LinkShownAsText', 'TemplateSyntax',
];

describe('published diagnostic codes', () => {
  it('are all still in the catalogue, under the same names', () => {
    const missing = PUBLISHED.filter((name) => !(name in catalogue));
    expect(missing, 'a published code was removed or renamed; codes are permanent').toEqual([]);
  });

  it('include every code in the catalogue (append new ones to PUBLISHED)', () => {
    const unlisted = Object.keys(catalogue).filter((name) => !PUBLISHED.includes(name));
    expect(unlisted).toEqual([]);
  });

  it('are unique names in PascalCase', () => {
    expect(new Set(PUBLISHED).size).toBe(PUBLISHED.length);
    for (const name of PUBLISHED) expect(name).toMatch(/^[A-Z][A-Za-z0-9]+$/);
  });
});
