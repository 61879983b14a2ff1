/** The plan text editor's own messages: one spread in fi.ts. */
export const editorFi = {
  planText: {
    paused:
      'Tekstissä on sisältöä, jota tämä sovelluksen versio ei osaa näyttää. Muokkaus on keskeytetty, eikä tekstin päälle kirjoiteta mitään. Alla on luettava kopio; lataa sivu uudelleen nähdäksesi muiden muutokset.',
  },
};
