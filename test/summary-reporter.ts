import type { Reporter, TestCase, TestModule } from 'vitest/node';

/** Whether a suite or the file around the test failed (a failing `beforeAll` skips its tests). */
function failedAround(test: TestCase): boolean {
  let parent = test.parent;
  while (parent.type === 'suite') {
    if (parent.state() === 'failed') return true;
    parent = parent.parent;
  }
  return parent.state() === 'failed';
}

/**
 * Prints one plain closing line, `N passed, N failed` (with `, N skipped` when any were),
 * so that CI can read how many tests ran whatever it knows of Vitest's own output. A test
 * skipped because its suite's hook failed counts as failed, as does a file that failed
 * before any test ran and an unhandled error: none of them may read as a green run.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(
    testModules: ReadonlyArray<TestModule>,
    unhandledErrors: ReadonlyArray<unknown> = [],
  ): void {
    let passed = 0;
    let failed = unhandledErrors.length;
    let skipped = 0;
    for (const module of testModules) {
      const tests = [...module.children.allTests()];
      if (tests.length === 0 && module.state() === 'failed') failed++;
      for (const test of tests) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed' || failedAround(test)) failed++;
        else skipped++;
      }
    }
    const tail = skipped > 0 ? `, ${skipped} skipped` : '';
    process.stdout.write(`\n${passed} passed, ${failed} failed${tail}\n`);
  }
}
