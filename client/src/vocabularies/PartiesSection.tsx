import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactData } from '../../../shared/plan';
import { DataTable, RowButton } from '../components/DataTable';
import { AddEntryForm, EntryActions, UseCount } from './EntryControls';
import type { SectionProps } from './section';

/** A contact as the table lists it: the name, the address as a mail link, and whether they use the service. */
function Contact({ contact }: { contact: ContactData }) {
  const { t } = useTranslation();
  return (
    <li>
      {contact.name}
      {contact.name && contact.email && ', '}
      {contact.email && <a href={`mailto:${contact.email}`}>{contact.email}</a>}
      {contact.userId && <span className="vocabularies__user">{t('vocabularies.contacts.isUser')}</span>}
    </li>
  );
}

/** Vastuutahot: each with how many measures name it (and lead it) and its contact persons. */
export function PartiesSection(props: SectionProps) {
  const { t } = useTranslation();
  const { view, editable, onOpen, headings } = props;
  const headingId = useId();
  return (
    <section className="vocabularies__section" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headings.party} tabIndex={-1}>
        {t('vocabularies.party.title')}
      </h2>
      <p className="field-hint">{t('vocabularies.party.intro')}</p>
      {editable && <AddEntryForm {...props} kind="party" />}
      <DataTable
        rows={view.parties}
        rowKey={(party) => party.id}
        labelledBy={headingId}
        empty={t('vocabularies.party.empty')}
        nameColumn={{ header: t('vocabularies.party.name'), cell: (party) => party.name }}
        columns={[
          { header: t('vocabularies.uses.header'), cell: (party) => <UseCount view={view} kind="party" id={party.id} /> },
          {
            header: t('vocabularies.contacts.header'),
            cell: (party) =>
              party.contacts.length === 0 ? (
                <span className="vocabularies__unused">{t('vocabularies.contacts.none')}</span>
              ) : (
                <ul className="vocabularies__contacts">
                  {party.contacts.map((contact) => (
                    <Contact key={`${contact.email ?? ''} ${contact.name}`} contact={contact} />
                  ))}
                </ul>
              ),
          },
        ]}
        actions={
          editable
            ? {
                header: t('vocabularies.actions.header'),
                cell: (party) => (
                  <EntryActions {...props} kind="party" entry={party}>
                    <RowButton label={t('vocabularies.contacts.editOne', { name: party.name })} onClick={() => onOpen({ type: 'contacts', id: party.id })}>
                      {t('vocabularies.contacts.edit')}
                    </RowButton>
                  </EntryActions>
                ),
              }
            : undefined
        }
      />
    </section>
  );
}
