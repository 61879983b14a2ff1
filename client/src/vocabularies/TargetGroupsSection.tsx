import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../components/DataTable';
import { AddEntryForm, EntryActions, UseCount } from './EntryControls';
import type { SectionProps } from './section';

/** Kohderyhmät: a new plan has the four life stages; any other group can be added. */
export function TargetGroupsSection(props: SectionProps) {
  const { t } = useTranslation();
  const { view, editable, headings } = props;
  const headingId = useId();
  return (
    <section className="vocabularies__section" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headings.targetGroup} tabIndex={-1}>
        {t('vocabularies.targetGroup.title')}
      </h2>
      <p className="field-hint">{t('vocabularies.targetGroup.intro')}</p>
      {editable && <AddEntryForm {...props} kind="targetGroup" />}
      <DataTable
        rows={view.targetGroups}
        rowKey={(group) => group.id}
        labelledBy={headingId}
        empty={t('vocabularies.targetGroup.empty')}
        nameColumn={{ header: t('vocabularies.targetGroup.name'), cell: (group) => group.name }}
        columns={[{ header: t('vocabularies.uses.header'), cell: (group) => <UseCount view={view} kind="targetGroup" id={group.id} /> }]}
        actions={
          editable
            ? { header: t('vocabularies.actions.header'), cell: (group) => <EntryActions {...props} kind="targetGroup" entry={group} /> }
            : undefined
        }
      />
    </section>
  );
}
