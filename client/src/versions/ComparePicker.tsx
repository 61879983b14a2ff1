import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { VersionSummary } from '../api/versions';
import { FormField } from '../components/FormField';
import { navigate } from '../routing/navigation';
import { CURRENT, planHref } from '../routing/route';
import { VersionSelect } from './VersionSelect';
import '../components/feedback.css';

interface Props {
  planId: string;
  versions: readonly VersionSummary[];
  from: string;
  to: string;
}

/** Picks the two versions to compare; the comparison is a page of its own, so it can be linked to and returned to. */
export function ComparePicker({ planId, versions, from: initialFrom, to: initialTo }: Props) {
  const { t } = useTranslation();
  const [from, setFrom] = useState(initialFrom);
  const [to, setTo] = useState(initialTo);
  const [same, setSame] = useState(false);
  const headingId = useId();
  const hintId = useId();
  const errorId = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSame(from === to);
    if (from !== to) navigate(planHref(planId, { kind: 'compare', from, to }));
  };

  return (
    <section className="compare-picker" aria-labelledby={headingId}>
      <h2 id={headingId} className="compare-picker__title">
        {t('compare.pickTitle')}
      </h2>
      <p id={hintId} className="field-hint">
        {t('compare.pickHint')}
      </p>
      <form className="compare-picker__form" onSubmit={submit}>
        {/* The hint above the form applies to the first choice; the error, to both. */}
        <FormField label={t('compare.from')} describedBy={`${hintId} ${errorId}`}>
          {(control) => <VersionSelect {...control} versions={versions} value={from} onChange={setFrom} withCurrent />}
        </FormField>
        <FormField label={t('compare.to')} describedBy={errorId}>
          {(control) => <VersionSelect {...control} versions={versions} value={to} onChange={setTo} withCurrent />}
        </FormField>
        <button type="submit" className="button button--primary">
          {t('compare.submit')}
        </button>
      </form>
      <p id={errorId} className="feedback__error" aria-live="assertive">
        {same && t('compare.same')}
      </p>
    </section>
  );
}

/** The usual first comparison: the newest named version (or any version) against the plan as it is now. */
export function defaultComparison(versions: readonly VersionSummary[]): { from: string; to: string } {
  const from = versions.find((version) => version.kind === 'named') ?? versions[0];
  return { from: from?.id ?? CURRENT, to: CURRENT };
}
