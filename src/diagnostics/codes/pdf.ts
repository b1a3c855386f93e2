import { defineCodes } from './define.js';

/** Browser discovery and PDF export (owned by src/pdf). */
export const pdfCodes = defineCodes({});
