import { defineConfig } from '@playwright/test';
import { PORT, chromiumArgs } from './playwright.config';

// `make bench`: import throughput of large bundles in Chromium. Prints figures; asserts no time.
export default defineConfig({
  testDir: './bench',
  testMatch: '**/*.bench.ts',
  outputDir: './test-results-bench',
  timeout: 600_000,
  expect: { timeout: 300_000 },
  workers: 1,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/kinerja/`,
    viewport: { width: 1280, height: 800 },
    launchOptions: { executablePath: '/usr/bin/chromium', args: chromiumArgs },
  },
  webServer: [
    {
      command: `node ../../.ci/static-server.mjs --root ../../dist --prefix /kinerja/ --port ${PORT}`,
      url: `http://127.0.0.1:${PORT}/kinerja/`,
      reuseExistingServer: false,
    },
  ],
});
