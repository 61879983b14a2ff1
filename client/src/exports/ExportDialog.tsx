import { useCallback, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { listVersions } from '../api/versions';
import { FormField } from '../components/FormField';
import { ModalDialog } from '../components/ModalDialog';
import { useLoad } from '../components/useLoad';
import { CURRENT } from '../routing/route';
import { VersionSelect } from '../versions/VersionSelect';
import { ExportStatus } from './ExportStatus';
import { EXPORT_FORMATS, type ExportFormat } from '../../../shared/api/exports';
import { useExport } from './useExport';
import '../components/feedback.css';
import '../components/forms.css';
import './exports.css';

interface Props {
  planId: string;
  /** `current` (the live plan) or a version id. */
  initialSource: string;
  onClose: () => void;
  onSessionLost: () => void;
}

/** Downloads the plan or one of its versions as a file: Word, PDF, a web page, Excel, CSV or Markdown. */
export function ExportDialog({ planId, initialSource, onClose, onSessionLost }: Props) {
  const { t } = useTranslation();
  const fetchVersions = useCallback(() => listVersions(planId), [planId]);
  const versions = useLoad(fetchVersions, onSessionLost).load;
  const { state, start, cancel } = useExport(planId, onSessionLost);
  const [format, setFormat] = useState<ExportFormat>('docx');
  const [source, setSource] = useState(initialSource);
  // Word only: open comment threads as Word comments, for drafts circulated that way.
  const [withComments, setWithComments] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const making = state.kind === 'making';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (form.current) void start(format, source === CURRENT ? null : source, form.current, format === 'docx' && withComments);
  };

  return (
    <ModalDialog title={t('exports.title')} onClose={onClose}>
      <form ref={form} className="form export-form" onSubmit={submit}>
        <fieldset className="checks export-formats">
          <legend>{t('exports.format')}</legend>
          {EXPORT_FORMATS.map((option) => (
            <label key={option} className="check export-format">
              <input
                type="radio"
                name="format"
                value={option}
                checked={format === option}
                onChange={() => setFormat(option)}
              />
              <span>
                <span className="export-format__name">{t(`exports.formats.${option}.name`)}</span>
                <span className="export-format__use">{t(`exports.formats.${option}.use`)}</span>
              </span>
            </label>
          ))}
        </fieldset>
        {format === 'docx' && (
          <label className="check">
            <input type="checkbox" checked={withComments} onChange={(event) => setWithComments(event.target.checked)} />
            <span>
              {t('comments.export.include')}
              <span className="field-hint"> ({t('comments.export.hint')})</span>
            </span>
          </label>
        )}
        <FormField label={t('exports.source')}>
          {(control) => (
            // The versions arrive after the dialog opens; until then only the live plan can be chosen.
            <VersionSelect
              {...control}
              versions={versions.kind === 'loaded' ? versions.data : []}
              value={versions.kind === 'loaded' ? source : CURRENT}
              onChange={setSource}
              withCurrent
            />
          )}
        </FormField>
        <ExportStatus state={state} />
        <div className="modal__actions">
          <button type="submit" className="button button--primary" aria-disabled={making || undefined}>
            {t('exports.download')}
          </button>
          {making ? (
            <button type="button" className="button" onClick={cancel}>
              {t('exports.cancel')}
            </button>
          ) : (
            <button type="button" className="button" onClick={onClose}>
              {t('feedback.close')}
            </button>
          )}
        </div>
      </form>
    </ModalDialog>
  );
}
