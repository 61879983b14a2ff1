import { randomUUID } from 'node:crypto';
import type * as Y from 'yjs';
import type { CommentCreated, NewComment, ThreadForUser } from '../../shared/api/comments';
import type { AgendaItemRef } from '../../shared/discussion';
import { discussionDocumentName } from '../../shared/documentNames';
import type { PersonRef } from '../../shared/people';
import {
  addThread,
  isAnchorInBody,
  putMessage,
  readThread,
  readThreads,
  setResolution,
  type Message,
  type Thread,
} from '../../shared/discussion';
import { getMeasure } from '../../shared/plan';
import type { DocumentGateway } from '../collab/documentGateway';
import { HttpError, notFound } from '../http/errors';
import type { MembershipRepository, PlanRecord, ReadMarkRepository } from '../storage/appStore';

const threadIdsOf = (doc: Y.Doc): Set<string> => new Set(readThreads(doc).map((thread) => thread.threadId));

/**
 * A new thread on a meeting's agenda item, titled `quote`. Not a REST body:
 * the meeting routes check the meeting and its item and then call `add`.
 */
export interface AgendaItemComment {
  agendaItem: AgendaItemRef;
  quote: string;
  text: string;
  mentions: string[];
}

/**
 * Comment threads on measures and on passages of the plan text. Written
 * only here, through REST: the server checks the role and sets the author
 * and the time, then writes the plan's discussion document, which every
 * open client sees live.
 */
export class CommentService {
  constructor(
    private readonly documents: DocumentGateway,
    private readonly memberships: MembershipRepository,
    private readonly readMarks: ReadMarkRepository,
    /** Told of the members a new message mentions (their notifications), after it is stored. */
    private readonly onMentioned: (plan: PlanRecord, author: PersonRef, userIds: string[], text: string) => Promise<void> = async () => undefined,
  ) {}

  async list(plan: PlanRecord, userId: string): Promise<ThreadForUser[]> {
    const threads = await this.documents.readDocument(discussionDocumentName(plan.id), readThreads);
    const marks = new Map((await this.readMarks.ofUserInPlan(userId, plan.id)).map((m) => [m.threadId, m.readAt]));
    return threads.map((thread) => {
      const readAt = marks.get(thread.threadId) ?? '';
      const unread = thread.messages.some((m) => m.author.id !== userId && m.createdAt > readAt);
      return { ...thread, unread };
    });
  }

  async add(plan: PlanRecord, actor: PersonRef, input: NewComment | AgendaItemComment): Promise<CommentCreated> {
    await this.checkMentions(plan, input.mentions);
    if ('measureId' in input) {
      const exists = await this.documents.read(plan.id, (doc) => getMeasure(doc, input.measureId) !== undefined);
      if (!exists) throw new HttpError(400, `Unknown measure ${input.measureId}`);
    }
    if ('anchor' in input && !(await this.documents.read(plan.id, (doc) => isAnchorInBody(doc, input.anchor)))) {
      throw new HttpError(400, 'The anchor does not point into the plan text');
    }
    const message = this.message(actor, input.text, input.mentions);
    const { threadId, threadIds } = await this.changeDiscussion(plan, actor, (doc) => {
      const threadId = 'threadId' in input ? this.existing(doc, input.threadId).threadId : randomUUID();
      // A reply is an entry of its own: replies written at once through other processes merge with it.
      if ('threadId' in input) putMessage(doc, threadId, message);
      else {
        addThread(doc, {
          threadId,
          measureId: 'measureId' in input ? input.measureId : null,
          anchor: 'anchor' in input ? input.anchor : null,
          ...('agendaItem' in input ? { agendaItem: input.agendaItem } : {}),
          quote: 'quote' in input ? input.quote : '',
          message,
        });
      }
      return { threadId, threadIds: threadIdsOf(doc) };
    });
    await this.putReadMark(plan, actor.id, threadId, threadIds);
    if (input.mentions.length > 0) await this.onMentioned(plan, actor, input.mentions, input.text);
    return { threadId, id: message.id };
  }

  async setResolved(plan: PlanRecord, actor: PersonRef, threadId: string, resolved: boolean): Promise<Thread> {
    return this.changeDiscussion(plan, actor, (doc) => {
      this.existing(doc, threadId); // 404 before anything changes
      setResolution(doc, threadId, resolved ? { by: actor, at: new Date().toISOString() } : null);
      return this.existing(doc, threadId);
    });
  }

  /**
   * Authors edit and delete their own messages; a deleted message leaves a
   * marker so replies keep their sense, and a thread whose messages are all
   * deleted is no longer listed.
   */
  async editMessage(plan: PlanRecord, actor: PersonRef, threadId: string, messageId: string, change: { text: string } | 'delete'): Promise<void> {
    const threadGone = await this.changeDiscussion(plan, actor, (doc) => {
      const thread = this.existing(doc, threadId);
      const message = thread.messages.find((m) => m.id === messageId && !m.deleted);
      if (!message) throw notFound('No such message');
      if (message.author.id !== actor.id) throw new HttpError(403, 'Only the author edits or deletes a message');
      const now = new Date().toISOString();
      const updated: Message =
        change === 'delete' ? { ...message, text: '', mentions: [], deleted: true, editedAt: now } : { ...message, text: change.text, editedAt: now };
      putMessage(doc, threadId, updated);
      return readThread(doc, threadId) === undefined;
    });
    if (threadGone) await this.readMarks.deleteOfThreads(plan.id, [threadId]);
  }

  /** Only a thread the plan has gets a read mark: a caller cannot make the store grow with invented ids. */
  async markRead(plan: PlanRecord, userId: string, threadId: string): Promise<void> {
    const threadIds = await this.documents.readDocument(discussionDocumentName(plan.id), threadIdsOf);
    if (!threadIds.has(threadId)) throw notFound('No such thread');
    await this.putReadMark(plan, userId, threadId, threadIds);
  }

  /** One mark per user and thread; the user's marks of threads that are gone (deleted meanwhile, say) go with it. */
  private async putReadMark(plan: PlanRecord, userId: string, threadId: string, threadIds: ReadonlySet<string>): Promise<void> {
    const stale = (await this.readMarks.ofUserInPlan(userId, plan.id)).filter((mark) => !threadIds.has(mark.threadId));
    if (stale.length > 0) await this.readMarks.deleteOfThreads(plan.id, stale.map((mark) => mark.threadId));
    await this.readMarks.put({ userId, planId: plan.id, threadId, readAt: new Date().toISOString() });
  }

  private existing(doc: Y.Doc, threadId: string): Thread {
    const thread = readThread(doc, threadId);
    if (!thread) throw notFound('No such thread');
    return thread;
  }

  private message(actor: PersonRef, text: string, mentions: string[]): Message {
    return { id: randomUUID(), author: actor, text, mentions, createdAt: new Date().toISOString(), editedAt: null, deleted: false };
  }

  private async checkMentions(plan: PlanRecord, mentions: string[]): Promise<void> {
    if (mentions.length === 0) return;
    const members = new Set(plan.groupId ? (await this.memberships.ofGroup(plan.groupId)).map((m) => m.userId) : []);
    const strangers = mentions.filter((id) => !members.has(id));
    if (strangers.length > 0) throw new HttpError(400, `Only members of the plan's group can be mentioned: ${strangers.join(', ')}`);
  }

  private changeDiscussion<T>(plan: PlanRecord, actor: PersonRef, change: (doc: Y.Doc) => T): Promise<T> {
    return this.documents.changeDocument(discussionDocumentName(plan.id), change, actor);
  }
}
