/**
 * `npm start`: builds the default corpus's graph and the site, then serves it and says where, plainly. A
 * browser is opened only where there is a screen to open it on; headless (a server, a container) the address
 * is printed for any browser that can reach it. PORT chooses the port (default 4173).
 */
import { execSync, spawn } from 'node:child_process';

const PORT = Number(process.env.PORT ?? 4173);
const URL_ROOT = `http://localhost:${PORT}/`;
const hasScreen = process.platform === 'darwin' || process.platform === 'win32' || !!(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

execSync('npm run graph', { stdio: 'inherit' });
execSync('npm run build', { stdio: 'inherit' });

const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort', ...(hasScreen ? ['--open'] : [])], { stdio: 'inherit' });
server.on('exit', (code) => process.exit(code ?? 1));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));

async function announce(): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(URL_ROOT)).ok) {
        const how = hasScreen ? 'opening it in your browser' : 'no screen here: open it in a browser that can reach this machine';
        console.log(`\n  Concept-graph explorer: ${URL_ROOT}\n  (${how}; Ctrl+C stops the server)\n`);
        return;
      }
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  console.error(`start: the preview server did not answer at ${URL_ROOT} within 60 s`);
}

void announce();
