import { useTranslation } from 'react-i18next';
import { PANEL_ID } from './ids';

interface Props {
  open: boolean;
  /** Open threads in the whole plan. */
  count: number;
  onToggle: () => void;
}

/** "Kommentit 3 avointa": opens and closes the side panel; its text says how many threads are open. */
export function CommentsButton({ open, count, onToggle }: Props) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="button button--small comments-button"
      aria-expanded={open}
      // Points at the panel only while it is there.
      aria-controls={open ? PANEL_ID : undefined}
      onClick={onToggle}
    >
      {t('comments.panel.title')}{' '}
      {/* Heard once, with its words ("2 avointa ketjua"); seen as the number. */}
      <span className="comments-button__count" aria-hidden="true">
        {count}
      </span>
      <span className="visually-hidden"> {t('comments.panel.openCount', { count })}</span>
    </button>
  );
}
