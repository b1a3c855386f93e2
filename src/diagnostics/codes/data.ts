import { defineCodes } from './define.js';

/** Data files, references and charts (owned by src/data and src/charts). */
export const dataCodes = defineCodes({});
