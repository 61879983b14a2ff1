import { useTranslation } from 'react-i18next';
import type { ProjectImportOutcome } from '../../../shared/api/vocabularies';
import type { ImportProblem } from './projectImportInput';

/** The faults and projects listed; past these, how many more. */
const LISTED_PROBLEMS = 20;
const LISTED_PROJECTS = 50;

function ProblemText({ problem }: { problem: ImportProblem }) {
  const { t } = useTranslation();
  switch (problem.kind) {
    case 'notJson':
      return (
        <>
          {t('vocabularies.import.problems.notJson')}{' '}
          <span className="feedback__detail" lang="en">
            ({problem.detail})
          </span>
        </>
      );
    case 'project': {
      const which = problem.name
        ? t('vocabularies.import.problems.projectNamed', { number: problem.number, name: problem.name })
        : t('vocabularies.import.problems.projectNumber', { number: problem.number });
      const field = problem.field ? t(`vocabularies.import.fields.${problem.field}`) : null;
      const reason = field ? t(`vocabularies.import.problems.${problem.reason}`, { field }) : t('vocabularies.import.problems.notObject');
      return <>{`${which}: ${reason}`}</>;
    }
    default:
      return <>{t(`vocabularies.import.problems.${problem.kind}`)}</>;
  }
}

/** Why the file cannot be imported, every fault with the project it is in; nothing has been sent. */
export function ImportProblems({ problems }: { problems: ImportProblem[] }) {
  const { t } = useTranslation();
  return (
    <div className="vocabularies__problems">
      <p className="feedback__error">{t('vocabularies.import.problems.title', { count: problems.length })}</p>
      <ul>
        {problems.slice(0, LISTED_PROBLEMS).map((problem, i) => (
          <li key={i}>
            <ProblemText problem={problem} />
          </li>
        ))}
        {problems.length > LISTED_PROBLEMS && <li>{t('vocabularies.import.problems.more', { count: problems.length - LISTED_PROBLEMS })}</li>}
      </ul>
    </div>
  );
}

interface PreviewProps {
  outcome: ProjectImportOutcome;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** What the import would do, as the server worked it out: the new projects, and those the plan has with what gets filled in. */
export function ImportPreview({ outcome, busy, onConfirm, onCancel }: PreviewProps) {
  const { t } = useTranslation();
  const { added, matched } = outcome;
  const changes = added.length + matched.filter((project) => project.filled.length > 0).length;
  return (
    <div className="vocabularies__preview">
      <h4>{t('vocabularies.import.previewTitle')}</h4>
      <p>{t('vocabularies.import.added', { count: added.length })}</p>
      {added.length > 0 && (
        <ul>
          {added.slice(0, LISTED_PROJECTS).map((project) => (
            <li key={project.id}>{project.name}</li>
          ))}
          {added.length > LISTED_PROJECTS && <li>{t('vocabularies.import.more', { count: added.length - LISTED_PROJECTS })}</li>}
        </ul>
      )}
      <p>{t('vocabularies.import.matched', { count: matched.length })}</p>
      {matched.length > 0 && (
        <ul>
          {matched.slice(0, LISTED_PROJECTS).map((project) => (
            <li key={project.id}>
              {project.name}
              {project.fileName !== project.name && ` ${t('vocabularies.import.fileName', { name: project.fileName })}`}
              {' – '}
              {project.filled.length > 0
                ? t('vocabularies.import.fills', { fields: project.filled.map((field) => t(`vocabularies.import.fields.${field}`)).join(', ') })
                : t('vocabularies.import.nothingToFill')}
            </li>
          ))}
          {matched.length > LISTED_PROJECTS && <li>{t('vocabularies.import.more', { count: matched.length - LISTED_PROJECTS })}</li>}
        </ul>
      )}
      <div className="modal__actions">
        {changes > 0 ? (
          <button type="button" className="button button--primary" aria-disabled={busy || undefined} onClick={onConfirm}>
            {t('vocabularies.import.confirm')}
          </button>
        ) : (
          <p>{t('vocabularies.import.nothing')}</p>
        )}
        <button type="button" className="button" onClick={onCancel}>
          {t('feedback.cancel')}
        </button>
      </div>
    </div>
  );
}
