import { Select } from '@backstage/ui';

/** Multiple choice with a visible label; an empty selection means "any". */
export function MultiSelect<T extends string>(props: {
  label: string;
  value: readonly T[];
  options: ReadonlyArray<{ value: T; label: string }>;
  onChange: (value: T[]) => void;
  placeholder?: string;
}) {
  return (
    <Select
      selectionMode="multiple"
      label={props.label}
      placeholder={props.placeholder}
      options={props.options.map(o => ({ id: o.value, label: o.label }))}
      value={[...props.value]}
      onChange={keys =>
        props.onChange((keys as readonly unknown[]).map(k => String(k) as T))
      }
    />
  );
}
