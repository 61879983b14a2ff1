/** The plan text editor's own messages: one spread in fi.ts. */
export const editorFi = {
  planText: {
    paused:
      'Tekstissä on sisältöä, jota tämä sovelluksen versio ei osaa näyttää. Muokkaus on keskeytetty, eikä tekstin päälle kirjoiteta mitään. Alla on luettava kopio; lataa sivu uudelleen nähdäksesi muiden muutokset.',
  },
  indicatorChart: {
    toolbar: 'Lisää mittarin kaavio',
    dialogTitle: 'Lisää mittarin kaavio tekstiin',
    choose: 'Suunnitelman mittarit',
    insert: 'Lisää kaavio',
    none: 'Suunnitelmassa ei ole vielä mittareita. Lisää ne ensin Mittarit-näkymässä.',
    kind: 'Mittari',
    unknownTitle: 'tuntematon mittari',
    missing: 'Tätä mittaria ei enää ole suunnitelmassa. Valitse kaavio ja poista se Delete-näppäimellä, tai lisää mittari uudelleen.',
    failed: 'Mittarin lukuja ei saatu juuri nyt palvelimelta. Ne näytetään, kun yhteys palaa.',
  },
};
