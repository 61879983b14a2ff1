import { discussionDocumentName } from '../../shared/documentNames';
import { anchoredText, readThreads, type Thread } from '../../shared/discussion';
import { getMeasure, readMeasure } from '../../shared/plan';
import type { DocumentGateway } from '../collab/documentGateway';
import type { ExportThread } from './types';

/** What a thread is about, for a comment whose place in the file is gone. */
function contextOf(thread: Thread, measureTitle: string | undefined): string {
  if (thread.measureId) return measureTitle === undefined ? 'Poistettu toimenpide' : `Toimenpide: ${measureTitle}`;
  if (thread.agendaItem) return `Kokouksen asia: ${thread.quote}`;
  return `Kohta tekstissä: ”${thread.quote}”`;
}

/**
 * The plan's open comment threads as an export prints them: a text thread's
 * passage as its anchor reads now in the live text (edits since it was
 * opened move it along), else as quoted; deleted messages left out.
 */
export async function openThreadsForExport(documents: Pick<DocumentGateway, 'read' | 'readDocument'>, planId: string): Promise<ExportThread[]> {
  const threads = (await documents.readDocument(discussionDocumentName(planId), readThreads)).filter((t) => !t.resolved);
  return documents.read(planId, (doc) =>
    threads.map((thread) => {
      const measure = thread.measureId ? getMeasure(doc, thread.measureId) : undefined;
      const title = measure && thread.measureId ? readMeasure(thread.measureId, measure).title : undefined;
      // An agenda item's thread has no place in the plan: its words are the context alone.
      const passage = thread.measureId || thread.agendaItem ? '' : ((thread.anchor && anchoredText(doc, thread.anchor)) || thread.quote).trim();
      return {
        measureId: thread.measureId,
        passage,
        context: contextOf(thread, title),
        messages: thread.messages
          .filter((message) => !message.deleted)
          .map((message) => ({ author: message.author.name, text: message.text, createdAt: message.createdAt })),
      };
    }),
  );
}
