// A plain static file server with no dependencies and no SPA fallback: the shape of an
// agency's server. Serves ROOT under PREFIX (e.g. /kinerja/), optionally with a strict
// Content-Security-Policy header.
// Usage: node .ci/static-server.mjs --root dist --port 8080 [--prefix /kinerja/] [--csp]
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] && !args[i + 1].startsWith('--') ? args[i + 1] : dflt;
};
const root = path.resolve(opt('root', 'dist'));
const port = Number(opt('port', '8080'));
const host = opt('host', '127.0.0.1');
let prefix = opt('prefix', '/');
if (!prefix.endsWith('/')) prefix += '/';
const csp = args.includes('--csp');
// --gzip: compress text and wasm for clients that accept it, as an agency's nginx would
// (`gzip on`); used by the Lighthouse benchmark so it measures a realistic transfer.
const gzip = args.includes('--gzip');

const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm', '.json': 'application/json',
  '.webmanifest': 'application/manifest+json', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.ico': 'image/x-icon', '.txt': 'text/plain; charset=utf-8',
};

const server = http.createServer((req, res) => {
  const headers = csp ? { 'Content-Security-Policy': CSP } : {};
  const url = new URL(req.url, 'http://x');
  const pathname = decodeURIComponent(url.pathname);
  if (pathname === prefix.slice(0, -1)) {
    res.writeHead(301, { ...headers, Location: prefix });
    return res.end();
  }
  if (!pathname.startsWith(prefix)) {
    res.writeHead(404, headers);
    return res.end('not found');
  }
  let file = path.join(root, pathname.slice(prefix.length));
  if (!file.startsWith(root)) {
    res.writeHead(403, headers);
    return res.end('forbidden');
  }
  fs.stat(file, (err, st) => {
    if (!err && st.isDirectory()) file = path.join(file, 'index.html');
    fs.readFile(file, (err2, data) => {
      if (err2) {
        res.writeHead(404, headers);
        return res.end('not found');
      }
      const type = TYPES[path.extname(file)] || 'application/octet-stream';
      const plain = { ...headers, 'Content-Type': type, 'Cache-Control': 'no-cache' };
      if (gzip && /\bgzip\b/.test(req.headers['accept-encoding'] || '') && !/^image\/png/.test(type)) {
        const body = zlib.gzipSync(data, { level: 6 });
        res.writeHead(200, { ...plain, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
        return res.end(req.method === 'HEAD' ? undefined : body);
      }
      res.writeHead(200, plain);
      res.end(req.method === 'HEAD' ? undefined : data);
    });
  });
});
server.listen(port, host, () => {
  // Port 0 picks a free port; tests read the real one from this line.
  const actual = server.address().port;
  console.log(`KinerjaKu: http://${host}:${actual}${prefix}  (root ${root}${csp ? ', with CSP' : ''})`);
});
