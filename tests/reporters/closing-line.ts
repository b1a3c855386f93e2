/**
 * A vitest reporter that ends the run with one plain line, `N passed, N failed`
 * (`, N skipped` when there are any), after vitest's own coloured summary.
 *
 * Why: CI systems and log readers that do not know vitest's summary format look for
 * that plain line, alone and unprefixed, to tell a run that executed tests from one
 * that executed none.
 */
import type { Reporter, TestModule } from 'vitest/node';

export interface TestCounts {
  passed: number;
  failed: number;
  skipped: number;
}

export function closingLine({ passed, failed, skipped }: TestCounts): string {
  return `${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`;
}

export function countTests(testModules: ReadonlyArray<TestModule>): TestCounts {
  const counts: TestCounts = { passed: 0, failed: 0, skipped: 0 };
  for (const testModule of testModules) {
    let failedTests = 0;
    for (const test of testModule.children.allTests()) {
      const state = test.result().state;
      if (state === 'passed') counts.passed += 1;
      else if (state === 'failed') failedTests += 1;
      else counts.skipped += 1;
    }
    // Errors outside any test (collection, a beforeAll or afterAll hook) fail the run
    // as vitest's "Failed Suites" do, so each counts as a failure; a file that failed
    // without saying why counts once.
    const suiteErrors = [testModule, ...testModule.children.allSuites()].reduce((sum, suite) => sum + suite.errors().length, 0);
    counts.failed += failedTests + suiteErrors + (testModule.state() === 'failed' && failedTests + suiteErrors === 0 ? 1 : 0);
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
