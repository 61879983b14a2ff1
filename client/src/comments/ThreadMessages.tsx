import { useMemo } from 'react';
import type { Thread } from '../../../shared/discussion';
import type { Mentionable } from './mentions';
import { MessageItem } from './MessageItem';

interface Props {
  planId: string;
  thread: Thread;
  userId: string;
  canComment: boolean;
  members: readonly Mentionable[];
  /** Where the focus goes when one's own message is deleted (the element's id). */
  focusAfterDelete: string;
  className: string;
}

/**
 * A thread's messages, one's own editable, as the comment panel and the
 * meeting page's agenda item both show them. The names that mentions
 * highlight are the members' and every author's in the thread.
 */
export function ThreadMessages({ planId, thread, userId, canComment, members, focusAfterDelete, className }: Props) {
  const names = useMemo(
    () => [...new Set([...members.map((m) => m.name), ...thread.messages.map((m) => m.author.name)])],
    [members, thread.messages],
  );
  return (
    <ol className={className}>
      {thread.messages.map((message) => (
        <MessageItem
          key={message.id}
          planId={planId}
          threadId={thread.threadId}
          message={message}
          own={canComment && message.author.id === userId}
          members={members}
          names={names}
          focusAfterDelete={focusAfterDelete}
        />
      ))}
    </ol>
  );
}
