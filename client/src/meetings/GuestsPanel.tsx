import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { MAX_GUEST_TEXT, putGuest, removeGuest, type Guest } from '../../../shared/meeting';
import { InputField } from '../components/FormField';

interface Props {
  doc: Y.Doc;
  guests: Guest[];
  readOnly: boolean;
}

/** Others present (muut läsnäolijat): a name and an organisation or role each, co-edited in the meeting document. */
export function GuestsPanel({ doc, guests, readOnly }: Props) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const [said, setSaid] = useState('');
  const errorId = useId();
  const nameField = useRef<HTMLInputElement>(null);

  const add = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setMissing(true);
      nameField.current?.focus();
      return;
    }
    putGuest(doc, { name, note });
    setSaid(t('meetings.guestAdded', { name: name.trim() }));
    setName('');
    setNote('');
    setMissing(false);
    nameField.current?.focus();
  };

  const remove = (guest: Guest) => {
    removeGuest(doc, guest.id);
    setSaid(t('meetings.guestRemoved', { name: guest.name }));
    // The button goes with its row: focus stays in the form rather than falling to the page.
    nameField.current?.focus();
  };

  return (
    <section className="meeting-guests" aria-labelledby="meeting-guests-heading">
      <h2 id="meeting-guests-heading">{t('meetings.guests')}</h2>
      {guests.length === 0 ? (
        <p>{t('meetings.guestsNone')}</p>
      ) : (
        <ul className="meeting-guests__list">
          {guests.map((guest) => (
            <li key={guest.id} data-guest={guest.id}>
              <span>
                {guest.name}
                {guest.note && <span className="meeting-guests__note">, {guest.note}</span>}
              </span>
              {!readOnly && (
                <button type="button" className="button button--small" onClick={() => remove(guest)} aria-label={t('meetings.removeGuest', { name: guest.name })}>
                  ×
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!readOnly && (
        <form className="meeting-guests__form" onSubmit={add} noValidate>
          <InputField
            ref={nameField}
            label={t('meetings.guestName')}
            value={name}
            onValue={(value) => {
              setName(value);
              if (value.trim()) setMissing(false);
            }}
            maxLength={MAX_GUEST_TEXT}
            autoComplete="off"
            invalid={missing}
            describedBy={missing ? errorId : undefined}
          />
          <InputField label={t('meetings.guestNote')} hint={t('meetings.guestNoteHint')} value={note} onValue={setNote} maxLength={MAX_GUEST_TEXT} autoComplete="off" />
          {missing && (
            <p id={errorId} className="form-error" role="alert">
              {t('meetings.guestNameMissing')}
            </p>
          )}
          <button type="submit" className="button">
            {t('meetings.addGuest')}
          </button>
        </form>
      )}
      <p className="visually-hidden" role="status">
        {said}
      </p>
    </section>
  );
}
