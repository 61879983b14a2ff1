import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanSummary } from '../../../shared/api/plans';
import { FeedbackRegion } from '../components/FeedbackRegion';
import { FormField, InputField } from '../components/FormField';
import { ModalDialog } from '../components/ModalDialog';
import { SubmitCancelActions } from '../components/SubmitCancelActions';
import { useFeedback } from '../components/useFeedback';
import { addEvent, changeEvent, CLOCK_EVENT_KINDS, RECURRENCES, type ClockEvent, type NewClockEvent } from './api';
import '../components/forms.css';

interface Props {
  groupId: string;
  plans: PlanSummary[];
  /** Null: a new event. */
  event: ClockEvent | null;
  onSaved: (title: string) => Promise<void>;
  onClose: () => void;
  onSessionLost: () => void;
}

const empty = (): NewClockEvent => ({ kind: 'annual-report', title: '', date: '', recurrence: 'yearly', owner: '', planIds: [], description: '' });

/** Adds an event to the annual clock or changes one. */
export function ClockEventDialog({ groupId, plans, event, onSaved, onClose, onSessionLost }: Props) {
  const { t } = useTranslation();
  const { feedback, busy, run } = useFeedback(onSessionLost);
  const [fields, setFields] = useState<NewClockEvent>(() =>
    event ? { kind: event.kind, title: event.title, date: event.date, recurrence: event.recurrence, owner: event.owner, planIds: event.planIds, description: event.description } : empty(),
  );
  const set = <K extends keyof NewClockEvent>(key: K, value: NewClockEvent[K]) => setFields((current) => ({ ...current, [key]: value }));

  const save = async () => {
    const input = { ...fields, title: fields.title.trim() };
    const saved = await run(() => (event ? changeEvent(groupId, event.id, input) : addEvent(groupId, input)));
    if (saved) await onSaved(saved.value.title);
  };

  return (
    <ModalDialog title={event ? t('annualClock.dialogEdit') : t('annualClock.dialogAdd')} onClose={onClose}>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <FormField label={t('annualClock.kind')}>
          {(control) => (
            <select {...control} value={fields.kind} onChange={(e) => set('kind', e.target.value as NewClockEvent['kind'])}>
              {CLOCK_EVENT_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`annualClock.kinds.${kind}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <InputField label={t('annualClock.title')} value={fields.title} onValue={(v) => set('title', v)} required maxLength={300} />
        <FormField label={t('annualClock.date')} hint={t('annualClock.dateHint')}>
          {(control) => <input type="date" {...control} required value={fields.date} onChange={(e) => set('date', e.target.value)} />}
        </FormField>
        <FormField label={t('annualClock.recurrence')}>
          {(control) => (
            <select {...control} value={fields.recurrence} onChange={(e) => set('recurrence', e.target.value as NewClockEvent['recurrence'])}>
              {RECURRENCES.map((r) => (
                <option key={r} value={r}>
                  {t(`annualClock.recurrences.${r}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <InputField label={t('annualClock.ownerLabel')} hint={t('annualClock.ownerHint')} value={fields.owner} onValue={(v) => set('owner', v)} maxLength={300} />
        {plans.length > 0 && (
          <fieldset className="checks">
            <legend>{t('annualClock.plans')}</legend>
            {plans.map((plan) => (
              <label key={plan.id} className="check">
                <input
                  type="checkbox"
                  checked={fields.planIds.includes(plan.id)}
                  onChange={(e) => set('planIds', e.target.checked ? [...fields.planIds, plan.id] : fields.planIds.filter((id) => id !== plan.id))}
                />
                {plan.title}
              </label>
            ))}
          </fieldset>
        )}
        <FormField label={t('annualClock.description')}>
          {(control) => <textarea {...control} rows={3} maxLength={2000} value={fields.description} onChange={(e) => set('description', e.target.value)} />}
        </FormField>
        <FeedbackRegion feedback={feedback} />
        <SubmitCancelActions submitLabel={t('annualClock.save')} busy={busy} onCancel={onClose} />
      </form>
    </ModalDialog>
  );
}
