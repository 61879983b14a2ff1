import type { editorFi } from './editor.fi';

export const editorEn: typeof editorFi = {
  planText: {
    paused:
      'The text contains content this version of the app cannot show. Editing is paused and nothing is written over the text. Below is a read-only copy; reload the page to see changes by others.',
  },
};
