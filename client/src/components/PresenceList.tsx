import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Participant } from '../collab/usePresence';

export function PresenceList({ participants }: { participants: Participant[] }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="presence" aria-labelledby={headingId}>
      <h2 id={headingId} className="presence__title">
        {t('presence.title')}
      </h2>
      <ul className="presence__list">
        {participants.map((p) => (
          <li key={p.id} className="presence__person">
            <span className="presence__swatch" style={{ backgroundColor: p.color }} aria-hidden="true" />
            {p.isSelf ? t('presence.you', { name: p.name }) : p.name}
          </li>
        ))}
      </ul>
    </section>
  );
}
