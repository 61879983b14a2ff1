import { useCallback, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getGroup, removeMember, type GroupDetail, type Member } from '../api/groups';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { FeedbackRegion } from '../components/FeedbackRegion';
import { PageTitle } from '../components/PageTitle';
import { useFeedback } from '../components/useFeedback';
import { useLoad } from '../components/useLoad';
import { Link } from '../routing/Link';
import { GROUPS_HREF } from '../routing/route';
import { AddMemberDialog } from './AddMemberDialog';
import { EditMemberDialog } from './EditMemberDialog';
import { GroupPlans } from './GroupPlans';
import { GroupMeetings } from '../meetings/GroupMeetings';
import { AnnualClock } from '../calendar/AnnualClock';
import { MemberTable } from './MemberTable';
import { RenameGroupDialog } from './RenameGroupDialog';
import { RoleText } from './RoleText';
import '../components/forms.css';
import './groups.css';

type Dialog =
  | { kind: 'add' }
  | { kind: 'edit'; member: Member }
  | { kind: 'remove'; member: Member }
  | { kind: 'rename' };

interface Props {
  groupId: string;
  onSessionLost: () => void;
}

/** A steering group: its members and plans; chairs, secretaries and administrators also manage it here. */
export function GroupPage({ groupId, onSessionLost }: Props) {
  const { t } = useTranslation();
  const fetchGroup = useCallback(() => getGroup(groupId), [groupId]);
  const { load, reload } = useLoad(fetchGroup, onSessionLost);

  if (load.kind === 'loading') return <p>{t('app.loading')}</p>;
  if (load.kind === 'failed') {
    return (
      <div>
        <PageTitle>{load.status === 404 ? t('groups.notFound') : t('groups.loadOneFailed')}</PageTitle>
        <p>
          <Link href={GROUPS_HREF}>{t('groups.back')}</Link>
        </p>
      </div>
    );
  }
  return <GroupView group={load.data} reload={reload} onSessionLost={onSessionLost} />;
}

interface ViewProps {
  group: GroupDetail;
  reload: () => Promise<void>;
  onSessionLost: () => void;
}

function GroupView({ group, reload, onSessionLost }: ViewProps) {
  const { t } = useTranslation();
  const { feedback, announce } = useFeedback(onSessionLost);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const membersHeadingId = useId();
  const plansHeadingId = useId();
  const membersHeading = useRef<HTMLHeadingElement>(null);
  const manage = group.can.manageGroup;

  const close = () => setDialog(null);
  // The dialog closes once the page shows the change, then says what happened.
  const finish = async (message: string) => {
    await reload();
    setDialog(null);
    announce(message);
  };

  return (
    <div className="group-page">
      <PageTitle>{group.name}</PageTitle>
      <div className="page-meta">
        <span>
          <RoleText role={group.myRole} />
        </span>
        {manage && (
          <button type="button" className="button button--small" onClick={() => setDialog({ kind: 'rename' })}>
            {t('groups.rename.open')}
          </button>
        )}
      </div>
      {!manage && <p className="notice">{t('groups.readOnly')}</p>}
      <FeedbackRegion feedback={feedback} />

      <section aria-labelledby={membersHeadingId} className="page-section">
        <div className="section-head">
          <h2 id={membersHeadingId} ref={membersHeading} tabIndex={-1} className="section-head__title">
            {t('groups.members.heading', { count: group.members.length })}
          </h2>
          {manage && (
            <button type="button" className="button button--primary" onClick={() => setDialog({ kind: 'add' })}>
              {t('groups.members.addOpen')}
            </button>
          )}
        </div>
        <MemberTable
          members={group.members}
          labelledBy={membersHeadingId}
          onEdit={manage ? (member) => setDialog({ kind: 'edit', member }) : undefined}
          onRemove={manage ? (member) => setDialog({ kind: 'remove', member }) : undefined}
        />
      </section>

      <section aria-labelledby={plansHeadingId} className="page-section">
        <h2 id={plansHeadingId}>{t('groups.plansHeading')}</h2>
        <GroupPlans plans={group.plans} />
      </section>

      <GroupMeetings groupId={group.id} plans={group.plans} canManage={manage} onSessionLost={onSessionLost} />

      <AnnualClock groupId={group.id} plans={group.plans} onSessionLost={onSessionLost} />

      {dialog?.kind === 'add' && (
        <AddMemberDialog
          groupId={group.id}
          members={group.members}
          onSaved={(name) => finish(t('groups.members.added', { name }))}
          onClose={close}
          onSessionLost={onSessionLost}
        />
      )}
      {dialog?.kind === 'edit' && (
        <EditMemberDialog
          groupId={group.id}
          member={dialog.member}
          onSaved={(name) => finish(t('groups.members.saved', { name }))}
          onClose={close}
          onSessionLost={onSessionLost}
        />
      )}
      {dialog?.kind === 'remove' && (
        <ConfirmDialog
          title={t('groups.members.removeTitle')}
          confirmLabel={t('groups.members.removeConfirm')}
          onConfirm={async () => {
            await removeMember(group.id, dialog.member.userId);
            await reload();
          }}
          onDone={() => {
            close();
            announce(t('groups.members.removed', { name: dialog.member.name }));
          }}
          onClose={close}
          onSessionLost={onSessionLost}
          fallbackFocus={membersHeading}
        >
          <p>{t('groups.members.removeQuestion', { name: dialog.member.name, group: group.name })}</p>
        </ConfirmDialog>
      )}
      {dialog?.kind === 'rename' && (
        <RenameGroupDialog
          groupId={group.id}
          name={group.name}
          onRenamed={(name) => finish(t('groups.rename.done', { name }))}
          onClose={close}
          onSessionLost={onSessionLost}
        />
      )}
    </div>
  );
}
