import { useTranslation } from 'react-i18next';
import type { BodyChange } from '../../../shared/plan';
import { MarkedText } from './MarkedText';

/** The plan text's changed blocks: whole blocks added or removed, and rewritten ones word by word. */
export function TextDiff({ changes }: { changes: BodyChange[] }) {
  const { t } = useTranslation();
  return (
    <ol className="text-diff">
      {changes.map((change, index) => (
        <li key={index} className={`text-diff__block text-diff__block--${change.kind}`}>
          <span className="text-diff__kind">{t(`compare.block.${change.kind}`)}</span>
          <p className="text-diff__text">
            {change.parts.map((part, k) => {
              // A whole added or removed block comes as one unchanged part: the block's kind tells which it is.
              const kind = change.kind === 'changed' ? part.kind : change.kind;
              return kind === 'same' ? <span key={k}>{part.text}</span> : <MarkedText key={k} kind={kind} text={part.text} />;
            })}
          </p>
        </li>
      ))}
    </ol>
  );
}
