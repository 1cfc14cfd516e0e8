import { useId, type ReactNode } from 'react';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { Select, TextAreaField, TextField } from '@backstage/ui';
import { operationalPilotTranslationRef } from '../../translation';
import styles from './shared.module.css';

/**
 * Text input with a visible label and an inline error (client validation or a server field error).
 * Errors are shown through React Aria's validation so the input is also marked `aria-invalid`.
 */
export function TextInput(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  description?: string;
  isRequired?: boolean;
  name?: string;
  placeholder?: string;
  /** `date` and `datetime-local` render the browser's date pickers (values `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM`). */
  type?: 'text' | 'url' | 'email' | 'date' | 'datetime-local' | 'number';
  multiline?: boolean;
  isDisabled?: boolean;
  rows?: number;
  inputMode?: 'text' | 'decimal' | 'numeric' | 'url';
}) {
  const { t } = useTranslationRef(operationalPilotTranslationRef);
  const validation = {
    validationBehavior: 'aria' as const,
    validate: () => props.error ?? null,
    secondaryLabel: props.isRequired ? t('common.required') : undefined,
  };
  if (props.multiline) {
    return (
      <TextAreaField
        label={props.label}
        name={props.name}
        value={props.value}
        onChange={props.onChange}
        description={props.description}
        isRequired={props.isRequired}
        placeholder={props.placeholder}
        rows={props.rows ?? 3}
        isDisabled={props.isDisabled}
        {...validation}
      />
    );
  }
  return (
    <TextField
      label={props.label}
      name={props.name}
      value={props.value}
      onChange={props.onChange}
      description={props.description}
      isRequired={props.isRequired}
      placeholder={props.placeholder}
      // BUI types the common text types only; React Aria passes any input type through to the <input>.
      type={(props.type ?? 'text') as 'text'}
      inputMode={props.inputMode}
      isDisabled={props.isDisabled}
      {...validation}
    />
  );
}

/** A date (`YYYY-MM-DD`) with the browser's date picker, as Backstage's own forms use. */
export function DateInput(
  props: Omit<
    Parameters<typeof TextInput>[0],
    'type' | 'inputMode' | 'multiline'
  >,
) {
  return <TextInput {...props} type="date" />;
}

/** A number field (spin button); the value stays the typed string so the form can validate it. */
export function NumberInput(
  props: Omit<Parameters<typeof TextInput>[0], 'type' | 'multiline'>,
) {
  return (
    <TextInput
      {...props}
      type="number"
      inputMode={props.inputMode ?? 'decimal'}
    />
  );
}

const NONE = '__none__';

export interface SelectOption<T extends string> {
  value: T;
  label: string;
  description?: string;
}

/** Single choice with a visible label; `emptyLabel` adds a "not set" choice mapped to `undefined`. */
export function SelectInput<T extends string>(props: {
  label: string;
  value: T | undefined;
  options: ReadonlyArray<SelectOption<T>>;
  onChange: (value: T | undefined) => void;
  emptyLabel?: string;
  error?: string;
  description?: string;
  isRequired?: boolean;
  name?: string;
  placeholder?: string;
  isDisabled?: boolean;
}) {
  const { t } = useTranslationRef(operationalPilotTranslationRef);
  const errorId = useId();
  const options = [
    ...(props.emptyLabel !== undefined
      ? [{ id: NONE, label: props.emptyLabel }]
      : []),
    ...props.options.map(o => ({
      id: o.value,
      label: o.label,
      description: o.description,
    })),
  ];
  const value = props.value ?? (props.emptyLabel !== undefined ? NONE : null);
  // React Aria only runs `validate` on a non-empty value, so the error (e.g. "required") is rendered here and
  // linked to the trigger with aria-describedby.
  return (
    <div className={styles.field}>
      <Select
        label={props.label}
        name={props.name}
        options={options}
        value={value}
        onChange={key =>
          props.onChange(
            key === null || key === NONE ? undefined : (String(key) as T),
          )
        }
        description={props.description}
        isRequired={props.isRequired}
        secondaryLabel={props.isRequired ? t('common.required') : undefined}
        placeholder={props.placeholder ?? t('common.choose')}
        isDisabled={props.isDisabled}
        isInvalid={!!props.error}
        aria-describedby={props.error ? errorId : undefined}
      />
      {props.error ? (
        <span id={errorId} className={styles.fieldError}>
          {props.error}
        </span>
      ) : null}
    </div>
  );
}

/** A group of related fields with a legend. */
export function Fieldset(props: {
  legend: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    <fieldset className={props.className ?? styles.fieldset}>
      <legend>{props.legend}</legend>
      {props.children}
    </fieldset>
  );
}
