/** The set-password page opened from a one-time link. */
export const inviteFi = {
  title: 'Aseta salasana',
  welcome: 'Tervetuloa Hyte-työtilaan, {{name}}! Valitse salasana, jolla kirjaudut sähköpostiosoitteella {{email}}.',
  password: 'Uusi salasana',
  hint: 'Vähintään {{count}} merkkiä.',
  again: 'Salasana uudelleen',
  submit: 'Tallenna salasana',
  saving: 'Tallennetaan…',
  tooShort: 'Salasanassa on oltava vähintään {{count}} merkkiä.',
  mismatch: 'Salasanat eivät ole samat. Kirjoita sama salasana molempiin kenttiin.',
  expired: 'Linkki ei ole enää voimassa. Pyydä ylläpitäjältä uusi linkki.',
  invalidTitle: 'Linkki ei ole voimassa',
  invalid: 'Linkki on jo käytetty, se on vanhentunut tai siitä puuttuu osa. Pyydä ylläpitäjältä uusi linkki.',
  loadFailed: 'Linkin tarkistaminen epäonnistui',
  toLogin: 'Kirjautumissivulle',
  done: 'Salasana on asetettu. Kirjaudu sisään sähköpostiosoitteellasi ja uudella salasanallasi.',
};
