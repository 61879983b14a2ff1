import { exportsFi } from './exports.fi';
import { reportFi } from './report.fi';
import { compareFi, versionsFi } from './versions.fi';

/** An open plan's navigation, versions, comparisons, the yearly report and exports: one spread in fi.ts. */
export const planViewsFi = {
  planNav: {
    label: 'Suunnitelman näkymät',
    plan: 'Suunnitelma',
    versions: 'Versiot',
    report: 'Raportti',
    indicators: 'Mittarit',
  },
  versions: versionsFi,
  compare: compareFi,
  report: reportFi,
  exports: exportsFi,
};
