import { useMemo } from 'react';
import type * as Y from 'yjs';
import { numberEntities } from '../table/numbering';
import { usePlanData } from '../table/usePlanData';
import { measureTitles, type MeasureIndex } from './subjects';

/** The measures' titles and running numbers, live, so that the panel names a measure as the table does. */
export function useMeasureIndex(doc: Y.Doc, planId: string): MeasureIndex {
  const data = usePlanData(doc, planId);
  return useMemo(() => ({ titles: measureTitles(data), numbers: numberEntities(data) }), [data]);
}
