/**
 * Builds that several processes share one dist/ folder with, none ever
 * deleting another's (two services started together from one checkout, a
 * test beside a running server, a rebuild while the old build still runs).
 *
 * - A build is made in a fresh temporary folder and renamed into place in one
 *   step, so a half-written build is never seen. Two processes building the
 *   same sources at once both succeed: the second rename finds the first's
 *   folder there and its own copy is discarded (they are the same).
 * - The server's builds are versioned, `dist/server-<hash>/`, and
 *   `dist/server` is a symlink to the current one, replaced atomically
 *   (a new link renamed over the old). Node resolves the symlink when it loads
 *   `dist/server/main.js`, so a running process keeps its own folder (its
 *   workers and migrations included) when the link moves on.
 * - A running server writes `pids/<pid>` into its build folder
 *   (`server/runtimeFiles.ts`). An old build is deleted only when it is not
 *   among the newest `KEEP`, the link does not point to it, and no pid file in
 *   it names a living process. Keeping the newest few also covers the moment
 *   between `npm start` reading the link and the new process writing its pid.
 */
import { randomBytes } from 'node:crypto';
import { lstatSync, readFileSync, readdirSync, readlinkSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, rename, rm, symlink } from 'node:fs/promises';
import { join } from 'node:path';

const KEEP = 3;
/** A temporary folder older than this was left by a build that died. */
const ABANDONED_MS = 3600_000;

const suffix = () => randomBytes(6).toString('hex');

/**
 * Makes a build of `kind` in a fresh folder in `distDir` with `make(folder)`
 * and returns that folder; a failed build leaves nothing behind.
 */
export async function buildInFreshFolder(distDir, kind, make) {
  await mkdir(distDir, { recursive: true });
  const folder = await mkdtemp(join(distDir, `.building-${kind}-`));
  try {
    // mkdtemp makes it private; the service may run as another user than the one who built.
    await chmod(folder, 0o755);
    await make(folder);
    return folder;
  } catch (error) {
    await rm(folder, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Renames the finished build `from` to `to`. Returns false (and removes
 * `from`) when another process has put an identical build there meanwhile.
 */
export async function moveIntoPlace(from, to) {
  try {
    await rename(from, to);
    return true;
  } catch (error) {
    if (error.code !== 'ENOTEMPTY' && error.code !== 'EEXIST') throw error;
    await rm(from, { recursive: true, force: true });
    return false;
  }
}

/** Points the symlink `distDir/<link>` at `target` (a sibling folder's name) in one rename. */
export async function pointLink(distDir, link, target) {
  const path = join(distDir, link);
  const current = lstatOrNull(path);
  if (current?.isSymbolicLink() && readlinkSync(path) === target) return;
  // A real folder in the link's place (an older layout) is set aside first: rename cannot replace a folder with a link.
  if (current && !current.isSymbolicLink()) await moveToTrash(distDir, link);
  const fresh = join(distDir, `.link-${link}-${suffix()}`);
  await symlink(target, fresh);
  await rename(fresh, path);
}

/** Deletes the `<prefix><hash>` builds that nothing uses any more (see the top of this file). */
export async function removeUnusedBuilds(distDir, prefix, current) {
  const builds = readdirSync(distDir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && e.name.startsWith(prefix))
    .map((e) => ({ name: e.name, builtAt: builtAt(join(distDir, e.name)) }))
    .sort((a, b) => b.builtAt - a.builtAt);
  for (const [index, build] of builds.entries()) {
    if (build.name === current || index < KEEP || hasLivingProcess(join(distDir, build.name))) continue;
    await moveToTrash(distDir, build.name);
  }
  for (const entry of readdirSync(distDir)) {
    if (!entry.startsWith('.')) continue;
    const path = join(distDir, entry);
    const abandoned = entry.startsWith('.trash-') || Date.now() - (lstatOrNull(path)?.mtimeMs ?? Date.now()) > ABANDONED_MS;
    if (abandoned) await rm(path, { recursive: true, force: true });
  }
}

function builtAt(folder) {
  try {
    return Date.parse(JSON.parse(readFileSync(join(folder, 'build.json'), 'utf8')).builtAt) || 0;
  } catch {
    return 0;
  }
}

function hasLivingProcess(folder) {
  let names;
  try {
    names = readdirSync(join(folder, 'pids'));
  } catch (error) {
    // Gone (another builder removed it) means unused; unreadable means we cannot know, so keep it.
    return error.code !== 'ENOENT';
  }
  return names.some((name) => /^\d+$/.test(name) && isAlive(Number(name)));
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return error.code === 'EPERM';
  }
}

/** Renamed first, so that a half-deleted folder never looks like a build; another builder may have taken it already. */
async function moveToTrash(distDir, name) {
  const trash = join(distDir, `.trash-${name}-${suffix()}`);
  try {
    await rename(join(distDir, name), trash);
  } catch (error) {
    if (error.code === 'ENOENT') return;
    throw error;
  }
  await rm(trash, { recursive: true, force: true });
}

function lstatOrNull(path) {
  try {
    return lstatSync(path);
  } catch {
    return null;
  }
}
