import { fuzzLint } from './fuzz-lint.js';
import { fuzzRuns } from './fuzz-runs.js';

fuzzLint(1, fuzzRuns());
