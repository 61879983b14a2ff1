import { useId, type InputHTMLAttributes, type ReactNode, type Ref } from 'react';

interface FieldProps {
  label: string;
  /** Read with the field, shown under it: what to type, an example, what a choice means. */
  hint?: ReactNode;
  /** The id of a message elsewhere, such as the form's error, that the field is read with while it is shown. */
  describedBy?: string;
  /** The field is what is wrong (the message saying so is among what describes it). */
  invalid?: boolean;
}

/** What the control of a field gets: the label points at its id, the hint and messages describe it. */
export interface FieldControl {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
}

/**
 * One labelled form field: the label, the control (an input, a select) and
 * its hint, wired together for screen readers. The control is rendered by
 * the caller from what it is given.
 */
export function FormField({ label, hint, describedBy, invalid, children }: FieldProps & { children: (control: FieldControl) => ReactNode }) {
  const id = useId();
  const hintId = useId();
  const described = [hint === undefined ? null : hintId, describedBy].filter(Boolean).join(' ');
  const control: FieldControl = { id, 'aria-describedby': described || undefined, 'aria-invalid': invalid || undefined };
  return (
    <div className="form__field">
      <label htmlFor={id}>{label}</label>
      {children(control)}
      {hint !== undefined && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
    </div>
  );
}

type InputAttributes = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange' | 'aria-describedby' | 'aria-invalid'>;

interface InputFieldProps extends FieldProps, InputAttributes {
  value: string;
  onValue: (value: string) => void;
  ref?: Ref<HTMLInputElement>;
}

/** A labelled text input (by default `type="text"`), the commonest field. */
export function InputField({ label, hint, describedBy, invalid, onValue, ...input }: InputFieldProps) {
  return (
    <FormField label={label} hint={hint} describedBy={describedBy} invalid={invalid}>
      {(control) => <input type="text" {...input} {...control} onChange={(event) => onValue(event.target.value)} />}
    </FormField>
  );
}
