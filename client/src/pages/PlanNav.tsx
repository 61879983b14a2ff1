import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportDialog } from '../exports/ExportDialog';
import { RoundTripButton } from '../roundTrip/RoundTripButton';
import { Link } from '../routing/Link';
import { CURRENT, planHref, type PlanView } from '../routing/route';
import './planNav.css';

interface Props {
  planId: string;
  view: PlanView;
  /** Editors also bring an edited Excel export back (the round trip). */
  canEdit: boolean;
  onSessionLost: () => void;
}

type Section = 'plan' | 'versions' | 'report' | 'indicators' | 'rounds' | 'vocabularies';

/** Which link a view belongs under: one version and comparisons are part of the versions. */
function sectionOf(view: PlanView): Section {
  if (view.kind === 'round') return 'rounds';
  return view.kind === 'version' || view.kind === 'compare' ? 'versions' : view.kind;
}

/**
 * The views of an open plan (its text and table, versions, the yearly report)
 * and the export, the same on each of them.
 */
export function PlanNav({ planId, view, canEdit, onSessionLost }: Props) {
  const { t } = useTranslation();
  const [exporting, setExporting] = useState(false);
  const section = sectionOf(view);
  const link = (target: Section) => (
    <li>
      <Link
        href={planHref(planId, { kind: target })}
        className={section === target ? 'plan-nav__link plan-nav__link--current' : 'plan-nav__link'}
        // The section's own page is "the current page"; one version or a comparison lies within it.
        aria-current={view.kind === target ? 'page' : section === target ? 'true' : undefined}
      >
        {target === 'rounds' ? t('rounds.nav') : target === 'vocabularies' ? t('vocabularies.nav') : t(`planNav.${target}`)}
      </Link>
    </li>
  );
  return (
    <nav className="plan-nav" aria-label={t('planNav.label')}>
      <ul className="plan-nav__links">
        {link('plan')}
        {link('versions')}
        {link('report')}
        {link('indicators')}
        {link('rounds')}
        {link('vocabularies')}
      </ul>
      <span className="plan-nav__files">
        <button type="button" className="button plan-nav__export" onClick={() => setExporting(true)}>
          {t('exports.open')}
        </button>
        {canEdit && <RoundTripButton planId={planId} onSessionLost={onSessionLost} />}
      </span>
      {exporting && (
        <ExportDialog
          planId={planId}
          // Exporting while looking at a version most likely means that version.
          initialSource={view.kind === 'version' ? view.versionId : CURRENT}
          onClose={() => setExporting(false)}
          onSessionLost={onSessionLost}
        />
      )}
    </nav>
  );
}
