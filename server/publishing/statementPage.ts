/**
 * The accessibility statement (saavutettavuusseloste) of a published plan,
 * in the order of the Finnish model statement; the supervising authority's
 * part is fixed by law (laki digitaalisten palvelujen tarjoamisesta 306/2019).
 */
import type { AccessibilityStatement } from '../../shared/api/publications';
import { finnishDay } from '../exports/common/dates';
import { escapeHtml, multiline } from '../exports/html/textBlocks';
import type { Publication } from '../storage/publicationStore';
import { renderPage } from './pageLayout';
import { publicationPaths } from './paths';

const COMPLIANCE = {
  full: 'Tämä verkkopalvelu täyttää lain vaatimat saavutettavuusvaatimukset.',
  partial: 'Tämä verkkopalvelu täyttää lain vaatimat saavutettavuusvaatimukset osittain.',
  none: 'Tämä verkkopalvelu ei täytä lain vaatimia saavutettavuusvaatimuksia.',
} as const;

const ENFORCEMENT = `<h2>Valvontaviranomainen</h2>
<p>Jos huomaat sivustolla saavutettavuusongelmia, anna ensin palautetta meille. Vastaamme 14 päivän sisällä.
Jos et ole tyytyväinen saamaasi vastaukseen tai et saa vastausta lainkaan kahden viikon aikana, voit tehdä ilmoituksen Etelä-Suomen aluehallintovirastoon.
Etelä-Suomen aluehallintoviraston sivulla kerrotaan tarkasti, miten ilmoituksen voi tehdä ja miten asia käsitellään.</p>
<dl class="facts">
<dt>Valvontaviranomainen</dt><dd>Etelä-Suomen aluehallintovirasto, Saavutettavuuden valvonnan yksikkö</dd>
<dt>Verkkosivusto</dt><dd><a href="https://www.saavutettavuusvaatimukset.fi">www.saavutettavuusvaatimukset.fi</a></dd>
<dt>Sähköposti</dt><dd><a href="mailto:saavutettavuus@avi.fi">saavutettavuus@avi.fi</a></dd>
<dt>Puhelin</dt><dd>0295 016 000</dd>
</dl>`;

function feedback(s: AccessibilityStatement): string {
  const rows = [
    `<dt>Yhteystaho</dt><dd>${escapeHtml(s.feedbackName)}</dd>`,
    s.feedbackEmail ? `<dt>Sähköposti</dt><dd><a href="mailto:${escapeHtml(s.feedbackEmail)}">${escapeHtml(s.feedbackEmail)}</a></dd>` : '',
    s.feedbackUrl ? `<dt>Palautelomake</dt><dd><a href="${escapeHtml(s.feedbackUrl)}">${escapeHtml(s.feedbackUrl)}</a></dd>` : '',
    s.feedbackPhone ? `<dt>Puhelin</dt><dd>${escapeHtml(s.feedbackPhone)}</dd>` : '',
  ];
  return `<h2>Anna palautetta saavutettavuudesta</h2>\n<dl class="facts">${rows.join('')}</dl>`;
}

function statementBody(s: AccessibilityStatement): string {
  const items = s.nonAccessibleContent
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => `<li>${escapeHtml(line)}</li>`)
    .join('');
  return `<h2>Verkkopalvelun saavutettavuuden tila</h2>
<p>${COMPLIANCE[s.compliance]}</p>
${items ? `<h2>Ei-saavutettava sisältö</h2>\n<ul>${items}</ul>` : ''}
${s.disproportionateBurden ? `<h2>Kohtuuton rasite</h2>\n<p>${multiline(s.disproportionateBurden)}</p>` : ''}
<h2>Miten saavutettavuus on arvioitu</h2>
<p>Arvion teki ${escapeHtml(s.assessedBy)}. Seloste on laadittu tai päivitetty ${finnishDay(new Date(s.assessedOn))}.</p>
${feedback(s)}`;
}

export function renderStatementPage(publication: Publication, planTitle: string, statement: AccessibilityStatement | undefined): string {
  const paths = publicationPaths(publication);
  const owner = publication.municipality ? escapeHtml(publication.municipality) : 'Kunta';
  const body = statement
    ? statementBody(statement)
    : '<p>Saavutettavuusselostetta ei ole vielä laadittu. Voit antaa palautetta saavutettavuudesta kunnan yleisen palautekanavan kautta.</p>';
  return renderPage({
    title: `Saavutettavuusseloste – ${planTitle}`,
    lang: 'fi',
    headLinks: '',
    header: `<p class="municipality">${owner}</p>\n<h1>Saavutettavuusseloste</h1>`,
    main: `<p>Tämä saavutettavuusseloste koskee julkaisua <a href="${paths.latest}">${escapeHtml(planTitle)}</a>. ${owner} pyrkii takaamaan julkaisun saavutettavuuden laissa digitaalisten palvelujen tarjoamisesta (306/2019).</p>
${body}
${ENFORCEMENT}`,
    footer: `<p><a href="${paths.latest}">Takaisin julkaisuun</a></p>`,
  });
}
