import { fuzzLint, fuzzRuns } from './fuzz-lint.js';

fuzzLint(1, fuzzRuns());
