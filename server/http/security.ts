import helmet from 'helmet';

/**
 * Security headers for every response. The app loads nothing from other
 * origins; inline styles stay allowed because the editor (ProseMirror) and
 * React set style attributes.
 */
export const securityHeaders = helmet({
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:', 'blob:'],
      fontSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
  },
  // Plain http on a municipality's intranet is possible; HSTS is for the TLS proxy to set.
  strictTransportSecurity: false,
  crossOriginEmbedderPolicy: false,
});
