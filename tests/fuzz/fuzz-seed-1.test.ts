import { fuzzLint } from './fuzz-lint.js';

fuzzLint(1, 1000);
