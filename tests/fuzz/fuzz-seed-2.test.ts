import { fuzzLint, fuzzRuns } from './fuzz-lint.js';

fuzzLint(2, fuzzRuns());
