import type { editorFi } from './editor.fi';

export const editorSv: typeof editorFi = {
  planText: {
    paused:
      'Texten innehåller sådant som den här versionen av appen inte kan visa. Redigeringen har avbrutits och ingenting skrivs över texten. Nedan finns en läsbar kopia; ladda om sidan för att se andras ändringar.',
  },
};
