import { adminSv } from './admin.sv';
import { feedbackSv } from './feedback.sv';
import { groupsSv } from './groups.sv';
import { inviteSv } from './invite.sv';

/** Users, groups and invites: registered in sv.ts as one spread, so that file needs one line for them. */
export const peopleSv = {
  admin: adminSv,
  feedback: feedbackSv,
  groups: groupsSv,
  invite: inviteSv,
};
