// Trunk post_build hook (runs in $TRUNK_STAGING_DIR before dist/ is replaced).
// 0. Points the loader in index.html at the wasm folder of this build (w-<hash>/, written by
//    .ci/build-wasm.sh) and adds preload hints, so the glue, the split loader and the main
//    wasm download in parallel instead of one after another.
// 1. Moves the inline loader <script> into a hashed file, so the app runs under a CSP
//    of script-src 'self' 'wasm-unsafe-eval' with no 'unsafe-inline'.
// 2. Writes the build id and the precache list of every built file into sw.js, so the
//    list is never maintained by hand and every build gets a new service worker.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('postbuild: TRUNK_STAGING_DIR is not set (run through trunk)');
  process.exit(1);
}
const sha = (data) => crypto.createHash('sha256').update(data).digest('hex');

const indexPath = path.join(dir, 'index.html');
let html = fs.readFileSync(indexPath, 'utf8');
const wasmDirs = fs.readdirSync(dir).filter((f) => /^w-[0-9a-f]{16}$/.test(f));
if (wasmDirs.length !== 1 || !html.includes('./@W@/')) {
  console.error(`postbuild: expected one w-<hash>/ folder and the @W@ loader, found ${wasmDirs.length}`);
  process.exit(1);
}
const w = wasmDirs[0];
html = html.split('./@W@/').join(`./${w}/`);
const hints = [
  `<link rel="modulepreload" href="./${w}/kinerjaku.js">`,
  `<link rel="modulepreload" href="./${w}/__wasm_split.js">`,
  `<link rel="preload" href="./${w}/kinerjaku_bg.wasm" as="fetch" type="application/wasm" crossorigin>`,
].join('\n  ');
html = html.replace('</head>', `  ${hints}\n</head>`);
let moved = 0;
html = html.replace(/<script\b([^>]*)>([\s\S]*?)<\/script>/g, (whole, attrs, body) => {
  if (/\bsrc\s*=/.test(attrs) || body.trim() === '') return whole;
  const name = `boot-${sha(body).slice(0, 16)}.js`;
  fs.writeFileSync(path.join(dir, name), body);
  moved += 1;
  const kept = attrs.replace(/\s*nonce="[^"]*"/g, '');
  return `<script${kept} src="./${name}"></script>`;
});
if (/<script\b(?![^>]*\bsrc=)[^>]*>\s*\S/.test(html)) {
  console.error('postbuild: an inline script is left in index.html; CSP would block it');
  process.exit(1);
}
fs.writeFileSync(indexPath, html);

const files = [];
const walk = (d) => {
  for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
    const full = path.join(d, entry.name);
    if (entry.isDirectory()) walk(full);
    else files.push(path.relative(dir, full).split(path.sep).join('/'));
  }
};
walk(dir);
const assets = files.filter((f) => f !== 'sw.js' && f !== 'index.html').sort();
const build = sha(assets.concat('index.html').map((f) => f + '\0' + sha(fs.readFileSync(path.join(dir, f)))).join('\n')).slice(0, 16);
const precache = ['./', ...assets];
const swPath = path.join(dir, 'sw.js');
const sw = fs.readFileSync(swPath, 'utf8');
const header = `const BUILD = ${JSON.stringify(build)};\nconst PRECACHE = ${JSON.stringify(precache, null, 2)};\n`;
fs.writeFileSync(swPath, header + sw);
console.log(`postbuild: ${moved} inline script(s) externalised; sw.js precaches ${precache.length} entries, build ${build}`);
