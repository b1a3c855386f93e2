/**
 * Every user-facing diagnostic, by permanent name. Each stage keeps its codes in
 * codes/<stage>.ts; this file only joins them. A published name never changes.
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

export const catalogue = { ...contentCodes, ...dataCodes, ...pdfCodes, ...outputCodes, ...diffCodes, ...siteIndexCodes, ...pptxCodes, ...variantCodes, ...devServerCodes };

export type CodeName = keyof typeof catalogue;
