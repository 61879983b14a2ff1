import { randomBytes, randomUUID } from 'node:crypto';
import type { Config } from '../config';
import type { PlanCreation } from '../plans/planCreation';
import type { AppStore } from '../storage/appStore';
import { createUser } from '../users/userService';
import { PORVOO_DEMO } from '../../shared/demo/porvoo';
import { moduleLogger } from '../logging/logger';

const log = moduleLogger('first-start');

const DEFAULT_ADMIN_EMAIL = 'admin@hyte.local';
export const DEMO_GROUP_NAME = 'Hyvinvoinnin ja terveyden edistämisen ohjausryhmä (Hyry)';

/** On an empty DATA_DIR: the administrator and, unless SEED_DEMO=0, the Porvoo demo plan. */
export async function firstStart(config: Config, store: AppStore, plans: PlanCreation): Promise<void> {
  if ((await store.users.count()) > 0) return;
  const email = config.adminEmail ?? DEFAULT_ADMIN_EMAIL;
  const password = config.adminPassword ?? randomBytes(12).toString('base64url');
  const admin = await createUser(store.users, { email, name: 'Pääkäyttäjä', password, isAdmin: true });
  if (!config.adminPassword) {
    // Shown once, on the terminal (stderr) and never in the JSON log: it is stored only as a hash.
    process.stderr.write(`\nAdministrator created: ${email} / ${password}\nStore this password now; it is not shown again.\n\n`);
  }
  log.info({ email, generatedPassword: !config.adminPassword }, 'administrator created');
  if (config.seedDemo) {
    // The demo plan belongs to a steering group, as every real plan does, with the administrator as chair.
    const group = { id: randomUUID(), name: DEMO_GROUP_NAME, createdAt: new Date().toISOString() };
    await store.groups.create(group);
    await store.memberships.put({ groupId: group.id, userId: admin.id, role: 'chair', title: '', unit: '', deputy: false, expert: false });
    await plans.create({ title: PORVOO_DEMO.title, groupId: group.id, createdBy: admin.id, demo: true });
    log.info({ title: PORVOO_DEMO.title }, 'demo plan created');
  }
}
