import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { addAgendaItem, moveAgendaItem, type AgendaItem } from '../../../shared/meeting';
import { AgendaTextField } from './AgendaTextField';

interface Props {
  doc: Y.Doc;
  agenda: AgendaItem[];
  selected: string | null;
  onSelect: (itemId: string) => void;
  readOnly: boolean;
}

/** The agenda: items in order (move with buttons or by dragging), a free item, and the open item's notes and decision. */
export function AgendaPanel({ doc, agenda, selected, onSelect, readOnly }: Props) {
  const { t } = useTranslation();
  const [newTitle, setNewTitle] = useState('');
  const [dragged, setDragged] = useState<string | null>(null);
  const move = (id: string, index: number) => moveAgendaItem(doc, id, Math.max(0, index));
  const drop = (event: DragEvent, index: number) => {
    event.preventDefault();
    if (dragged) move(dragged, index);
    setDragged(null);
  };
  const open = agenda.find((item) => item.id === selected);

  return (
    <section className="meeting-agenda" aria-labelledby="meeting-agenda-heading">
      <h2 id="meeting-agenda-heading">{t('meetings.agenda')}</h2>
      <ol className="meeting-agenda__list">
        {agenda.map((item, index) => (
          <li
            key={item.id}
            data-agenda-item={item.id}
            className={item.id === selected ? 'meeting-agenda__item meeting-agenda__item--open' : 'meeting-agenda__item'}
            draggable={!readOnly}
            onDragStart={() => setDragged(item.id)}
            onDragOver={(event) => event.preventDefault()}
            onDrop={(event) => drop(event, index)}
          >
            <button type="button" className="meeting-agenda__title" aria-current={item.id === selected ? 'step' : undefined} onClick={() => onSelect(item.id)}>
              § {index + 1} {item.title || t('meetings.untitled')}
            </button>
            {!readOnly && (
              <span className="meeting-agenda__moves">
                <button type="button" className="button button--small" disabled={index === 0} onClick={() => move(item.id, index - 1)} aria-label={t('meetings.moveUp', { title: item.title })}>
                  ↑
                </button>
                <button type="button" className="button button--small" disabled={index === agenda.length - 1} onClick={() => move(item.id, index + 1)} aria-label={t('meetings.moveDown', { title: item.title })}>
                  ↓
                </button>
              </span>
            )}
          </li>
        ))}
      </ol>
      {!readOnly && (
        <form
          className="meeting-agenda__add"
          onSubmit={(event) => {
            event.preventDefault();
            if (!newTitle.trim()) return;
            onSelect(addAgendaItem(doc, { kind: 'free', title: newTitle.trim() }));
            setNewTitle('');
          }}
        >
          <label htmlFor="meeting-new-item">{t('meetings.newItem')}</label>
          <input id="meeting-new-item" value={newTitle} maxLength={300} onChange={(event) => setNewTitle(event.target.value)} />
          <button type="submit" className="button">{t('meetings.addItem')}</button>
        </form>
      )}
      {open && (
        <div className="meeting-item" key={open.id} data-open-item={open.id}>
          <h3>§ {agenda.indexOf(open) + 1} {open.title || t('meetings.untitled')}</h3>
          <AgendaTextField doc={doc} itemId={open.id} field="notes" label={t('meetings.notes')} readOnly={readOnly} />
          <AgendaTextField doc={doc} itemId={open.id} field="decision" label={t('meetings.decision')} readOnly={readOnly} />
        </div>
      )}
    </section>
  );
}
