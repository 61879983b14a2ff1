import { exportsEn } from './exports.en';
import type { planViewsFi } from './planViews.fi';
import { reportEn } from './report.en';
import { compareEn, versionsEn } from './versions.en';

export const planViewsEn: typeof planViewsFi = {
  planNav: {
    label: 'Plan views',
    plan: 'Plan',
    versions: 'Versions',
    report: 'Report',
    indicators: 'Indicators',
  },
  versions: versionsEn,
  compare: compareEn,
  report: reportEn,
  exports: exportsEn,
};
