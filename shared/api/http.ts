/**
 * What the browser and the server agree on besides the JSON shapes. No zod
 * here: the client loads this module at run time.
 */

/**
 * Cookie-authenticated changes (POST, PUT, PATCH, DELETE) must carry
 * `X-Requested-With: hyte`. Another site cannot set a custom header without
 * CORS, so this keeps cross-site forms and fetches out (the CSRF guard).
 */
export const CSRF_HEADER = 'x-requested-with';
export const CSRF_VALUE = 'hyte';

/** The collaboration socket's path on the server's own origin (`ws[s]://host/collab`). */
export const COLLAB_PATH = '/collab';
