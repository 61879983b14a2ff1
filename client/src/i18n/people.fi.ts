import { adminFi } from './admin.fi';
import { feedbackFi } from './feedback.fi';
import { groupsFi } from './groups.fi';
import { inviteFi } from './invite.fi';

/** Users, groups and invites: registered in fi.ts as one spread, so that file needs one line for them. */
export const peopleFi = {
  admin: adminFi,
  feedback: feedbackFi,
  groups: groupsFi,
  invite: inviteFi,
};
