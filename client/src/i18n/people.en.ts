import { adminEn } from './admin.en';
import { feedbackEn } from './feedback.en';
import { groupsEn } from './groups.en';
import { inviteEn } from './invite.en';

/** Users, groups and invites: registered in en.ts as one spread, so that file needs one line for them. */
export const peopleEn = {
  admin: adminEn,
  feedback: feedbackEn,
  groups: groupsEn,
  invite: inviteEn,
};
