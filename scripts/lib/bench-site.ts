/**
 * What the browser benchmarks share: the built site served by `vite preview`, and Debian's Chromium driven
 * headless with the flags the e2e tests use (no browser download, nothing fetched from elsewhere).
 */
import { execSync, spawn, type ChildProcess } from 'node:child_process';
import { chromium, type Browser } from 'playwright-core';

/** The preview server's start-up time varies with the machine's load: poll until it answers. */
async function waitForServer(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`bench: no server answered at ${url} within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Builds the site (unless `--no-build`), serves it on `port` and waits for it; returns what stops the server. */
export async function serveBuiltSite(port: number): Promise<() => void> {
  if (!process.argv.includes('--no-build')) execSync('npm run build', { stdio: 'inherit' });
  const server: ChildProcess = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort'], { stdio: 'ignore', detached: true });
  const stop = () => {
    if (server.pid) process.kill(-server.pid);
  };
  const url = `http://localhost:${port}/`;
  try {
    await waitForServer(url);
  } catch (error) {
    stop();
    throw error;
  }
  return stop;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync']
  });
}
