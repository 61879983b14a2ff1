import type { TFunction } from 'i18next';
import type { YearlyReport } from '../../../shared/plan';
import type { CountsRow } from './chartBars';

/** The report's cuts as labelled rows for the chart and the tables. */
export function reportRows(report: YearlyReport, t: TFunction) {
  return {
    focusAreas: report.focusAreas.map((focusArea): CountsRow => ({
      key: focusArea.id,
      label: focusArea.title || t('report.untitled'),
      counts: focusArea.counts,
    })),
    // One row per party and group of the plan, by id; key '' is the measures without one.
    byResponsible: report.byResponsible.map(({ key, name, counts }): CountsRow => ({
      key,
      label: key === '' ? t('report.noResponsible') : name,
      counts,
    })),
    byTargetGroup: report.byTargetGroup.map(({ key, name, counts }): CountsRow => ({
      key,
      label: key === '' ? t('targetGroup.none') : name,
      counts,
    })),
  };
}
