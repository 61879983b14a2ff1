import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { Router } from 'express';

/** Serves the built web app; every other path gets index.html so that client routes survive a reload. */
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
      // The offline shell's service worker (client/public): checked on every visit, so a new deployment's is used.
      setHeaders: (res, path) => {
        if (path.endsWith('offline-sw.js')) res.setHeader('Cache-Control', 'no-cache');
      },
    }),
  );
  router.get('/{*path}', (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return router;
}
