import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { Router, type Request } from 'express';

/** Vite names every built script and style after its content: a changed file is a new name. */
const ASSETS = '/assets/';
/** What the server answers itself; a path under these is never a page of the app. */
const NOT_PAGES = /^\/(?:api|collab|assets)(?:\/|$)/;

/**
 * A page of the app (`/plans/<id>/report`, `/groups`, `/`): a request a
 * browser makes for HTML, for a path that is neither the server's own nor a
 * file (a last segment with a dot, such as `/favicon.ico`).
 */
function isPageRequest(req: Request): boolean {
  if (NOT_PAGES.test(req.path)) return false;
  if (/\.[^/]*$/.test(req.path)) return false;
  return req.accepts('html') === 'html';
}

/**
 * Serves the built web app. Its pages are ordinary paths handled in the
 * browser (client/src/routing), so each of them answers with index.html
 * (a history fallback); an unknown file or a non-HTML request is a 404.
 */
export function webAppRouter(clientDir: string): Router {
  const router = Router();
  const index = join(clientDir, 'index.html');
  if (!existsSync(index)) {
    router.use((_req, res) => {
      res.status(503).type('text/plain').send('The web app is not built yet: run `npm run build`.');
    });
    return router;
  }
  router.use(
    express.static(clientDir, {
      index: false,
      maxAge: '1h',
      setHeaders: (res, path) => {
        // The offline shell's service worker (client/public): checked on every visit, so a new deployment's is used.
        if (path.endsWith('offline-sw.js')) res.setHeader('Cache-Control', 'no-cache');
        // Never changes under its name: kept for a year, and not even revalidated.
        else if (path.startsWith(join(clientDir, ASSETS))) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
      },
    }),
  );
  router.get('/{*path}', (req, res, next) => {
    if (!isPageRequest(req)) {
      next();
      return;
    }
    // Revalidated every time: it names the current build's assets.
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  router.use((_req, res) => {
    res.status(404).type('text/plain').send('Not found');
  });
  return router;
}
