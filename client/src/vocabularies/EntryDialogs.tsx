import type { VocabularyKind } from '../../../shared/plan';
import type { OpenPlan } from '../api/plans';
import { ContactsDialog } from './ContactsDialog';
import { DeleteEntryDialog } from './DeleteEntryDialog';
import type { EntryDialogProps } from './entryDialogProps';
import { MergeDialog } from './MergeDialog';
import { ProjectDialog } from './ProjectDialog';
import { RenameDialog } from './RenameDialog';
import { entriesOf } from './vocabularyView';

/** The one dialog the page may have open, naming its entry by id so that it shows the entry as it is now. */
export type EntryDialog =
  | { type: 'rename' | 'delete' | 'merge'; kind: VocabularyKind; id: string }
  | { type: 'contacts'; id: string }
  /** A project's details; `id` null for a new project. */
  | { type: 'project'; id: string | null };

export function kindOf(dialog: EntryDialog): VocabularyKind {
  return dialog.type === 'contacts' ? 'party' : dialog.type === 'project' ? 'project' : dialog.kind;
}

interface Props extends Omit<EntryDialogProps, 'planId'> {
  plan: OpenPlan;
  dialog: EntryDialog;
}

/**
 * The open dialog, with its entry read from the live view. An entry someone
 * else removed meanwhile closes its dialog (there is nothing left to change);
 * the page's table shows that it is gone.
 */
export function EntryDialogs({ plan, view, dialog, fallbackFocus, onDone, onClose, onSessionLost }: Props) {
  const common = { planId: plan.id, view, fallbackFocus, onDone, onClose, onSessionLost };
  if (dialog.type === 'project' && dialog.id === null) return <ProjectDialog {...common} project={null} />;
  const kind = kindOf(dialog);
  const entry = entriesOf(view, kind).find((candidate) => candidate.id === dialog.id);
  if (!entry) return null;
  switch (dialog.type) {
    case 'rename':
      return <RenameDialog {...common} kind={kind} entry={entry} />;
    case 'delete':
      return <DeleteEntryDialog {...common} kind={kind} entry={entry} />;
    case 'merge':
      return <MergeDialog {...common} kind={kind} entry={entry} />;
    case 'contacts':
      return <ContactsDialog {...common} party={view.parties.find((party) => party.id === entry.id)!} groupId={plan.groupId ?? null} />;
    case 'project':
      return <ProjectDialog {...common} project={view.projects.find((project) => project.id === entry.id)!} />;
  }
}
