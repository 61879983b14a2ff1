/** The collaboration socket lives on the page's own origin, under /collab. */
export function collabUrl(loc: Location = location): string {
  const scheme = loc.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${loc.host}/collab`;
}

export function planDocumentName(planId: string): string {
  return `plan:${planId}`;
}
