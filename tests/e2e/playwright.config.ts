import { defineConfig, devices } from '@playwright/test';

// The release build (dist/) served by a plain static server under a sub-path, as an
// agency would host it; a second server adds a strict Content-Security-Policy header.
export const PORT = 8123;
export const CSP_PORT = 8124;
const server = (port: number, extra = '') =>
  `node ../../.ci/static-server.mjs --root ../../dist --prefix /kinerja/ --port ${port} ${extra}`;

export const chromiumArgs = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic',
];

export default defineConfig({
  testDir: './specs',
  outputDir: './test-results',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  workers: 2,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/kinerja/`,
    launchOptions: { executablePath: '/usr/bin/chromium', args: chromiumArgs },
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], channel: undefined } },
    {
      name: 'phone',
      use: {
        viewport: { width: 360, height: 740 },
        deviceScaleFactor: 2,
        isMobile: true,
        hasTouch: true,
        userAgent: devices['Pixel 7'].userAgent,
      },
    },
  ],
  webServer: [
    { command: server(PORT), url: `http://127.0.0.1:${PORT}/kinerja/`, reuseExistingServer: false },
    { command: server(CSP_PORT, '--csp'), url: `http://127.0.0.1:${CSP_PORT}/kinerja/`, reuseExistingServer: false },
  ],
});
