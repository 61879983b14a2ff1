import type { editorFi } from './editor.fi';

export const editorEn: typeof editorFi = {
  planText: {
    paused:
      'The text contains content this version of the app cannot show. Editing is paused and nothing is written over the text. Below is a read-only copy; reload the page to see changes by others.',
  },
  indicatorChart: {
    toolbar: 'Insert indicator chart',
    dialogTitle: 'Insert an indicator chart in the text',
    choose: "The plan's indicators",
    insert: 'Insert chart',
    none: 'The plan has no indicators yet. Add them first in the Indicators view.',
    kind: 'Indicator',
    unknownTitle: 'unknown indicator',
    missing: 'This indicator is no longer in the plan. Select the chart and remove it with Delete, or add the indicator again.',
    failed: "The indicator's figures could not be fetched from the server just now. They are shown when the connection is back.",
  },
};
