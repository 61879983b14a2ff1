import type { Feedback } from './useFeedback';
import './feedback.css';

/**
 * Where a form or page tells the outcome of a change. Both live regions are
 * always rendered, empty when there is nothing to say: a region must exist
 * before its text changes for screen readers to announce it.
 */
export function FeedbackRegion({ feedback, id }: { feedback: Feedback; id?: string }) {
  return (
    <div className="feedback" id={id}>
      <p className="feedback__error" aria-live="assertive">
        {feedback.kind === 'failed' && (
          <>
            {feedback.message}
            {feedback.detail && (
              <>
                {' '}
                <span className="feedback__detail" lang="en">
                  ({feedback.detail})
                </span>
              </>
            )}
          </>
        )}
      </p>
      <p className="feedback__done" role="status">
        {feedback.kind === 'done' && feedback.message}
      </p>
    </div>
  );
}
