import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isStatus, isTargetGroupValue } from '../../../shared/plan';
import { clip, type HistoryChange, type HistoryField } from './historyLines';

/** A change in words: "Tila muutettu: aloitettu → valmis". */
export function useChangeText(): (change: HistoryChange) => string {
  const { t } = useTranslation();

  const value = useCallback(
    (field: HistoryField, raw: string) => {
      if (field === 'status' && isStatus(raw)) return t(`history.status.${raw}`);
      if (field === 'targetGroup' && isTargetGroupValue(raw)) return raw === '' ? t('history.empty') : t(`targetGroup.${raw}`);
      return raw.trim() === '' ? t('history.empty') : `”${clip(raw)}”`;
    },
    [t],
  );

  return useCallback(
    (change: HistoryChange) => {
      switch (change.kind) {
        case 'created':
          return t('history.created');
        case 'deleted':
          return t('history.deleted');
        case 'moved':
          return t('history.moved', { from: clip(change.from), to: clip(change.to) });
        case 'field':
          return t('history.changed', {
            field: t(`history.fields.${change.field}`),
            from: value(change.field, change.from),
            to: value(change.field, change.to),
          });
      }
    },
    [t, value],
  );
}
