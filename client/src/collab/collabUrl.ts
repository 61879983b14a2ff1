import { COLLAB_PATH } from '../../../shared/api/http';

/** The collaboration socket lives on the page's own origin, under `COLLAB_PATH`. */
export function collabUrl(loc: Location = location): string {
  const scheme = loc.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${loc.host}${COLLAB_PATH}`;
}
