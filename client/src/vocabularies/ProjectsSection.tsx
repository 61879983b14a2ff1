import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectData } from '../../../shared/plan';
import { DataTable, RowButton } from '../components/DataTable';
import { EntryActions, UseCount } from './EntryControls';
import { ProjectImport } from './ProjectImport';
import type { SectionProps } from './section';

/** "2024–2026", "2023–" or "–2023", as the project gives it. */
function period({ start, end }: ProjectData): string {
  return start || end ? `${start}–${end}` : '';
}

/** The link's words: the address's host, which says where it leads ("www.pori.fi"). */
function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** Hankkeet: each with its description and link, period, funding and how many measures it carries; an import of a list of projects. */
export function ProjectsSection(props: SectionProps) {
  const { t } = useTranslation();
  const { planId, view, editable, onOpen, headings, onSessionLost } = props;
  const headingId = useId();
  const unknown = <span className="vocabularies__unused">{t('vocabularies.project.unknown')}</span>;
  return (
    <section className="vocabularies__section" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headings.project} tabIndex={-1}>
        {t('vocabularies.project.title')}
      </h2>
      <p className="field-hint">{t('vocabularies.project.intro')}</p>
      {editable && (
        <p>
          <button type="button" className="button" onClick={() => onOpen({ type: 'project', id: null })}>
            {t('vocabularies.project.add')}
          </button>
        </p>
      )}
      <DataTable
        rows={view.projects}
        rowKey={(project) => project.id}
        labelledBy={headingId}
        empty={t('vocabularies.project.empty')}
        className="vocabularies__projects"
        nameColumn={{
          header: t('vocabularies.project.name'),
          cell: (project) => (
            <>
              {project.name}
              {project.description && <span className="data-table__sub vocabularies__description">{project.description}</span>}
              {project.url && (
                <a
                  className="vocabularies__link"
                  href={project.url}
                  aria-label={t('vocabularies.project.urlOf', { name: project.name, host: hostOf(project.url) })}
                >
                  {hostOf(project.url)}
                </a>
              )}
            </>
          ),
        }}
        columns={[
          { header: t('vocabularies.project.period'), cell: (project) => period(project) || unknown },
          { header: t('vocabularies.project.funding'), cell: (project) => project.funding || unknown },
          { header: t('vocabularies.uses.header'), cell: (project) => <UseCount view={view} kind="project" id={project.id} /> },
        ]}
        actions={
          editable
            ? {
                header: t('vocabularies.actions.header'),
                cell: (project) => (
                  <EntryActions {...props} kind="project" entry={project} renames={false}>
                    <RowButton label={t('vocabularies.project.editOne', { name: project.name })} onClick={() => onOpen({ type: 'project', id: project.id })}>
                      {t('vocabularies.project.edit')}
                    </RowButton>
                  </EntryActions>
                ),
              }
            : undefined
        }
      />
      {editable && <ProjectImport planId={planId} onSessionLost={onSessionLost} />}
    </section>
  );
}
