/** A member of the plan's group who can be mentioned with @. */
export interface Mentionable {
  userId: string;
  name: string;
}

/** The @-word being typed at the caret: where its @ is and what follows it. */
export interface MentionQuery {
  start: number;
  query: string;
}

// Names have spaces ("Maija Meikäläinen"), so the query may too, within reason.
const MAX_QUERY = 40;

/** The mention being typed at `caret`, if any: an @ at the start or after a space, on the same line. */
export function mentionQueryAt(text: string, caret: number): MentionQuery | null {
  const before = text.slice(0, caret);
  const start = before.lastIndexOf('@');
  if (start < 0 || caret - start - 1 > MAX_QUERY) return null;
  if (start > 0 && !/\s/.test(before[start - 1] ?? '')) return null;
  const query = before.slice(start + 1);
  return /[\n@]/.test(query) ? null : { start, query };
}

const fold = (text: string) => text.normalize('NFC').toLocaleLowerCase('fi');

/** Members whose name has a word starting with each word typed ("ma me" finds Maija Meikäläinen). */
export function matchingMembers<M extends Mentionable>(members: readonly M[], query: string, limit = 6): M[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  return members
    .filter((member) => {
      const nameWords = fold(member.name).split(/\s+/);
      return words.every((word) => nameWords.some((nameWord) => nameWord.startsWith(word)));
    })
    .slice(0, limit);
}

/** The text with the mention being typed replaced by `@Name `, and where the caret goes. */
export function completeMention(text: string, at: MentionQuery, caret: number, member: Mentionable) {
  const inserted = `@${member.name} `;
  return { text: text.slice(0, at.start) + inserted + text.slice(caret), caret: at.start + inserted.length };
}

export type TextPart = { text: string; mention: boolean };

/** The members a message mentions: those whose `@Name` it holds as a whole name (the longest name where names overlap). */
export function mentionedIds(text: string, members: readonly Mentionable[]): string[] {
  const mentioned = new Set(
    splitMentions(text, members.map((member) => member.name))
      .filter((part) => part.mention)
      .map((part) => part.text.slice(1)),
  );
  return members.filter((member) => mentioned.has(member.name)).map((member) => member.userId);
}

/** A message's text cut into plain parts and `@Name` parts of the given names, to show mentions apart. */
export function splitMentions(text: string, names: readonly string[]): TextPart[] {
  const tokens = names.filter(Boolean).map((name) => `@${name}`);
  const parts: TextPart[] = [];
  let plain = '';
  let i = 0;
  while (i < text.length) {
    // The longest name first ("@Anna Maria" before "@Anna"), and only a whole name ("@Anna", not the start of "@Annika").
    const token = tokens
      .filter((candidate) => text.startsWith(candidate, i) && !/[\p{L}\p{N}]/u.test(text[i + candidate.length] ?? ''))
      .sort((a, b) => b.length - a.length)[0];
    if (token) {
      if (plain) parts.push({ text: plain, mention: false });
      parts.push({ text: token, mention: true });
      plain = '';
      i += token.length;
    } else {
      plain += text[i];
      i++;
    }
  }
  if (plain) parts.push({ text: plain, mention: false });
  return parts;
}
