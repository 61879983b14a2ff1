import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RoundTripDialog } from './RoundTripDialog';

/** Opens the Excel round trip; shown beside the export to those who may edit the plan. */
export function RoundTripButton({ planId, onSessionLost }: { planId: string; onSessionLost: () => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button plan-nav__export" onClick={() => setOpen(true)}>
        {t('roundTrip.open')}
      </button>
      {open && <RoundTripDialog planId={planId} onClose={() => setOpen(false)} onSessionLost={onSessionLost} />}
    </>
  );
}
