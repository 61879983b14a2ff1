import type { editorFi } from './editor.fi';

export const editorSv: typeof editorFi = {
  planText: {
    paused:
      'Texten innehåller sådant som den här versionen av appen inte kan visa. Redigeringen har avbrutits och ingenting skrivs över texten. Nedan finns en läsbar kopia; ladda om sidan för att se andras ändringar.',
  },
  indicatorChart: {
    toolbar: 'Infoga indikatorns diagram',
    dialogTitle: 'Infoga ett indikatordiagram i texten',
    choose: 'Planens indikatorer',
    insert: 'Infoga diagram',
    none: 'Planen har inga indikatorer ännu. Lägg först till dem i vyn Indikatorer.',
    kind: 'Indikator',
    unknownTitle: 'okänd indikator',
    missing: 'Indikatorn finns inte längre i planen. Markera diagrammet och ta bort det med Delete, eller lägg till indikatorn igen.',
    failed: 'Indikatorns siffror kunde inte hämtas från servern just nu. De visas när förbindelsen är tillbaka.',
  },
};
