import { useTranslation } from 'react-i18next';

/**
 * Added text as <ins>, removed as <del>: underlined or struck through, not
 * only coloured. Screen readers mostly keep quiet about both elements, so
 * hidden words say where each begins and ends.
 */
export function MarkedText({ kind, text }: { kind: 'added' | 'removed'; text: string }) {
  const { t } = useTranslation();
  const Tag = kind === 'added' ? 'ins' : 'del';
  return (
    <Tag className={`marked marked--${kind}`}>
      <span className="visually-hidden">[{t(`compare.marks.${kind}Start`)}] </span>
      {text}
      <span className="visually-hidden"> [{t(`compare.marks.${kind}End`)}]</span>
    </Tag>
  );
}
