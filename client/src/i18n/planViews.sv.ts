import { exportsSv } from './exports.sv';
import type { planViewsFi } from './planViews.fi';
import { reportSv } from './report.sv';
import { compareSv, versionsSv } from './versions.sv';

export const planViewsSv: typeof planViewsFi = {
  planNav: {
    label: 'Planens vyer',
    plan: 'Plan',
    versions: 'Versioner',
    report: 'Rapport',
    indicators: 'Indikatorer',
  },
  versions: versionsSv,
  compare: compareSv,
  report: reportSv,
  exports: exportsSv,
};
