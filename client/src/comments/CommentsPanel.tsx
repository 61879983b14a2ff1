import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Thread } from '../../../shared/discussion';
import { useRootClass } from '../components/useRootClass';
import { DraftForm } from './DraftForm';
import { PANEL_ID, PANEL_TITLE_ID, threadButtonId } from './ids';
import { subjectOf, subjectOfTarget, type MeasureIndex } from './subjects';
import { ThreadCard } from './ThreadCard';
import { threadsInView } from './threads';
import type { Comments } from './useComments';
import { usePanelFocus } from './usePanelFocus';
import { useSubjectText } from './useSubjectText';
import '../components/dialog.css';
import '../components/forms.css';
import './comments.css';

/** On the page's root while the panel is open (comments.css makes room for it). */
const COMMENTS_OPEN_CLASS = 'comments-open';

interface Props {
  planId: string;
  userId: string;
  comments: Comments;
  measures: MeasureIndex;
}

/**
 * The side panel of comments: the open threads of the whole plan or of one
 * measure, newest activity first, a new thread being written, and resolved
 * ones on request. A complementary region beside the plan, not a modal: the
 * text and the table stay usable while it is open. Escape closes it and the
 * focus goes back to where it was.
 */
export function CommentsPanel({ planId, userId, comments, measures }: Props) {
  const { t } = useTranslation();
  const { panel, dispatch, threads, unread, access } = comments;
  const describe = useSubjectText();
  const resolvedId = useId();
  const [announcement, setAnnouncement] = useState('');
  usePanelFocus(panel);
  useRootClass(COMMENTS_OPEN_CLASS, panel.open);

  const shown = useMemo(() => threadsInView(threads, panel.view, panel.showResolved), [threads, panel.view, panel.showResolved]);

  if (!panel.open) return null;

  const onResolvedChange = (thread: Thread, resolved: boolean) => {
    setAnnouncement(resolved ? t('comments.thread.resolvedNow') : t('comments.thread.reopenedNow'));
    // A resolved thread leaves the list unless resolved ones are shown: the heading takes the focus then.
    const stays = !resolved || panel.showResolved;
    document.getElementById(stays ? threadButtonId(thread.threadId) : PANEL_TITLE_ID)?.focus();
  };

  const measureView = panel.view.kind === 'measure' ? panel.view : null;
  const empty = panel.showResolved ? t('comments.panel.noneAtAll') : t('comments.panel.none');

  return (
    <aside
      id={PANEL_ID}
      className="comments-panel"
      aria-labelledby={PANEL_TITLE_ID}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !event.defaultPrevented) {
          event.stopPropagation();
          dispatch({ type: 'close' });
        }
      }}
    >
      <div className="comments-panel__head">
        <h2 id={PANEL_TITLE_ID} className="comments-panel__title" tabIndex={-1}>
          {t('comments.panel.title')}
        </h2>
        <button type="button" className="button button--small" onClick={() => dispatch({ type: 'close' })}>
          {t('comments.panel.close')}
        </button>
      </div>
      {measureView && (
        <div className="comments-panel__scope">
          <p className="comments-panel__scope-name">{describe(subjectOfTarget({ kind: 'measure', measureId: measureView.measureId }, measures))}</p>
          <div className="comments-panel__scope-actions">
            {access.canComment && !panel.draft && (
              <button
                type="button"
                className="button button--small"
                onClick={() => dispatch({ type: 'startComment', target: { kind: 'measure', measureId: measureView.measureId } })}
              >
                {t('comments.panel.newOnMeasure')}
              </button>
            )}
            <button type="button" className="button button--small" onClick={() => dispatch({ type: 'openAll' })}>
              {t('comments.panel.showAll')}
            </button>
          </div>
        </div>
      )}
      <div className="check comments-panel__filter">
        <input
          id={resolvedId}
          type="checkbox"
          checked={panel.showResolved}
          onChange={(event) => dispatch({ type: 'showResolved', show: event.target.checked })}
        />
        <label htmlFor={resolvedId}>{t('comments.panel.showResolved')}</label>
      </div>
      {panel.draft && (
        <DraftForm
          // A new target is a new draft: the text box starts empty again.
          key={panel.draft.kind === 'measure' ? panel.draft.measureId : panel.draft.anchor.start}
          planId={planId}
          target={panel.draft}
          subject={describe(subjectOfTarget(panel.draft, measures))}
          members={access.members}
          onDone={(threadId) => dispatch({ type: 'draftDone', threadId })}
        />
      )}
      {shown.length === 0 && !panel.draft && <p className="comments-panel__empty">{empty}</p>}
      {!access.canComment && <p className="field-hint">{t('comments.panel.readOnly')}</p>}
      {access.canComment && panel.view.kind === 'all' && !panel.draft && (
        <p className="field-hint">{t('comments.panel.howTo')}</p>
      )}
      {shown.length > 0 && (
        <ul className="comments-panel__threads" aria-label={t('comments.panel.listLabel', { count: shown.length })}>
          {shown.map((thread) => (
            <ThreadCard
              key={thread.threadId}
              planId={planId}
              thread={thread}
              subject={describe(subjectOf(thread, measures))}
              expanded={panel.expanded.has(thread.threadId)}
              unread={unread.isUnread(thread)}
              userId={userId}
              canComment={access.canComment}
              members={access.members}
              onToggle={() => dispatch({ type: 'toggleThread', threadId: thread.threadId })}
              onRead={() => unread.markOpened(thread)}
              onResolvedChange={(resolved) => onResolvedChange(thread, resolved)}
            />
          ))}
        </ul>
      )}
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
    </aside>
  );
}
