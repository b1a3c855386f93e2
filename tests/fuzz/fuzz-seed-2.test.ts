import { fuzzLint } from './fuzz-lint.js';

fuzzLint(2, 1000);
