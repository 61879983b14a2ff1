import { useCallback, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { createGroup, deleteGroup, listGroups, type GroupSummary } from '../api/groups';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { FeedbackRegion } from '../components/FeedbackRegion';
import { InputField } from '../components/FormField';
import { useFeedback } from '../components/useFeedback';
import { useLoad } from '../components/useLoad';
import { Link } from '../routing/Link';
import { groupHref } from '../routing/route';

/** Every group with how many plans it has: the server counts them (and refuses to delete a group that has any). */
async function groupsWithPlanCounts() {
  return (await listGroups())
    .map((group) => ({ group, plans: group.planCount }))
    .sort((a, b) => a.group.name.localeCompare(b.group.name, 'fi'));
}

/** Creating steering groups and deleting empty ones; members are managed on each group's own page. */
export function GroupsSection({ onSessionLost }: { onSessionLost: () => void }) {
  const { t } = useTranslation();
  const { load, reload } = useLoad(groupsWithPlanCounts, onSessionLost);
  const { feedback, busy, run, announce } = useFeedback(onSessionLost);
  const [name, setName] = useState('');
  const [removing, setRemoving] = useState<GroupSummary | null>(null);
  const headingId = useId();
  const createHeadingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const close = useCallback(() => setRemoving(null), []);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    const newName = name.trim();
    if (!(await run(() => createGroup(newName), { done: t('admin.groups.created', { name: newName }) }))) return;
    setName('');
    await reload();
  };

  return (
    <section aria-labelledby={headingId} className="page-section">
      <div className="section-head">
        <h2 id={headingId} ref={heading} tabIndex={-1} className="section-head__title">
          {t('admin.groups.heading')}
        </h2>
      </div>
      {load.kind === 'loading' && <p>{t('app.loading')}</p>}
      {load.kind === 'failed' && <p className="form-error">{t('admin.groups.loadFailed')}</p>}
      {load.kind === 'loaded' && load.data.length === 0 && <p>{t('admin.groups.empty')}</p>}
      {load.kind === 'loaded' && load.data.length > 0 && (
        <ul className="plan-list admin-groups">
          {load.data.map(({ group, plans }) => (
            <li key={group.id} className="plan-list__item">
              <Link href={groupHref(group.id)} className="plan-list__link">
                {group.name}
              </Link>
              <span className="admin-groups__side">
                <span className="plan-list__meta">{t('admin.groups.planCount', { count: plans })}</span>
                {plans === 0 && (
                  <button
                    type="button"
                    className="button button--small"
                    aria-label={t('admin.groups.removeOne', { name: group.name })}
                    onClick={() => setRemoving(group)}
                  >
                    {t('admin.groups.remove')}
                  </button>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}

      <section aria-labelledby={createHeadingId} className="admin-create">
        <h3 id={createHeadingId}>{t('admin.groups.createTitle')}</h3>
        <form className="form form--inline" onSubmit={(event) => void create(event)}>
          <InputField label={t('admin.groups.name')} required maxLength={300} value={name} onValue={setName} />
          <button type="submit" className="button button--primary" aria-disabled={busy || undefined}>
            {t('admin.groups.create')}
          </button>
        </form>
        <FeedbackRegion feedback={feedback} />
      </section>

      {removing && (
        <ConfirmDialog
          title={t('admin.groups.removeTitle')}
          confirmLabel={t('admin.groups.removeConfirm')}
          conflict={t('admin.groups.hasPlans')}
          onConfirm={async () => {
            await deleteGroup(removing.id);
            await reload();
          }}
          onDone={() => {
            close();
            announce(t('admin.groups.removed', { name: removing.name }));
          }}
          onClose={close}
          onSessionLost={onSessionLost}
          fallbackFocus={heading}
        >
          <p>{t('admin.groups.removeQuestion', { name: removing.name })}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
