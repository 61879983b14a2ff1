import { escapeHtml, multiline } from '../../exports/html/textBlocks';
import { SIGNATURES, meetingTime, minutesHeading, type Minutes } from './minutesModel';

const CSS = `body{font-family:system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}
h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem}dt{font-weight:600}.signatures{display:grid;grid-template-columns:1fr 1fr;gap:2.5rem 2rem;margin-top:3rem}
.signatures div{border-top:1px solid #444;padding-top:.25rem}`;

const list = (items: string[]) => (items.length ? `<ul>${items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>` : '<p>–</p>');

/** The minutes as one self-contained, accessible page; every word a person wrote is escaped. */
export function renderMinutesHtml(minutes: Minutes): string {
  const heading = minutesHeading(minutes);
  const facts: Array<[string, string]> = [
    ['Toimielin', minutes.groupName],
    ['Aika', meetingTime(minutes.startsAt)],
    ...(minutes.place ? [['Paikka', minutes.place] as [string, string]] : []),
    ...(minutes.videoLink ? [['Etäyhteys', minutes.videoLink] as [string, string]] : []),
    ['Suunnitelma', minutes.planTitle],
  ];
  const items = minutes.items
    .map(
      (item) => `<section aria-labelledby="item-${item.number}">
<h2 id="item-${item.number}">§ ${item.number} ${escapeHtml(item.title)}</h2>
${item.notes ? `<h3>Käsittely</h3><p>${multiline(item.notes)}</p>` : ''}
<h3>Päätös</h3><p>${item.decision ? multiline(item.decision) : '–'}</p>
${item.changes.length ? `<h3>Kokouksessa tehdyt tilamuutokset</h3>${list(item.changes)}` : ''}
</section>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="fi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(heading)}</title>
<style>${CSS}</style>
</head>
<body>
<main>
<h1>${escapeHtml(heading)}</h1>
${minutes.approved ? '<p>Hyväksytty pöytäkirja.</p>' : '<p>Luonnos: pöytäkirjaa ei ole vielä hyväksytty.</p>'}
<dl>${facts.map(([term, value]) => `<dt>${term}</dt><dd>${escapeHtml(value)}</dd>`).join('')}</dl>
<h2>Läsnä</h2>${list(minutes.present)}
<h2>Poissa</h2>${list(minutes.absent)}
${minutes.guests.length ? `<h2>Muut läsnäolijat</h2>${list(minutes.guests)}` : ''}
${items}
${minutes.otherChanges.length ? `<h2>Muut kokouksessa tehdyt tilamuutokset</h2>${list(minutes.otherChanges)}` : ''}
<h2>Allekirjoitukset</h2>
<div class="signatures">${SIGNATURES.map((role) => `<div>${role}</div>`).join('')}</div>
</main>
</body>
</html>
`;
}
