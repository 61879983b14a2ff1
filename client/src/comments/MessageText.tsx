import { splitMentions } from './mentions';

/** A message's text with its @-mentions set apart, as written (React escapes it: a message cannot inject markup). */
export function MessageText({ text, names }: { text: string; names: readonly string[] }) {
  return (
    <p className="comment-message__text">
      {splitMentions(text, names).map((part, index) =>
        part.mention ? (
          <strong key={index} className="comment-mention">
            {part.text}
          </strong>
        ) : (
          part.text
        ),
      )}
    </p>
  );
}
