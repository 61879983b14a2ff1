import { useCallback, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpenPlan } from '../api/plans';
import { listVersions, type VersionSummary } from '../api/versions';
import { FeedbackRegion } from '../components/FeedbackRegion';
import { PageTitle } from '../components/PageTitle';
import { useFeedback } from '../components/useFeedback';
import { useLoad } from '../components/useLoad';
import { PublishPanel } from '../publishing/PublishPanel';
import { ComparePicker, defaultComparison } from './ComparePicker';
import { RestoreDialog } from './RestoreDialog';
import { SaveVersionDialog } from './SaveVersionDialog';
import { VersionTable } from './VersionTable';
import '../components/forms.css';
import '../groups/groups.css';
import './versions.css';

type Dialog = { kind: 'save' } | { kind: 'restore'; version: VersionSummary };

interface Props {
  plan: OpenPlan;
  onSessionLost: () => void;
}

/** `/plans/<id>/versions`: the plan's versions, saving a new one, comparing and restoring. */
export function VersionsView({ plan, onSessionLost }: Props) {
  const { t } = useTranslation();
  const fetchVersions = useCallback(() => listVersions(plan.id), [plan.id]);
  const { load, reload } = useLoad(fetchVersions, onSessionLost);
  const { feedback, announce } = useFeedback(onSessionLost);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  // Automatic snapshots can be many; hiding them leaves the versions people named.
  const [showAuto, setShowAuto] = useState(true);
  const listHeadingId = useId();
  const autoId = useId();
  const listHeading = useRef<HTMLHeadingElement>(null);
  const manage = plan.can.manageVersions;

  const close = () => setDialog(null);
  const versions = load.kind === 'loaded' ? load.data : [];
  const shown = showAuto ? versions : versions.filter((version) => version.kind === 'named');
  const initial = defaultComparison(versions);

  return (
    <div className="versions-page">
      <PageTitle>{t('versions.pageTitle', { title: plan.title })}</PageTitle>
      <p className="page-intro">{t('versions.intro')}</p>
      {manage && (
        <p>
          <button type="button" className="button button--primary" onClick={() => setDialog({ kind: 'save' })}>
            {t('versions.save.open')}
          </button>
        </p>
      )}
      <FeedbackRegion feedback={feedback} />

      {load.kind === 'loading' && <p>{t('app.loading')}</p>}
      {load.kind === 'failed' && <p className="feedback__error">{t('versions.loadFailed')}</p>}
      {load.kind === 'loaded' && versions.length > 0 && (
        // Keyed by the default choice, so that a new version becomes the default once saved.
        <ComparePicker key={initial.from} planId={plan.id} versions={versions} from={initial.from} to={initial.to} />
      )}
      {load.kind === 'loaded' && (
        <section aria-labelledby={listHeadingId} className="page-section">
          <div className="section-head">
            <h2 id={listHeadingId} ref={listHeading} tabIndex={-1} className="section-head__title">
              {t('versions.listTitle', { number: shown.length })}
            </h2>
            <label className="check" htmlFor={autoId}>
              <input id={autoId} type="checkbox" checked={showAuto} onChange={(event) => setShowAuto(event.target.checked)} />
              {t('versions.showAuto')}
            </label>
          </div>
          <VersionTable
            planId={plan.id}
            versions={shown}
            labelledBy={listHeadingId}
            empty={versions.length === 0 ? t('versions.none') : t('versions.noneNamed')}
            onRestore={manage ? (version) => setDialog({ kind: 'restore', version }) : undefined}
          />
        </section>
      )}
      {load.kind === 'loaded' && plan.can.publish && (
        <PublishPanel planId={plan.id} versions={versions} onVersionsChanged={reload} onSessionLost={onSessionLost} />
      )}

      {dialog?.kind === 'save' && (
        <SaveVersionDialog
          planId={plan.id}
          onSaved={async (version) => {
            await reload();
            close();
            announce(t('versions.save.done', { label: version.label }));
          }}
          onClose={close}
          onSessionLost={onSessionLost}
        />
      )}
      {dialog?.kind === 'restore' && (
        <RestoreDialog
          planId={plan.id}
          version={dialog.version}
          onRestored={reload}
          onDone={(label) => {
            close();
            announce(t('versions.restored', { label }));
          }}
          onClose={close}
          onSessionLost={onSessionLost}
          fallbackFocus={listHeading}
        />
      )}
    </div>
  );
}
