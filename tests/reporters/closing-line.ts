/**
 * A vitest reporter that ends the run with one plain line, `tests: N passed, N failed`
 * (`, N skipped` when there are any), after vitest's own coloured summary.
 *
 * Why: CI systems and log readers that do not know vitest's summary format look for
 * that plain line to tell a run that executed tests from one that executed none.
 */
import type { Reporter, TestModule } from 'vitest/node';

export interface TestCounts {
  passed: number;
  failed: number;
  skipped: number;
}

export function closingLine({ passed, failed, skipped }: TestCounts): string {
  return `tests: ${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`;
}

export function countTests(testModules: ReadonlyArray<TestModule>): TestCounts {
  const counts: TestCounts = { passed: 0, failed: 0, skipped: 0 };
  for (const testModule of testModules) {
    // A file that failed before collecting its tests counts as one failure.
    if (testModule.state() === 'failed' && [...testModule.children.allTests()].length === 0) counts.failed += 1;
    for (const test of testModule.children.allTests()) {
      const state = test.result().state;
      if (state === 'passed') counts.passed += 1;
      else if (state === 'failed') counts.failed += 1;
      else counts.skipped += 1;
    }
  }
  return counts;
}

export default class ClosingLineReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    const counts = countTests(testModules);
    counts.failed += unhandledErrors.length;
    process.stdout.write(`\n${closingLine(counts)}\n`);
  }
}
