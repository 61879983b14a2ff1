import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useLoad } from '../components/useLoad';
import { Link } from '../routing/Link';
import { getRoundsReach } from './api';

/** The plan's parties, target groups and projects, where contact persons are added (a page of its own). */
export const vocabulariesHref = (planId: string) => `/plans/${encodeURIComponent(planId)}/vocabularies`;

/**
 * "3 vastuutahoa ilman yhteyshenkilöä": the lead parties a round opened now
 * cannot reach directly (their requests go to the coordinators), as the plan
 * is now, with the way to add their contacts. Shown before a round is
 * opened and on a round's page; nothing when every party is reached.
 */
export function ReachNotice({ planId, onSessionLost }: { planId: string; onSessionLost: () => void }) {
  const { t } = useTranslation();
  const fetchReach = useCallback(() => getRoundsReach(planId), [planId]);
  const { load } = useLoad(fetchReach, onSessionLost);
  if (load.kind !== 'loaded') return null;
  const { partiesWithoutContact: parties, measuresWithoutParty } = load.data;
  if (parties.length === 0 && measuresWithoutParty.length === 0) return null;
  return (
    <div className="notice rounds-reach">
      {parties.length > 0 && (
        <>
          <p className="rounds-reach__title">{t('rounds.reach.parties', { count: parties.length })}</p>
          <p>{t('rounds.reach.partiesIntro')}</p>
          <ul>
            {parties.map(({ party, measureIds }) => (
              <li key={party.id}>{t('rounds.reach.party', { party: party.name, count: measureIds.length })}</li>
            ))}
          </ul>
        </>
      )}
      {measuresWithoutParty.length > 0 && <p>{t('rounds.reach.noParty', { count: measuresWithoutParty.length })}</p>}
      <p>
        <Link href={vocabulariesHref(planId)}>{t('rounds.reach.link')}</Link>
      </p>
    </div>
  );
}
