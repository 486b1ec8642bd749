import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

/** Whether the Electron binary is installed (it downloads on first start, so often it is not). */
function electronBinaryPresent(): boolean {
  const pathFile = join(__dirname, 'node_modules', 'electron', 'path.txt');
  if (!existsSync(pathFile)) return false;
  return existsSync(
    join(__dirname, 'node_modules', 'electron', 'dist', readFileSync(pathFile, 'utf8')),
  );
}

/** Unit tests run in Node; end-to-end tests drive the built renderer in Chromium one file at a time. */
export default defineConfig({
  test: {
    reporters: ['default', './test/summary-reporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
          exclude: ['test/e2e/**', 'test/electron-e2e/**'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      // The desktop journey through the real shell, where the Electron binary is present.
      ...(electronBinaryPresent()
        ? [
            {
              test: {
                name: 'electron',
                include: ['test/electron-e2e/**/*.test.ts'],
                environment: 'node',
                testTimeout: 120_000,
                hookTimeout: 120_000,
                fileParallelism: false,
              },
            },
          ]
        : []),
    ],
  },
});
