import { useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { completeMention, matchingMembers, mentionQueryAt, type Mentionable, type MentionQuery } from './mentions';

interface Props {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  members: readonly Mentionable[];
  /** Ctrl+Enter sends. */
  onSubmit: () => void;
}

/**
 * A message box where typing @ suggests members of the plan's group. The
 * suggestions follow the ARIA combobox idea on a plain text box: the box
 * points at the list (`aria-controls`) and at the highlighted member
 * (`aria-activedescendant`); arrows move, Enter or Tab chooses, Escape closes.
 */
export function MentionTextarea({ id, label, value, onChange, members, onSubmit }: Props) {
  const { t } = useTranslation();
  const box = useRef<HTMLTextAreaElement>(null);
  const [query, setQuery] = useState<MentionQuery | null>(null);
  const [active, setActive] = useState(0);
  const caretAfter = useRef<number | null>(null);
  const matches = query ? matchingMembers(members, query.query) : [];
  const open = matches.length > 0;
  const listId = `${id}-mentions`;
  const optionId = (index: number) => `${listId}-${index}`;

  // A chosen member changed the text: put the caret after the name once the new value is in.
  useLayoutEffect(() => {
    if (caretAfter.current === null || !box.current) return;
    box.current.setSelectionRange(caretAfter.current, caretAfter.current);
    caretAfter.current = null;
  }, [value]);

  const follow = (element: HTMLTextAreaElement) => {
    setQuery(mentionQueryAt(element.value, element.selectionStart));
    setActive(0);
  };

  const choose = (member: Mentionable) => {
    const element = box.current;
    if (!query || !element) return;
    const done = completeMention(value, query, element.selectionStart, member);
    caretAfter.current = done.caret;
    setQuery(null);
    onChange(done.text);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      onSubmit();
      return;
    }
    if (!open) return;
    const moves: Record<string, () => void> = {
      ArrowDown: () => setActive((active + 1) % matches.length),
      ArrowUp: () => setActive((active - 1 + matches.length) % matches.length),
      Enter: () => choose(matches[active] ?? matches[0]!),
      Tab: () => choose(matches[active] ?? matches[0]!),
      // The panel would close on Escape too; here it only closes the suggestions.
      Escape: () => setQuery(null),
    };
    const move = moves[event.key];
    if (!move || event.shiftKey) return;
    event.preventDefault();
    event.stopPropagation();
    move();
  };

  return (
    <div className="mention-field">
      <label htmlFor={id} className="mention-field__label">
        {label}
      </label>
      <textarea
        ref={box}
        id={id}
        className="mention-field__box"
        rows={3}
        value={value}
        aria-autocomplete="list"
        aria-controls={open ? listId : undefined}
        aria-activedescendant={open ? optionId(active) : undefined}
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          onChange(event.target.value);
          follow(event.target);
        }}
        onKeyDown={onKeyDown}
        onKeyUp={(event) => {
          if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') follow(event.currentTarget);
        }}
        onClick={(event) => follow(event.currentTarget)}
        onBlur={() => setQuery(null)}
      />
      {open && (
        <ul id={listId} role="listbox" aria-label={t('comments.mentions.list')} className="mention-field__list">
          {matches.map((member, index) => (
            <li
              key={member.userId}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              className="mention-field__option"
              // Chosen on press, before the box loses focus and closes the list.
              onMouseDown={(event) => {
                event.preventDefault();
                choose(member);
              }}
            >
              {member.name}
            </li>
          ))}
        </ul>
      )}
      <p id={`${id}-hint`} className="field-hint">
        {members.length > 0 ? t('comments.mentions.hint') : t('comments.sendHint')}
      </p>
      <p role="status" className="visually-hidden">
        {open ? t('comments.mentions.count', { count: matches.length }) : ''}
      </p>
    </div>
  );
}
