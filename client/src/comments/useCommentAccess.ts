import { useEffect, useState } from 'react';
import { getGroup } from '../api/groups';
import type { Mentionable } from './mentions';

export interface CommentAccess {
  /** The user's role may comment (`can.comment` of the opened plan): otherwise nothing is offered that would be refused. */
  canComment: boolean;
  /** Members of the plan's group, who can be mentioned; none for a private draft. */
  members: Mentionable[];
}

export function useCommentAccess(canComment: boolean, groupId: string | null): CommentAccess {
  const [members, setMembers] = useState<Mentionable[]>([]);

  useEffect(() => {
    if (!groupId) return;
    let current = true;
    getGroup(groupId).then(
      (group) => current && setMembers(group.members.map(({ userId, name }) => ({ userId, name }))),
      // Without the list (a role that may not see the group's members), @ simply suggests nobody.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [groupId]);

  return { canComment, members };
}
