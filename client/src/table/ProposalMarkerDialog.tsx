import { useEffect, useMemo, useRef, useState, type SyntheticEvent } from 'react';
import { createPortal } from 'react-dom';
import { readPlanIndicator } from '../../../shared/plan';
import { FeedbackRegion } from '../components/FeedbackRegion';
import { ModalDialog } from '../components/ModalDialog';
import { useFeedback } from '../components/useFeedback';
import { currentLanguage } from '../i18n';
import { decideProposal, type PlanProposal } from '../rounds/api';
import { formatDay } from '../i18n/dateTime';
import type { PlanProposals } from '../rounds/planProposals';
import { fieldId } from './ids';
import { StatusIcon } from './StatusIcon';
import { useTable } from './TableContext';
import { useMeasureField } from './usePlanTable';
import '../components/forms.css';

interface Props {
  proposal: PlanProposal;
  n: number;
  proposals: PlanProposals;
  onClose: () => void;
}

/** Keys and focus inside the dialog are not the table's: Alt+arrows must not move the row, Ctrl+Z not undo it. */
const keepFromTable = (event: SyntheticEvent) => event.stopPropagation();

/**
 * One waiting answer beside the measure as it is now (status, status note,
 * and each local indicator figure it gives), with who answered which round
 * and when. Editors accept it into the plan (written by the server in the
 * respondent's name) or reject it; the outcome is said in the dialog, which
 * stays open until closed. Rendered into the page's body so that the table's
 * styles and handlers do not reach it.
 */
export function ProposalMarkerDialog({ proposal, n, proposals, onClose }: Props) {
  const { t, store, doc, readOnly } = useTable();
  const { feedback, run } = useFeedback();
  const [decided, setDecided] = useState(false);
  const close = useRef<HTMLButtonElement>(null);
  const status = useMeasureField(store, proposal.measureId, 'status');
  const statusNote = useMeasureField(store, proposal.measureId, 'statusNote');
  // The marker that opened the dialog is gone once the answer is decided: focus goes to the row's status.
  const statusField = useMemo(
    () => ({
      get current() {
        return document.getElementById(fieldId({ kind: 'measure', id: proposal.measureId, field: 'status' }));
      },
    }),
    [proposal.measureId],
  );
  useEffect(() => {
    if (decided) close.current?.focus();
  }, [decided]);

  const decide = async (decision: 'accept' | 'reject') => {
    const outcome = await run(() => decideProposal(store.getData().id, proposal.roundId, proposal.id, decision), {
      done: t(decision === 'accept' ? 'rounds.marker.accepted' : 'rounds.marker.rejected'),
      specific: { conflict: t('rounds.marker.decidedAlready'), notFound: t('rounds.marker.decidedAlready') },
    });
    if (outcome) {
      setDecided(true);
      proposals.decided(proposal);
    } else {
      // Decided by someone else meanwhile, perhaps: the markers are fetched again.
      proposals.refresh();
    }
  };

  const day = formatDay(proposal.at, currentLanguage());
  const text = (value: string | undefined) => (value ? value : <span className="mt-proposal-dialog__empty">{t('rounds.marker.empty')}</span>);
  const figures = proposal.indicatorValues.map((value) => {
    const indicator = readPlanIndicator(doc, value.indicatorId);
    const current = indicator?.localValues.find((p) => p.year === value.year)?.value;
    return { ...value, title: indicator?.title ?? value.indicatorId, unit: indicator?.unit ?? '', current };
  });
  const figure = (value: number | undefined, unit: string) => (value === undefined ? t('rounds.marker.noFigure') : `${value.toLocaleString(currentLanguage())}${unit ? ` ${unit}` : ''}`);

  return createPortal(
    <div onKeyDown={keepFromTable} onFocus={keepFromTable} onBlur={keepFromTable}>
      <ModalDialog title={t('rounds.marker.title', { n })} onClose={onClose} fallbackFocus={statusField}>
        <p className="mt-proposal-dialog__measure">{store.getMeasure(proposal.measureId)?.title}</p>
        <p>{t('rounds.marker.answered', { by: proposal.by.name ? `${proposal.by.name} (${proposal.by.email})` : proposal.by.email, date: day, round: proposal.roundTitle })}</p>
        <table className="mt-proposal-dialog__table">
          <caption>{t('rounds.marker.comparison')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('rounds.marker.field')}</th>
              <th scope="col">{t('rounds.marker.current')}</th>
              <th scope="col">{t('rounds.marker.proposed')}</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{t('rounds.marker.status')}</th>
              <td>{status && <StatusWord status={status} />}</td>
              <td>
                <StatusWord status={proposal.status} />
              </td>
            </tr>
            <tr>
              <th scope="row">{t('rounds.marker.statusNote')}</th>
              <td className="mt-proposal-dialog__note">{text(statusNote)}</td>
              <td className="mt-proposal-dialog__note">{text(proposal.statusNote)}</td>
            </tr>
            {figures.map((f) => (
              <tr key={`${f.indicatorId}-${f.year}`}>
                <th scope="row">{t('rounds.marker.figure', { indicator: f.title, year: f.year })}</th>
                <td>{figure(f.current, f.unit)}</td>
                <td>{figure(f.value, f.unit)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {readOnly && <p className="notice">{t('rounds.marker.mayNotDecide')}</p>}
        <FeedbackRegion feedback={feedback} />
        <div className="modal__actions">
          {!readOnly && !decided && (
            <>
              <button type="button" className="button button--primary" onClick={() => void decide('accept')}>
                {t('rounds.marker.accept')}
              </button>
              <button type="button" className="button" onClick={() => void decide('reject')}>
                {t('rounds.marker.reject')}
              </button>
            </>
          )}
          <button ref={close} type="button" className="button" onClick={onClose}>
            {t('rounds.marker.close')}
          </button>
        </div>
      </ModalDialog>
    </div>,
    document.body,
  );
}

function StatusWord({ status }: { status: PlanProposal['status'] }) {
  const { t } = useTable();
  return (
    <span className="mt-proposal-dialog__status">
      <StatusIcon status={status} size={16} /> {t(`statusShort.${status}`)}
    </span>
  );
}
