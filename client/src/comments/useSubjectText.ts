import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Subject } from './subjects';

/** A subject in words: "Toimenpide 12: Liikuntaneuvonta" or "Tekstissä: ”…”". */
export function useSubjectText(): (subject: Subject) => string {
  const { t } = useTranslation();
  return useCallback(
    (subject: Subject) => {
      switch (subject.kind) {
        case 'measure':
          return t('comments.subject.measure', { n: subject.n, title: subject.title || t('comments.subject.untitled') });
        case 'removedMeasure':
          return t('comments.subject.removedMeasure');
        case 'text':
          return t('comments.subject.text', { quote: subject.quote });
        case 'agendaItem':
          return t('comments.subject.agendaItem', { title: subject.title });
      }
    },
    [t],
  );
}
