import { useRef, type RefObject } from 'react';
import type { TFunction } from 'i18next';
import { STATUSES, type Status } from '../../../shared/plan';
import { usePopupPosition } from '../components/combobox/usePopupPosition';
import '../components/combobox/combobox.css';
import { StatusIcon } from './StatusIcon';

interface Props {
  t: TFunction;
  /** The chip the list opens under. */
  anchor: RefObject<HTMLElement | null>;
  /** The picker's id: the list's and its options' ids are made from it. */
  id: string;
  label: string;
  status: Status;
  active: number;
  onChoose: (index: number) => void;
}

/**
 * The open status picker's list, in the top layer like the table's other
 * comboboxes (a focus area clips what stands out of it): focus stays on the
 * picker, which points at the active option; pressing an option does not
 * take it away.
 */
export function StatusListbox({ t, anchor, id, label, status, active, onChoose }: Props) {
  const popup = useRef<HTMLDivElement>(null);
  usePopupPosition(anchor, popup, true);
  return (
    <div ref={popup} className="cb__popup" popover="manual">
      <ul id={`${id}-listbox`} role="listbox" aria-label={label} className="cb__listbox">
        {STATUSES.map((s, index) => (
          <li
            key={s}
            id={`${id}-option-${index}`}
            role="option"
            aria-selected={s === status}
            data-status={s}
            className={`cb__option mt-status-option ${index === active ? 'cb__option--active' : ''}`}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => onChoose(index)}
          >
            <StatusIcon status={s} />
            <span>{t(`status.${s}`)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
