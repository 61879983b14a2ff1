import { escapeHtml, multiline } from '../../exports/html/textBlocks';
import { SIGNATURES, WORDS, minutesFacts, minutesHeading, type Minutes } from './minutesModel';

const CSS = `body{font-family:system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}
h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem}dt{font-weight:600}table{border-collapse:collapse}th,td{border:1px solid #8a8a8a;padding:.25rem .5rem;text-align:left;vertical-align:top}
caption{text-align:left;font-weight:600}.signatures{display:grid;grid-template-columns:1fr 1fr;gap:2.5rem 2rem;margin-top:3rem}.signatures div{border-top:1px solid #444;padding-top:.25rem}`;

const list = (items: string[]) => (items.length ? `<ul>${items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>` : '<p>–</p>');

function table(caption: string, headers: [string, string], rows: Array<[string, string]>): string {
  const head = headers.map((h) => `<th scope="col">${h}</th>`).join('');
  const body = rows.map(([first, second]) => `<tr><th scope="row">${escapeHtml(first)}</th><td>${escapeHtml(second) || '–'}</td></tr>`).join('');
  return `<table><caption>${caption}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

/** The minutes as one self-contained, accessible page (main thread: no libraries); every word a person wrote is escaped. */
export function renderMinutesHtml(minutes: Minutes): string {
  const heading = minutesHeading(minutes);
  const items = minutes.items
    .map(
      (item) => `<section aria-labelledby="item-${item.number}">
<h2 id="item-${item.number}">§ ${item.number} ${escapeHtml(item.title)}</h2>
${item.notes ? `<h3>${WORDS.notes}</h3><p>${multiline(item.notes)}</p>` : ''}
<h3>${WORDS.decision}</h3><p>${item.decision ? multiline(item.decision) : '–'}</p>
${item.changes.length ? `<h3>${WORDS.changes}</h3>${list(item.changes)}` : ''}
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
<p>${minutes.approved ? WORDS.approved : WORDS.draft}</p>
<dl>${minutesFacts(minutes).map(([term, value]) => `<dt>${term}</dt><dd>${escapeHtml(value)}</dd>`).join('')}</dl>
<h2>${WORDS.attendance}</h2>
${minutes.attendance.length ? table(WORDS.attendanceCaption, [WORDS.name, WORDS.attended], minutes.attendance.map((r) => [r.name, r.attendance])) : '<p>–</p>'}
${minutes.guests.length ? `<h2>${WORDS.guests}</h2>${table(WORDS.guests, [WORDS.name, WORDS.guestNote], minutes.guests.map((g) => [g.name, g.note]))}` : ''}
${items}
${minutes.otherChanges.length ? `<h2>${WORDS.otherChanges}</h2>${list(minutes.otherChanges)}` : ''}
<h2>${WORDS.signatures}</h2>
<div class="signatures">${SIGNATURES.map((role) => `<div>${role}</div>`).join('')}</div>
</main>
</body>
</html>
`;
}
