import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deleteUser, listUsers, reissueInvite, type AdminUser, type Invite } from '../api/users';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { FeedbackRegion } from '../components/FeedbackRegion';
import { useFeedback } from '../components/useFeedback';
import { useLoad } from '../components/useLoad';
import { CreateUserForm } from './CreateUserForm';
import { EditUserDialog } from './EditUserDialog';
import { InviteLinkDialog } from './InviteLinkDialog';
import { UserTable } from './UserTable';

type Dialog =
  | { kind: 'edit'; user: AdminUser }
  | { kind: 'remove'; user: AdminUser }
  | { kind: 'invite'; name: string; invite: Invite };

interface Props {
  selfId: string;
  onSessionLost: () => void;
}

/** Users: who has a password yet, their details and rights, and one-time links to set a password. */
export function UsersSection({ selfId, onSessionLost }: Props) {
  const { t } = useTranslation();
  const { load, reload } = useLoad(listUsers, onSessionLost);
  const { feedback, run, announce } = useFeedback(onSessionLost);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const headingId = useId();
  const createHeadingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const close = () => setDialog(null);

  const showInvite = async (name: string, invite: Invite) => {
    await reload();
    setDialog({ kind: 'invite', name, invite });
  };

  const reissue = async (user: AdminUser) => {
    const issued = await run(() => reissueInvite(user.id));
    if (issued) await showInvite(user.name, issued.value);
  };

  return (
    <section aria-labelledby={headingId} className="page-section">
      <div className="section-head">
        <h2 id={headingId} ref={heading} tabIndex={-1} className="section-head__title">
          {load.kind === 'loaded' ? t('admin.users.headingCount', { count: load.data.length }) : t('admin.users.heading')}
        </h2>
      </div>
      <FeedbackRegion feedback={feedback} />
      {load.kind === 'loading' && <p>{t('app.loading')}</p>}
      {load.kind === 'failed' && <p className="form-error">{t('admin.users.loadFailed')}</p>}
      {load.kind === 'loaded' && (
        <UserTable
          users={load.data}
          selfId={selfId}
          labelledBy={headingId}
          onEdit={(user) => setDialog({ kind: 'edit', user })}
          onInvite={(user) => void reissue(user)}
          onRemove={(user) => setDialog({ kind: 'remove', user })}
        />
      )}

      <section aria-labelledby={createHeadingId} className="admin-create">
        <h3 id={createHeadingId}>{t('admin.create.title')}</h3>
        <CreateUserForm
          onCreated={async (name, invite) => {
            if (invite) await showInvite(name, invite);
            else await reload();
          }}
          onSessionLost={onSessionLost}
        />
      </section>

      {dialog?.kind === 'invite' && <InviteLinkDialog name={dialog.name} invite={dialog.invite} onClose={close} />}
      {dialog?.kind === 'edit' && (
        <EditUserDialog
          user={dialog.user}
          isSelf={dialog.user.id === selfId}
          onSaved={async (name) => {
            await reload();
            close();
            announce(t('admin.edit.done', { name }));
          }}
          onClose={close}
          onSessionLost={onSessionLost}
        />
      )}
      {dialog?.kind === 'remove' && (
        <ConfirmDialog
          title={t('admin.remove.title')}
          confirmLabel={t('admin.remove.confirm')}
          onConfirm={async () => {
            await deleteUser(dialog.user.id);
            await reload();
          }}
          onDone={() => {
            close();
            announce(t('admin.remove.done', { name: dialog.user.name }));
          }}
          onClose={close}
          onSessionLost={onSessionLost}
          fallbackFocus={heading}
        >
          <p>{t('admin.remove.question', { name: dialog.user.name, email: dialog.user.email })}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
