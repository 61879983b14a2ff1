/** What the groups, administration and invite pages say about a change that failed; `kind` keys are ErrorKind. */
export const feedbackFi = {
  badRequest: 'Tiedoissa on virhe. Tarkista ne ja yritä uudelleen.',
  forbidden: 'Sinulla ei ole oikeutta tähän.',
  notFound: 'Kohdetta ei enää löytynyt: joku on ehkä poistanut sen. Lataa sivu uudelleen.',
  conflict: 'Muutos on ristiriidassa nykyisten tietojen kanssa.',
  rateLimited: 'Liian monta yritystä. Odota hetki ja yritä uudelleen.',
  network: 'Palvelimeen ei saatu yhteyttä. Tarkista verkkoyhteys ja yritä uudelleen.',
  failed: 'Toiminto epäonnistui. Yritä uudelleen.',
  cancel: 'Peruuta',
  close: 'Sulje',
};
