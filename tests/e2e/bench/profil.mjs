// Summarises a .cpuprofile written by the agency bench (PROFIL=<dir>):
//   node bench/profil.mjs <file> [n]            the n functions with the most self time
//   node bench/profil.mjs <file> [n] RE...      and the time spent inside any function whose
//                                               name matches each RE (inclusive, counted once)
// Function names are the wasm's own only in a build that keeps them (KK_NAMA=1 trunk build).
import fs from 'node:fs';

const [berkas, nArg, ...pola] = process.argv.slice(2);
if (!berkas) {
  console.error('usage: node bench/profil.mjs <file.cpuprofile> [n] [regex...]');
  process.exit(2);
}
const p = JSON.parse(fs.readFileSync(berkas, 'utf8'));
const n = Number(nArg ?? 25);
const simpul = new Map(p.nodes.map((x) => [x.id, x]));
const induk = new Map();
for (const x of p.nodes) for (const c of x.children ?? []) induk.set(c, x.id);
// Each sample's time is the gap to the next sample.
const waktu = new Map();
for (let i = 0; i < p.samples.length; i++) {
  const dt = (p.timeDeltas[i + 1] ?? 0) / 1000;
  waktu.set(p.samples[i], (waktu.get(p.samples[i]) ?? 0) + dt);
}
const nama = (x) => x.callFrame.functionName || `(${x.callFrame.url.split('/').pop() || 'anonymous'})`;
const total = [...waktu.values()].reduce((a, b) => a + b, 0);
const idle = [...waktu].filter(([id]) => nama(simpul.get(id)) === '(idle)').reduce((a, [, t]) => a + t, 0);
const sendiri = new Map();
for (const [id, t] of waktu) {
  const k = nama(simpul.get(id));
  sendiri.set(k, (sendiri.get(k) ?? 0) + t);
}
const ms = (t) => `${t.toFixed(0).padStart(7)} ms`;
console.log(`${berkas}: ${ms(total)} sampled, ${ms(total - idle)} busy`);
for (const [k, t] of [...sendiri].sort((a, b) => b[1] - a[1]).slice(0, n)) {
  console.log(`${ms(t)} ${(100 * t / total).toFixed(1).padStart(5)} %  ${k.slice(0, 110)}`);
}
for (const re of pola.map((s) => new RegExp(s))) {
  let t = 0;
  for (const [id, dt] of waktu) {
    // Counted once however deep the stack matches.
    for (let x = id; x !== undefined; x = induk.get(x)) {
      if (re.test(nama(simpul.get(x)))) { t += dt; break; }
    }
  }
  console.log(`inside /${re.source}/: ${ms(t)} ${(100 * t / total).toFixed(1)} %`);
}
