import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoundTripApplied, RoundTripPreview, RoundTripRefusal, RoundTripUndone } from '../../../shared/api/tableFileRoundTrip';
import { FeedbackRegion } from '../components/FeedbackRegion';
import { FormField } from '../components/FormField';
import { ModalDialog } from '../components/ModalDialog';
import { SubmitCancelActions } from '../components/SubmitCancelActions';
import { useFeedback } from '../components/useFeedback';
import { formatDateTime } from '../i18n/dateTime';
import { applyFile, previewFile, undoFileChange, type FileAnswer, type SendProgress } from './api';
import { Counts } from './Counts';
import { conflictKey, PreviewTables } from './PreviewTables';
import { problemText } from './wording';
import '../components/feedback.css';
import '../components/forms.css';
import './roundTrip.css';

type Step =
  | { kind: 'choose'; refusal: RoundTripRefusal | null }
  | { kind: 'sending'; progress: SendProgress }
  | { kind: 'preview'; preview: RoundTripPreview; stale: boolean }
  | { kind: 'applied'; applied: RoundTripApplied }
  | { kind: 'undone'; undone: RoundTripUndone };

interface Props {
  planId: string;
  onClose: () => void;
  onSessionLost: () => void;
}

/**
 * An edited Excel export back into the plan: choose the file, watch it go,
 * read the preview of every change, save it, and undo it if it was wrong.
 * Each step's heading takes the focus, so a screen reader hears where the
 * flow is; nothing is saved before the user saves the preview.
 */
export function RoundTripDialog({ planId, onClose, onSessionLost }: Props) {
  const { t, i18n } = useTranslation();
  const { feedback, busy, run, fail } = useFeedback(onSessionLost);
  const [step, setStep] = useState<Step>({ kind: 'choose', refusal: null });
  const [file, setFile] = useState<File | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const inFlight = useRef<AbortController | null>(null);
  const feedbackId = useId();

  useEffect(() => heading.current?.focus(), [step.kind]);
  // Closing the dialog stops a file still on its way.
  useEffect(() => () => inFlight.current?.abort(), []);

  /** Sends the file; on a failure the step before comes back, with the failure said in the feedback region. */
  async function send<T>(request: (file: File, onProgress: (progress: SendProgress) => void, signal: AbortSignal) => Promise<FileAnswer<T>>, onAnswer: (value: T) => Step) {
    if (!file) return fail(t('roundTrip.chooseFirst'));
    const before = step;
    const controller = new AbortController();
    inFlight.current = controller;
    setStep({ kind: 'sending', progress: { sent: 0 } });
    const result = await run(() =>
      // Cancelled by the user: no failure to tell, the step before comes back.
      request(file, (progress) => setStep({ kind: 'sending', progress }), controller.signal).catch((error: unknown) => {
        if (controller.signal.aborted) return null;
        throw error;
      }),
    );
    inFlight.current = null;
    const answer = result?.value;
    if (!answer) return setStep(before);
    if (answer.kind === 'refused') {
      // The input is empty again for the fixed file: sending the refused one twice would only repeat the refusal.
      setFile(null);
      setStep({ kind: 'choose', refusal: answer.refusal });
    }
    else if (answer.kind === 'stale') setStep({ kind: 'preview', preview: answer.stale.preview, stale: true });
    else setStep(onAnswer(answer.value));
  }

  const preview = (event: FormEvent) => {
    event.preventDefault();
    void send((chosen, onProgress, signal) => previewFile(planId, chosen, onProgress, signal), (value) => ({ kind: 'preview', preview: value, stale: false }));
  };

  const apply = (token: string, useFile: readonly string[]) =>
    void send((chosen, onProgress, signal) => applyFile(planId, chosen, token, useFile, onProgress, signal), (value) => ({ kind: 'applied', applied: value }));

  const undo = async (changeId: string) => {
    const result = await run(() => undoFileChange(planId, changeId), { specific: { conflict: t('roundTrip.alreadyUndone') } });
    if (result) setStep({ kind: 'undone', undone: result.value });
  };

  const close = (
    <button type="button" className="button" onClick={onClose}>
      {t('feedback.close')}
    </button>
  );

  return (
    <ModalDialog title={t('roundTrip.title')} onClose={onClose}>
      <div className="round-trip">
        {step.kind === 'choose' && (
          <form className="form" onSubmit={preview} aria-describedby={feedbackId}>
            {step.refusal ? (
              <div className="round-trip__refusal">
                <h3 ref={heading} tabIndex={-1}>
                  {t('roundTrip.refusedTitle')}
                </h3>
                <p>{t('roundTrip.refusedIntro')}</p>
                <ul>
                  {step.refusal.problems.map((problem, index) => (
                    <li key={index}>{problemText(t, i18n.language, problem)}</li>
                  ))}
                </ul>
              </div>
            ) : (
              <p>{t('roundTrip.intro')}</p>
            )}
            <FormField label={t('roundTrip.file')}>
              {(control) => (
                <input
                  {...control}
                  type="file"
                  accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                  onChange={(event) => setFile(event.target.files?.[0] ?? null)}
                />
              )}
            </FormField>
            <FeedbackRegion feedback={feedback} id={feedbackId} />
            <SubmitCancelActions submitLabel={t('roundTrip.preview')} busy={busy} onCancel={onClose} />
          </form>
        )}

        {step.kind === 'sending' && (
          <div className="round-trip__sending">
            <h3 ref={heading} tabIndex={-1}>
              {t('roundTrip.sending')}
            </h3>
            {/* Without a value while the server reads the file: the browser shows it as busy, not stuck. */}
            <progress aria-label={t('roundTrip.progress')} max={1} value={step.progress === 'reading' ? undefined : (step.progress.sent ?? undefined)} />
            <p role="status">
              {step.progress === 'reading'
                ? t('roundTrip.reading')
                : step.progress.sent !== null && t('roundTrip.sendingPercent', { percent: Math.round(step.progress.sent * 100) })}
            </p>
            <div className="modal__actions">
              <button type="button" className="button" onClick={() => inFlight.current?.abort()}>
                {t('exports.cancel')}
              </button>
            </div>
          </div>
        )}

        {step.kind === 'preview' && (
          <PreviewStep
            preview={step.preview}
            stale={step.stale}
            heading={heading}
            busy={busy}
            onApply={(useFile) => apply(step.preview.token, useFile)}
            onOtherFile={() => {
              setFile(null);
              setStep({ kind: 'choose', refusal: null });
            }}
            onClose={onClose}
            feedback={<FeedbackRegion feedback={feedback} />}
            language={i18n.language}
          />
        )}

        {step.kind === 'applied' && (
          <>
            <h3 ref={heading} tabIndex={-1}>
              {t('roundTrip.appliedTitle')}
            </h3>
            <p>{t('roundTrip.applied')}</p>
            <Counts
              entries={[
                [t('roundTrip.appliedCounts.fields'), step.applied.fields],
                [t('roundTrip.appliedCounts.measures'), step.applied.measures],
                [t('roundTrip.appliedCounts.added'), step.applied.added],
              ]}
            />
            <FeedbackRegion feedback={feedback} />
            <div className="modal__actions">
              <button type="button" className="button" aria-disabled={busy || undefined} onClick={() => void undo(step.applied.changeId)}>
                {busy ? t('roundTrip.undoing') : t('roundTrip.undo')}
              </button>
              {close}
            </div>
          </>
        )}

        {step.kind === 'undone' && (
          <>
            <h3 ref={heading} tabIndex={-1}>
              {t('roundTrip.undoneTitle')}
            </h3>
            <Counts
              entries={[
                [t('roundTrip.undoneCounts.restored'), step.undone.restored],
                [t('roundTrip.undoneCounts.removed'), step.undone.removed],
              ]}
            />
            {step.undone.kept.length > 0 && (
              <>
                <p>{t('roundTrip.kept')}</p>
                <ul>
                  {step.undone.kept.map((kept) => (
                    <li key={`${kept.measureId}/${kept.field}`}>
                      {kept.title}: {kept.field === 'added' ? t('roundTrip.keptAdded') : t(`history.fields.${kept.field}`)}
                    </li>
                  ))}
                </ul>
              </>
            )}
            <div className="modal__actions">{close}</div>
          </>
        )}
      </div>
    </ModalDialog>
  );
}

