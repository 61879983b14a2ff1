// The web app the browser benchmark loads: built from the working tree into a folder of its own and
// served to Chromium from there, whatever dist/ holds at the moment (other builds replace it at any
// time). The API and the socket are the real server's.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { ROOT } from './processes';

/** Builds the web app (Vite, production) into `dir`. */
export function buildClient(dir: string): void {
  const vite = join(ROOT, 'node_modules/vite/bin/vite.js');
  const built = spawnSync(process.execPath, [vite, 'build', '--outDir', dir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (built.status !== 0) throw new Error('browser benchmark: the web app did not build');
}

/**
 * Debian's Chromium with the flags of tests/support/browser.ts, and Local Network Access checks off:
 * a page served through `serveClient` has no address of its own to Chromium, which then refuses its
 * socket to the server on 127.0.0.1.
 */
export function launchBenchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-features=LocalNetworkAccessChecks',
    ],
  });
}

const SERVER_PATHS = /^\/(?:api|collab)(?:\/|$)/;

/**
 * Answers the context's requests for the app's files and pages from `dir`, as server/http/webApp.ts
 * does (a page path gets index.html). Service workers must be blocked in the context: requests they
 * make are not routed.
 */
export async function serveClient(context: BrowserContext, baseUrl: string, dir: string): Promise<void> {
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`browser benchmark: no web app in ${dir}`);
  const origin = new URL(baseUrl).origin;
  await context.route(
    (url) => url.origin === origin && !SERVER_PATHS.test(url.pathname),
    async (route) => {
      const { pathname } = new URL(route.request().url());
      const file = join(dir, normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, ''));
      if (existsSync(file) && statSync(file).isFile()) return route.fulfill({ path: file });
      // A file that is not there is a 404; any other path is a page of the app.
      if (/\.[^/]*$/.test(pathname)) return route.fulfill({ status: 404, body: 'Not found' });
      return route.fulfill({ path: join(dir, 'index.html') });
    },
  );
}
