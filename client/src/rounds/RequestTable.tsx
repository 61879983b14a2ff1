import { useTranslation } from 'react-i18next';
import { DataTable, RowButton } from '../components/DataTable';
import type { Round } from './api';
import { formatDay } from '../i18n/dateTime';

export type RoundRequest = Round['requests'][number];

interface Props {
  requests: RoundRequest[];
  labelledBy: string;
  partyName: (request: RoundRequest) => string;
  /** Absent for those who may not run rounds. */
  onRemind?: (request: RoundRequest) => void;
  onRevoke?: (request: RoundRequest) => void;
}

/** Progress per party: who got the request, how many measures, answered, pending or overdue, and the last mail. */
export function RequestTable({ requests, labelledBy, partyName, onRemind, onRevoke }: Props) {
  const { t, i18n } = useTranslation();
  const stateOf = (r: RoundRequest) => (r.revokedAt ? 'revoked' : r.state);
  return (
    <DataTable
      rows={requests}
      rowKey={(r) => r.id}
      labelledBy={labelledBy}
      rowClassName={(r) => `round-request round-request--${stateOf(r)}`}
      nameColumn={{ header: t('rounds.party'), cell: (r) => partyName(r) }}
      columns={[
        {
          header: t('rounds.recipients'),
          cell: (r) => (
            <>
              {r.contacts.join(', ')}
              {r.fallback && <span className="round-request__fallback">{t('rounds.fallback')}</span>}
            </>
          ),
        },
        { header: t('rounds.measures'), cell: (r) => String(r.measureIds.length) },
        { header: t('rounds.state'), cell: (r) => <span className={`round-state round-state--${stateOf(r)}`}>{t(`rounds.states.${stateOf(r)}`)}</span> },
        { header: t('rounds.lastMailed'), cell: (r) => (r.lastMailedAt ? formatDay(r.lastMailedAt, i18n.language) : t('rounds.never')) },
      ]}
      actions={
        onRemind && onRevoke
          ? {
              header: t('rounds.actions'),
              cell: (r) =>
                r.revokedAt || r.state === 'answered' ? null : (
                  <>
                    <RowButton label={t('rounds.remindLabel', { party: partyName(r) })} onClick={() => onRemind(r)}>
                      {t('rounds.remind')}
                    </RowButton>
                    <RowButton label={t('rounds.revokeLabel', { party: partyName(r) })} onClick={() => onRevoke(r)}>
                      {t('rounds.revoke')}
                    </RowButton>
                  </>
                ),
            }
          : undefined
      }
    />
  );
}