interface PreviewStepProps {
  preview: RoundTripPreview;
  stale: boolean;
  heading: RefObject<HTMLHeadingElement | null>;
  busy: boolean;
  onApply: (useFile: readonly string[]) => void;
  onOtherFile: () => void;
  onClose: () => void;
  feedback: ReactNode;
  language: string;
}

function PreviewStep({ preview, stale, heading, busy, onApply, onOtherFile, onClose, feedback, language }: PreviewStepProps) {
  const { t } = useTranslation();
  const fields = preview.changes.reduce((sum, measure) => sum + measure.changes.length, 0);
  const adds = preview.added.filter((row) => row.outcome === 'add').length;
  const exportedAt = formatDateTime(preview.file.exportedAt, language);
  const [useFile, setUseFile] = useState<ReadonlySet<string>>(new Set());
  // A newer preview may lack a conflict chosen before: only its own are sent.
  const chosen = preview.conflicts.map(conflictKey).filter((key) => useFile.has(key));
  const choose = (key: string, use: boolean) =>
    setUseFile((old) => {
      const next = new Set(old);
      if (use) next.add(key);
      else next.delete(key);
      return next;
    });
  return (
    <>
      {stale && (
        <p className="round-trip__notice" role="alert">
          {t('roundTrip.staleNotice')}
        </p>
      )}
      <h3 ref={heading} tabIndex={-1}>
        {t('roundTrip.previewTitle')}
      </h3>
      <p className="field-hint">
        {preview.file.versionLabel
          ? t('roundTrip.fromVersion', { planTitle: preview.file.planTitle, versionLabel: preview.file.versionLabel, exportedAt })
          : t('roundTrip.fromFile', { planTitle: preview.file.planTitle, exportedAt })}
      </p>
      <Counts
        entries={[
          [t('roundTrip.counts.changes'), fields],
          [t('roundTrip.counts.conflicts'), preview.conflicts.length],
          [t('roundTrip.counts.added'), adds],
          [t('roundTrip.counts.lacking'), preview.lacking.length],
        ]}
      />
      {fields + adds + chosen.length === 0 && <p>{t('roundTrip.nothing')}</p>}
      <PreviewTables preview={preview} useFile={useFile} onUseFile={choose} />
      {feedback}
      <div className="modal__actions">
        {fields + adds + chosen.length > 0 && (
          <button type="button" className="button button--primary" aria-disabled={busy || undefined} onClick={() => onApply(chosen)}>
            {busy ? t('roundTrip.applying') : t('roundTrip.apply')}
          </button>
        )}
        <button type="button" className="button" onClick={onOtherFile}>
          {t('roundTrip.otherFile')}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t('feedback.cancel')}
        </button>
      </div>
    </>
  );
}
