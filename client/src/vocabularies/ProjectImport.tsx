import { useId, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectImportInput, ProjectImportOutcome } from '../../../shared/api/vocabularies';
import { FeedbackRegion } from '../components/FeedbackRegion';
import { FormField } from '../components/FormField';
import { useFeedback } from '../components/useFeedback';
import { importProjects, previewProjectImport } from './api';
import { ImportPreview, ImportProblems } from './ImportReport';
import { MAX_IMPORT_CHARS, parseProjectImport, type ImportProblem } from './projectImportInput';

interface Props {
  planId: string;
  onSessionLost: () => void;
}

type Check =
  | { kind: 'none' }
  | { kind: 'problems'; problems: ImportProblem[] }
  | { kind: 'preview'; input: ProjectImportInput; outcome: ProjectImportOutcome };

/**
 * Projects from a file or pasted JSON (Pori's `pori-hankkeet.json` as it is):
 * checked here first, each fault named; then the server's preview of what
 * would be added and what the plan has already (and which of its empty
 * details the file fills); then the import, one change of the live plan.
 */
export function ProjectImport({ planId, onSessionLost }: Props) {
  const { t } = useTranslation();
  const { feedback, busy, run, announce } = useFeedback(onSessionLost);
  const [text, setText] = useState('');
  const [check, setCheck] = useState<Check>({ kind: 'none' });
  const headingId = useId();
  const hintId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const preview = async (source: string) => {
    const parsed = parseProjectImport(source);
    if (!parsed.ok) return setCheck({ kind: 'problems', problems: parsed.problems });
    const answer = await run(() => previewProjectImport(planId, parsed.input));
    setCheck(answer ? { kind: 'preview', input: parsed.input, outcome: answer.value } : { kind: 'none' });
  };

  const chooseFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    if (file.size > MAX_IMPORT_CHARS) return setCheck({ kind: 'problems', problems: [{ kind: 'tooLarge' }] });
    const content = await file.text();
    setText(content);
    await preview(content);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void preview(text);
  };

  const confirm = async (input: ProjectImportInput) => {
    const done = await run(() => importProjects(planId, input));
    if (!done) return;
    const { added, matched } = done.value;
    const filled = matched.filter((project) => project.filled.length > 0).length;
    announce(t('vocabularies.import.done', { count: added.length, filled }));
    setText('');
    setCheck({ kind: 'none' });
    if (fileInput.current) fileInput.current.value = '';
    heading.current?.focus();
  };

  const cancel = () => {
    setCheck({ kind: 'none' });
    heading.current?.focus();
  };

  return (
    <section className="vocabularies__import" aria-labelledby={headingId}>
      <h3 id={headingId} ref={heading} tabIndex={-1}>
        {t('vocabularies.import.title')}
      </h3>
      <p id={hintId} className="field-hint">
        {t('vocabularies.import.intro')}
      </p>
      <form className="form vocabularies__import-form" onSubmit={submit}>
        <FormField label={t('vocabularies.import.file')} describedBy={hintId}>
          {(control) => <input {...control} ref={fileInput} type="file" accept=".json,application/json" onChange={(event) => void chooseFile(event)} />}
        </FormField>
        <FormField label={t('vocabularies.import.paste')} hint={t('vocabularies.import.pasteHint')}>
          {(control) => (
            <textarea
              {...control}
              className="vocabularies__textarea vocabularies__json"
              rows={6}
              spellCheck={false}
              value={text}
              onChange={(event) => {
                setText(event.target.value);
                // What was checked is not what is there any more.
                setCheck({ kind: 'none' });
              }}
            />
          )}
        </FormField>
        <div>
          <button type="submit" className="button" aria-disabled={busy || undefined}>
            {t('vocabularies.import.check')}
          </button>
        </div>
      </form>
      <div aria-live="polite">
        {check.kind === 'problems' && <ImportProblems problems={check.problems} />}
        {check.kind === 'preview' && (
          <ImportPreview outcome={check.outcome} busy={busy} onConfirm={() => void confirm(check.input)} onCancel={cancel} />
        )}
      </div>
      <FeedbackRegion feedback={feedback} />
    </section>
  );
}
