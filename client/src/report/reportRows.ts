import type { TFunction } from 'i18next';
import { isTargetGroup, type YearlyReport } from '../../../shared/plan';
import type { CountsRow } from './chartBars';

/** The report's cuts as labelled rows for the chart and the tables. */
export function reportRows(report: YearlyReport, t: TFunction) {
  return {
    focusAreas: report.focusAreas.map((focusArea): CountsRow => ({
      key: focusArea.id,
      label: focusArea.title || t('report.untitled'),
      counts: focusArea.counts,
    })),
    // The server lower-cases the parties to count "Sivistystoimi" and "sivistystoimi" as one.
    byResponsible: report.byResponsible.map(({ key, counts }): CountsRow => ({
      key,
      label: key === '' ? t('report.noResponsible') : key.charAt(0).toLocaleUpperCase('fi') + key.slice(1),
      counts,
    })),
    byTargetGroup: report.byTargetGroup.map(({ key, counts }): CountsRow => ({
      key,
      label: t(`targetGroup.${isTargetGroup(key) ? key : 'none'}`),
      counts,
    })),
  };
}
