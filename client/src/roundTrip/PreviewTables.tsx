import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoundTripFieldChange, RoundTripMeasureChange, RoundTripPreview } from '../../../shared/api/tableFileRoundTrip';
import { DataTable, type DataColumn } from '../components/DataTable';
import { fieldName, fieldValue } from './wording';

interface SectionProps<Row> {
  title: string;
  intro?: string;
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  nameColumn: DataColumn<Row>;
  columns: ReadonlyArray<DataColumn<Row>>;
}

/** One list of the preview under its heading, left out when it has nothing. */
function Section<Row>({ title, intro, rows, ...table }: SectionProps<Row>) {
  const headingId = useId();
  if (rows.length === 0) return null;
  return (
    <section className="round-trip__section" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {title} ({rows.length})
      </h3>
      {intro && <p className="field-hint">{intro}</p>}
      <DataTable labelledBy={headingId} rows={rows} {...table} />
    </section>
  );
}

/** A value as it will read: kept on its lines, an empty one said so. */
const Value = ({ children }: { children: ReactNode }) => <span className="round-trip__value">{children}</span>;

/**
 * Everything a preview says, one table per kind: the fields that change, the
 * conflicts (kept as they are in the app unless the file's value is chosen), the new rows, the measures the
 * file lacks, the rows of measures deleted since and the cells not imported.
 */
interface Props {
  preview: RoundTripPreview;
  /** The conflicts (`measureId:field`) to be decided for the file's value; the others keep the plan's. */
  useFile: ReadonlySet<string>;
  onUseFile: (key: string, use: boolean) => void;
}

/** The key of a conflict, as the apply call's `useFile` names it. */
export const conflictKey = (conflict: { measureId: string; field: string }) => `${conflict.measureId}:${conflict.field}`;

export function PreviewTables({ preview, useFile, onUseFile }: Props) {
  const { t } = useTranslation();
  const rowColumn = <Row extends { row: number }>(): DataColumn<Row> => ({ header: t('roundTrip.columns.row'), cell: (row) => row.row });
  const place = <Row extends { focusArea: string; goal: string }>(): DataColumn<Row> => ({
    header: t('roundTrip.columns.place'),
    cell: (row) => `${row.focusArea} › ${row.goal}`,
  });
  const changes = preview.changes.flatMap((measure) => measure.changes.map((change) => ({ ...measure, change })));
  type ChangeRow = RoundTripMeasureChange & { change: RoundTripFieldChange };

  return (
    <>
      <Section<ChangeRow>
        title={t('roundTrip.sections.changes')}
        rows={changes}
        rowKey={(row) => `${row.measureId}/${row.change.field}`}
        nameColumn={{ header: t('roundTrip.columns.measure'), cell: (row) => row.title }}
        columns={[
          rowColumn(),
          { header: t('roundTrip.columns.field'), cell: (row) => fieldName(t, row.change.field) },
          { header: t('roundTrip.columns.now'), cell: (row) => <Value>{fieldValue(t, row.change.field, row.change.from)}</Value> },
          { header: t('roundTrip.columns.file'), cell: (row) => <Value>{fieldValue(t, row.change.field, row.change.to)}</Value> },
        ]}
      />
      <Section
        title={t('roundTrip.sections.conflicts')}
        intro={t('roundTrip.sections.conflictsIntro')}
        rows={preview.conflicts}
        rowKey={(row) => `${row.measureId}/${row.field}`}
        nameColumn={{ header: t('roundTrip.columns.measure'), cell: (row) => row.title }}
        columns={[
          rowColumn(),
          { header: t('roundTrip.columns.field'), cell: (row) => fieldName(t, row.field) },
          { header: t('roundTrip.columns.exported'), cell: (row) => <Value>{fieldValue(t, row.field, row.exported)}</Value> },
          { header: t('roundTrip.columns.now'), cell: (row) => <Value>{fieldValue(t, row.field, row.live)}</Value> },
          { header: t('roundTrip.columns.file'), cell: (row) => <Value>{fieldValue(t, row.field, row.file)}</Value> },
          {
            header: t('roundTrip.columns.choice'),
            cell: (row) => (
              <label className="round-trip__choice">
                <input
                  type="checkbox"
                  checked={useFile.has(conflictKey(row))}
                  onChange={(event) => onUseFile(conflictKey(row), event.target.checked)}
                  aria-label={t('roundTrip.useFileOne', { row: row.row, field: fieldName(t, row.field) })}
                />
                {t('roundTrip.useFile')}
              </label>
            ),
          },
        ]}
      />
      <Section
        title={t('roundTrip.sections.added')}
        rows={preview.added}
        rowKey={(row) => String(row.row)}
        nameColumn={{ header: t('roundTrip.columns.measure'), cell: (row) => row.values.title }}
        columns={[
          rowColumn(),
          place(),
          { header: t('history.fields.status'), cell: (row) => fieldValue(t, 'status', row.values.status) },
          { header: t('roundTrip.columns.outcome'), cell: (row) => t(`roundTrip.outcome.${row.outcome}`) },
        ]}
      />
      <Section
        title={t('roundTrip.sections.lacking')}
        intro={t('roundTrip.sections.lackingIntro')}
        rows={preview.lacking}
        rowKey={(row) => row.measureId}
        nameColumn={{ header: t('roundTrip.columns.measure'), cell: (row) => row.title }}
        columns={[place(), { header: t('roundTrip.columns.reason'), cell: (row) => t(`roundTrip.reason.${row.reason}`) }]}
      />
      <Section
        title={t('roundTrip.sections.gone')}
        intro={t('roundTrip.sections.goneIntro')}
        rows={preview.gone}
        rowKey={(row) => row.measureId}
        nameColumn={{ header: t('roundTrip.columns.measure'), cell: (row) => row.title }}
        columns={[rowColumn()]}
      />
      <Section
        title={t('roundTrip.sections.ignored')}
        intro={t('roundTrip.sections.ignoredIntro')}
        rows={preview.ignored}
        rowKey={(row) => `${row.measureId}/${row.column}`}
        nameColumn={{ header: t('roundTrip.columns.measure'), cell: (row) => row.title }}
        columns={[
          rowColumn(),
          { header: t('roundTrip.columns.column'), cell: (row) => t(`roundTrip.column.${row.column}`) },
          { header: t('roundTrip.columns.now'), cell: (row) => <Value>{row.live || t('roundTrip.blank')}</Value> },
          { header: t('roundTrip.columns.file'), cell: (row) => <Value>{row.file || t('roundTrip.blank')}</Value> },
        ]}
      />
    </>
  );
}
