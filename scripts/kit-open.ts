// In the class kit (scripts/kit.ts), started beside the hub by the start file: waits until the hub
// answers on this PC, then opens the projector page in the PC's default browser, and exits. The
// hub itself prints the addresses for the students. KIT_NO_OPEN=1 only waits (the kit's test).
import { spawn } from 'node:child_process';
import { request } from 'node:http';

const port = Number(process.env.PORT ?? 8080);
const url = `http://localhost:${port}/?mode=projector`;

const answers = () =>
  new Promise<boolean>((resolve) => {
    const req = request(url, { method: 'HEAD', timeout: 1000 }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => {
      req.destroy();
      resolve(false);
    });
    req.end();
  });

function open(address: string): void {
  // Windows: `start` is a command of cmd.exe, its first quoted argument the window's title.
  const [command, args] = process.platform === 'win32' ? ['cmd.exe', ['/c', 'start', '""', address]] : process.platform === 'darwin' ? ['open', [address]] : ['xdg-open', [address]];
  const child = spawn(command, args as string[], { stdio: 'ignore', detached: true, windowsVerbatimArguments: process.platform === 'win32' });
  child.on('error', () => console.log(`Open ${address} in the browser (no browser could be opened from here).`));
  child.unref();
}

const started = Date.now();
for (;;) {
  if (await answers()) break;
  if (Date.now() - started > 60_000) {
    console.log(`The hub did not answer on port ${port} within a minute; see its messages above.`);
    process.exit(1);
  }
  await new Promise((resolve) => setTimeout(resolve, 250));
}
if (process.env.KIT_NO_OPEN !== '1') open(url);
