import type { MeasureRef } from '../../../shared/plan';

/** A measure of a change list: its title, and where it sits (focus area › goal), which titles alone do not tell. */
export function MeasureTitle({ measure }: { measure: MeasureRef }) {
  return (
    <>
      <span className="change__title">{measure.title}</span>
      <span className="change__place">
        {measure.focusArea} › {measure.goal}
      </span>
    </>
  );
}
