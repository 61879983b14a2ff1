/**
 * `/julkaisut/<municipality>/<plan>[/<publication>][/data.json|/data.csv]`
 * and `…/saavutettavuusseloste`: the public web's pages and open data,
 * answered without a session, ahead of the web app. Nothing here runs a
 * script, so the policy allows none; a taken-down publication is 410 Gone.
 */
import { Router, type Request, type Response } from 'express';
import { LICENCES } from '../../shared/api/publications';
import { moduleLogger } from '../logging/logger';
import { renderGonePage } from './pageLayout';
import type { PublicationService, Resolved } from './publicationService';
import type { PublicFormat } from './renderCache';
import { PUBLIC_ROOT } from './paths';
import { SLUG_SEGMENT } from './slug';
import { renderStatementPage } from './statementPage';

const log = moduleLogger('publishing');

/** No scripts, nothing from elsewhere; inline styles for the page's one sheet and the table's column widths. */
const PUBLIC_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";
/** Shared caches may keep a page a minute: a taken-down one is gone everywhere within that. */
const CACHE_CONTROL = 'public, max-age=60';
const PUBLICATION_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const FORMATS: Record<string, PublicFormat> = { 'data.json': 'json', 'data.csv': 'csv' };

function sendMissing(res: Response, format: PublicFormat, gone: boolean): void {
  res.status(gone ? 410 : 404).setHeader('Cache-Control', 'no-cache');
  if (format === 'html') res.type('html').send(renderGonePage(gone));
  else res.json({ error: gone ? 'This publication has been taken down' : 'No such publication' });
}

/** Whether the client's copy (If-None-Match) is this one. */
function clientHas(req: Request, etag: string): boolean {
  const given = req.headers['if-none-match'];
  return typeof given === 'string' && given.split(',').some((tag) => tag.trim() === etag || tag.trim() === '*');
}

export function publicRoutes(publications: PublicationService): Router {
  const router = Router();

  async function answer(req: Request, res: Response, slug: string, which: string, format: PublicFormat): Promise<void> {
    const resolved: Resolved = await publications.resolve(slug, which);
    if (resolved.state !== 'up') return sendMissing(res, format, resolved.state === 'gone');
    const file = await publications.file(resolved, format);
    res.setHeader('Cache-Control', CACHE_CONTROL);
    res.setHeader('ETag', file.etag);
    if (format === 'csv') res.setHeader('Link', `<${LICENCES[resolved.publication.licence].url}>; rel="license"`);
    if (clientHas(req, file.etag)) {
      res.status(304).end();
      return;
    }
    res.setHeader('Content-Type', file.contentType);
    res.send(file.bytes);
  }

  async function statement(res: Response, slug: string): Promise<void> {
    const resolved = await publications.resolve(slug, 'latest');
    if (resolved.state !== 'up') return sendMissing(res, 'html', resolved.state === 'gone');
    const { publication } = resolved;
    const planTitle = await publications.titleOf(publication);
    const html = renderStatementPage(publication, planTitle, await publications.store.statement(publication.planId));
    res.setHeader('Cache-Control', 'no-cache');
    res.type('html').send(html);
  }

  router.get(`${PUBLIC_ROOT}/{*rest}`, async (req, res) => {
    res.setHeader('Content-Security-Policy', PUBLIC_CSP);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    // `/julkaisut/<m>/<p>` followed by nothing, `data.json`, `<id>`, `<id>/data.json`, `saavutettavuusseloste`.
    const parts = req.path.slice(PUBLIC_ROOT.length + 1).split('/').filter(Boolean);
    const [municipality = '', plan = '', ...rest] = parts;
    const validSlug = SLUG_SEGMENT.test(municipality) && SLUG_SEGMENT.test(plan);
    const slug = `${municipality}/${plan}`;
    try {
      if (validSlug && rest.length === 0) return await answer(req, res, slug, 'latest', 'html');
      if (validSlug && rest.length === 1 && rest[0] === 'saavutettavuusseloste') return await statement(res, slug);
      if (validSlug && rest.length === 1 && FORMATS[rest[0]!]) return await answer(req, res, slug, 'latest', FORMATS[rest[0]!]!);
      if (validSlug && rest.length === 1 && PUBLICATION_ID.test(rest[0]!)) return await answer(req, res, slug, rest[0]!, 'html');
      if (validSlug && rest.length === 2 && PUBLICATION_ID.test(rest[0]!) && FORMATS[rest[1]!]) return await answer(req, res, slug, rest[0]!, FORMATS[rest[1]!]!);
      sendMissing(res, rest.at(-1)?.startsWith('data.') ? 'json' : 'html', false);
    } catch (error) {
      log.error({ err: error, path: req.path }, 'a public page could not be served');
      res.status(500).setHeader('Cache-Control', 'no-store');
      res.type('text/plain').send('Sivua ei voitu näyttää juuri nyt. Yritä hetken kuluttua uudelleen.');
    }
  });

  return router;
}
