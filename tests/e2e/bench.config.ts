import { defineConfig } from '@playwright/test';
import path from 'node:path';
import { PORT, chromiumArgs } from './playwright.config';

// DIST names another build to measure (e.g. an older commit's dist/ for a before/after).
export const DIST = path.resolve(process.env.DIST || '../../dist');

// `make bench`: first load per role, keystroke latency and import throughput in Chromium.
// Prints figures; asserts no time.
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
      command: `node ../../.ci/static-server.mjs --root ${DIST} --prefix /kinerja/ --port ${PORT}`,
      url: `http://127.0.0.1:${PORT}/kinerja/`,
      reuseExistingServer: false,
    },
  ],
});
