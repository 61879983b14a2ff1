import type { Language } from '../../shared/languages';

/** One e-mail as the queue keeps it: to one person, in plain text and HTML. */
export interface MailContent {
  to: { name: string | null; email: string };
  subject: string;
  text: string;
  html: string;
}

/** What a message says, before it is laid out: plain text only, so that nothing a user wrote can become markup. */
export interface MailBody {
  subject: string;
  greeting: string;
  paragraphs: string[];
  /** Items shown as a list after the paragraphs (the measures of a request). */
  items?: string[];
  action?: { label: string; url: string };
  /** Small print after the action (why the mail came, how long the link works). */
  notes?: string[];
  signature: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** The same message as plain text and as simple, accessible HTML (one column, real link text, the language declared). */
export function layOut(language: Language, to: MailContent['to'], body: MailBody): MailContent {
  const text = [
    body.greeting,
    '',
    ...body.paragraphs.flatMap((p) => [p, '']),
    ...(body.items?.length ? [...body.items.map((item) => `- ${item}`), ''] : []),
    ...(body.action ? [`${body.action.label}:`, body.action.url, ''] : []),
    ...(body.notes ?? []).flatMap((n) => [n, '']),
    body.signature,
  ].join('\n');

  const html = `<!DOCTYPE html>
<html lang="${language}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(body.subject)}</title></head>
<body style="margin:0;padding:24px 16px;background:#f4f6f5;color:#1b1f1d;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5">
<div style="max-width:600px;margin:0 auto;background:#ffffff;border-radius:8px;padding:24px">
<p>${escapeHtml(body.greeting)}</p>
${body.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
${body.items?.length ? `<ul>\n${body.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('\n')}\n</ul>` : ''}
${
  body.action
    ? `<p style="margin:24px 0"><a href="${escapeHtml(body.action.url)}" style="display:inline-block;background:#0b6e4f;color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;font-weight:bold">${escapeHtml(body.action.label)}</a></p>
<p style="font-size:14px;color:#4a524e;word-break:break-all">${escapeHtml(body.action.url)}</p>`
    : ''
}
${(body.notes ?? []).map((n) => `<p style="font-size:14px;color:#4a524e">${escapeHtml(n)}</p>`).join('\n')}
<p>${escapeHtml(body.signature)}</p>
</div>
</body>
</html>
`;
  return { to, subject: body.subject, text, html };
}

const LOCALES: Record<Language, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/** A day as people in Finland read it: "31. maaliskuuta 2026", "31 mars 2026", "31 March 2026". */
export function formatDate(language: Language, when: Date): string {
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeZone: 'Europe/Helsinki' }).format(when);
}
