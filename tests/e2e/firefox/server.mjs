// Starts .ci/static-server.mjs on a free port serving `root` under /kinerja/, as the
// Playwright helper startServer does, so the walk-through can stop it midway (offline).
import { spawn } from 'node:child_process';
import path from 'node:path';

export async function startServer(repo, root) {
  const proc = spawn(process.execPath, [path.join(repo, '.ci/static-server.mjs'), '--root', root,
    '--prefix', '/kinerja/', '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise((resolve, reject) => {
    let buf = '';
    proc.stdout.on('data', (d) => {
      buf += d.toString();
      const m = buf.match(/(http:\/\/127\.0\.0\.1:\d+\/kinerja\/)/);
      if (m) resolve(m[1]);
    });
    proc.on('exit', (code) => reject(new Error(`static server exited with ${code}`)));
  });
  const stop = () => new Promise((resolve) => {
    if (proc.exitCode !== null || proc.signalCode !== null) return resolve();
    proc.once('exit', () => resolve());
    proc.kill('SIGTERM');
  });
  return { url, stop };
}
