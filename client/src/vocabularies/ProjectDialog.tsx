import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { newProjectSchema } from '../../../shared/api/vocabularies';
import { nameKey, VOCABULARY_LIMITS, type ProjectData } from '../../../shared/plan';
import { FeedbackRegion } from '../components/FeedbackRegion';
import { FormField, InputField } from '../components/FormField';
import { ModalDialog } from '../components/ModalDialog';
import { SubmitCancelActions } from '../components/SubmitCancelActions';
import { useFeedback } from '../components/useFeedback';
import { createProject, updateProject, type ProjectFields } from './api';
import type { EntryDialogProps } from './entryDialogProps';

interface Props extends EntryDialogProps {
  /** The project as it is now, or null for a new one. */
  project: ProjectData | null;
}

type Form = Omit<ProjectData, 'id'>;
const FIELDS = ['name', 'description', 'start', 'end', 'funding', 'url'] as const;
const BLANK: Form = { name: '', description: '', start: '', end: '', funding: '', url: '' };

/**
 * A project's name and details (description, period, funding, link). Saving
 * sends only the fields changed here, so that what someone else changed in
 * another field meanwhile stays.
 */
export function ProjectDialog({ planId, view, project, fallbackFocus, onDone, onClose, onSessionLost }: Props) {
  const { t } = useTranslation();
  const { feedback, busy, run, fail } = useFeedback(onSessionLost);
  const [initial] = useState<Form>(project ?? BLANK);
  const [form, setForm] = useState<Form>(initial);
  const [invalid, setInvalid] = useState<'name' | 'url' | null>(null);
  const errorId = useId();
  const set = (field: keyof Form) => (value: string) => setForm((old) => ({ ...old, [field]: value }));
  const field = (name: 'name' | 'url') => ({ invalid: invalid === name || undefined, describedBy: invalid === name ? errorId : undefined });

  const problemOf = (clean: Form): { field: 'name' | 'url'; message: string } | null => {
    if (clean.name === '') return { field: 'name', message: t('vocabularies.project.nameMissing') };
    // Two projects of one name are one: the server refuses it (409), and merging is the way.
    if (view.projects.some((other) => other.id !== project?.id && nameKey(other.name) === nameKey(clean.name))) {
      return { field: 'name', message: t('vocabularies.project.nameTaken', { name: clean.name }) };
    }
    // The server's own check of the address.
    if (!newProjectSchema.shape.url.safeParse(clean.url).success) return { field: 'url', message: t('vocabularies.project.badUrl') };
    return null;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const clean = Object.fromEntries(FIELDS.map((key) => [key, form[key].trim()])) as Form;
    const problem = problemOf(clean);
    setInvalid(problem?.field ?? null);
    if (problem) return fail(problem.message);
    const changed: Partial<ProjectFields> = {};
    for (const key of FIELDS) if (clean[key] !== initial[key].trim()) changed[key] = clean[key];
    if (project && Object.keys(changed).length === 0) return onClose();
    const conflict = t('vocabularies.project.nameTaken', { name: clean.name });
    const saved = await run(() => (project ? updateProject(planId, project.id, changed) : createProject(planId, clean)), { specific: { conflict } });
    if (saved) onDone(t(project ? 'vocabularies.project.saved' : 'vocabularies.project.added', { name: clean.name }));
  };

  return (
    <ModalDialog title={project ? t('vocabularies.project.editTitle', { name: project.name }) : t('vocabularies.project.addTitle')} onClose={onClose} fallbackFocus={fallbackFocus}>
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <InputField label={t('vocabularies.project.name')} maxLength={VOCABULARY_LIMITS.name} value={form.name} onValue={set('name')} {...field('name')} />
        <FormField label={t('vocabularies.project.description')}>
          {(control) => (
            <textarea
              {...control}
              className="vocabularies__textarea"
              rows={4}
              maxLength={VOCABULARY_LIMITS.projectField}
              value={form.description}
              onChange={(event) => set('description')(event.target.value)}
            />
          )}
        </FormField>
        <div className="vocabularies__period">
          <InputField label={t('vocabularies.project.start')} hint={t('vocabularies.project.periodHint')} maxLength={100} value={form.start} onValue={set('start')} />
          <InputField label={t('vocabularies.project.end')} maxLength={100} value={form.end} onValue={set('end')} />
        </div>
        <InputField label={t('vocabularies.project.funding')} maxLength={VOCABULARY_LIMITS.projectField} value={form.funding} onValue={set('funding')} />
        <InputField
          type="url"
          label={t('vocabularies.project.url')}
          hint={t('vocabularies.project.urlHint')}
          maxLength={2000}
          value={form.url}
          onValue={set('url')}
          {...field('url')}
        />
        <FeedbackRegion feedback={feedback} id={errorId} />
        <SubmitCancelActions submitLabel={t(project ? 'vocabularies.project.save' : 'vocabularies.project.addSubmit')} busy={busy} onCancel={onClose} />
      </form>
    </ModalDialog>
  );
}
