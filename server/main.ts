// `npm run class`: builds the game when dist/ is missing or older than its sources, starts the hub
// on PORT (8080 unless told) and prints the addresses the class can open.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { staleBuild } from './build-check';
import { buildGame, viteBuild } from './build-game';
import { startHub } from './hub';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const dist = resolve(root, process.env.CLASS_DIST ?? 'dist');
const stateDir = resolve(root, process.env.CLASS_STATE_DIR ?? '.class-sessions');
const port = Number(process.env.PORT ?? 8080);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT=${process.env.PORT} is not a port number (0–65535).`);
  process.exit(2);
}

const stale = process.env.CLASS_NO_BUILD === '1' ? null : staleBuild(root, dist);
if (stale) {
  console.log(`Building the game first (${stale}); this takes a minute…`);
  const outcome = buildGame(dist, viteBuild(root));
  if (outcome === 'kept') console.error(`The build failed (see above); the hub serves the previous build in ${dist}.`);
  if (outcome === 'none') {
    console.error('The build failed (see above); the hub did not start.');
    process.exit(1);
  }
}

// Every interface unless HOST names one (e.g. HOST=192.168.1.20, or 127.0.0.1 for this PC only).
const host = process.env.HOST ?? '0.0.0.0';
const allowedHosts = (process.env.CLASS_HOSTS ?? '').split(',').map((h) => h.trim()).filter(Boolean);
try {
  const hub = await startHub({ port, host, dist, stateDir, allowedHosts });
  const storage = hub.storage();
  const lines = [
    '',
    '识破 · See Through It — class session hub (课堂联机)',
    `  On this PC, for the projector:  http://localhost:${hub.port}/?mode=projector`,
    ...(hub.addresses.length
      ? ['  Students open one of:', ...hub.addresses.map((a) => `    ${a}`)]
      : ['  No network found: only this PC can open the game. Connect to the school network and restart.']),
    host === '0.0.0.0' ? '  Listening on every network interface of this PC (HOST=<address> listens on one).' : `  Listening on ${host} only.`,
    `  Sessions are saved in ${stateDir} (readable by this account only; removed when the teacher removes a session, or a day after it ended)`,
    ...(storage.ok ? [] : [`  WARNING: that folder does not take files (${storage.error}): nothing will be saved until it does. Set CLASS_STATE_DIR to another folder.`]),
    '  Ctrl+C stops the hub; started again, it resumes every session.',
    `listening on port ${hub.port}`,
    '',
  ];
  console.log(lines.join('\n'));
  const stop = () => {
    void hub.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (e) {
  const error = e as NodeJS.ErrnoException;
  if (error.code === 'EADDRINUSE') console.error(`Port ${port} is in use. Start with another: PORT=8081 npm run class`);
  else console.error(error);
  process.exit(1);
}
