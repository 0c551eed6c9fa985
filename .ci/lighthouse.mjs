// `make bench`: Lighthouse (mobile, its default simulated slow 4G and 4x CPU slowdown) on the
// home screen of the release build, served under a sub-path with gzip like an agency's
// server. Prints the performance score and its main metrics; asserts nothing.
// Usage: node .ci/lighthouse.mjs DIST   (needs `lighthouse` on PATH and /usr/bin/chromium)
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const dist = path.resolve(process.argv[2] || 'dist');
const here = path.dirname(new URL(import.meta.url).pathname);
const server = spawn('node', [path.join(here, 'static-server.mjs'), '--root', dist, '--prefix', '/kinerja/',
  '--port', '0', '--gzip'], { stdio: ['ignore', 'pipe', 'inherit'] });
const url = await new Promise((resolve, reject) => {
  let buf = '';
  server.stdout.on('data', (d) => {
    buf += d;
    const m = buf.match(/(http:\/\/127\.0\.0\.1:\d+\/kinerja\/)/);
    if (m) resolve(m[1]);
  });
  server.on('exit', (c) => reject(new Error(`static server exited with ${c}`)));
});
const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'lh-')), 'report.json');
try {
  execFileSync('lighthouse', [url, '--quiet', '--form-factor=mobile', '--only-categories=performance',
    '--output=json', `--output-path=${out}`,
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking'],
  { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' } });
  const r = JSON.parse(fs.readFileSync(out, 'utf8'));
  const a = r.audits;
  const ms = (id) => `${Math.round(a[id].numericValue)} ms`;
  console.log(`lighthouse: mobile performance score ${Math.round(r.categories.performance.score * 100)} `
    + `(FCP ${ms('first-contentful-paint')}, LCP ${ms('largest-contentful-paint')}, `
    + `TBT ${ms('total-blocking-time')}, SI ${ms('speed-index')}, CLS ${a['cumulative-layout-shift'].numericValue.toFixed(3)}) `
    + `at ${url}`);
} finally {
  server.kill('SIGTERM');
}
