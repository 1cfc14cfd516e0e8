import { useCallback, useEffect, useRef, useState } from 'react';
import { useApi, useTranslationRef } from '@backstage/frontend-plugin-api';
import {
  type Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import {
  catalogApiRef,
  EntityDisplayName,
} from '@backstage/plugin-catalog-react';
import Chip from '@material-ui/core/Chip';
import TextField from '@material-ui/core/TextField';
import Autocomplete from '@material-ui/lab/Autocomplete';
import useDebounce from 'react-use/esm/useDebounce';
import { operationalPilotTranslationRef } from '../../translation';

const PAGE_SIZE = 20;
const DEBOUNCE_MS = 250;
/** Fields the catalog's full-text filter searches: names, titles and people's display names. */
const SEARCH_FIELDS = [
  'metadata.name',
  'metadata.title',
  'spec.profile.displayName',
];

interface CommonProps {
  /** Visible label; also the accessible name of the input. */
  label: string;
  /** Stable id and form name, e.g. `roles.poa`, so links like `#field=roles.poa` can focus it. */
  name: string;
  /** Entity kinds offered, e.g. `['Group', 'User']`. */
  kinds: string[];
  error?: string;
  description?: string;
  isRequired?: boolean;
  isDisabled?: boolean;
  placeholder?: string;
}

export type EntityRefPickerProps = CommonProps &
  (
    | { multiple?: false; value: string; onChange: (value: string) => void }
    | {
        multiple: true;
        value: string[];
        onChange: (value: string[]) => void;
      }
  );

/**
 * Turns a typed reference with a kind (`group:run-ops`) into a full one (`group:default/run-ops`); anything
 * else is returned as typed, so the form's validation can name the problem.
 */
export function toFullRef(text: string): string {
  const trimmed = text.trim();
  if (!trimmed.includes(':')) {
    return trimmed;
  }
  try {
    return stringifyEntityRef(
      parseEntityRef(trimmed, { defaultNamespace: 'default' }),
    );
  } catch {
    return trimmed;
  }
}

/** Pages of catalog entities of some kinds matching a text, fetched with the catalog's cursor paging. */
function useCatalogSearch(kinds: string[], term: string, enabled: boolean) {
  const catalogApi = useApi(catalogApiRef);
  const [entities, setEntities] = useState<Entity[]>([]);
  const [cursor, setCursor] = useState<string>();
  const [loading, setLoading] = useState(false);
  const [debounced, setDebounced] = useState(term);
  // The term the listed entities answer; until it is the typed one the list is stale (Enter must not pick from it).
  const [resultTerm, setResultTerm] = useState<string>();
  const request = useRef(0);
  const kindsKey = kinds.join(',');

  useDebounce(() => setDebounced(term), DEBOUNCE_MS, [term]);

  useEffect(() => {
    if (!enabled) {
      return;
    }
    const id = ++request.current;
    setLoading(true);
    catalogApi
      .queryEntities({
        filter: { kind: kindsKey.split(',') },
        fullTextFilter: { term: debounced.trim(), fields: SEARCH_FIELDS },
        orderFields: { field: 'metadata.name', order: 'asc' },
        limit: PAGE_SIZE,
      })
      .then(res => {
        if (id === request.current) {
          setEntities(res.items);
          setCursor(res.pageInfo.nextCursor);
          setResultTerm(debounced);
        }
      })
      .catch(() => {
        // A failed search leaves the list empty; typing a full reference still works.
        if (id === request.current) {
          setEntities([]);
          setCursor(undefined);
        }
      })
      .finally(() => {
        if (id === request.current) {
          setLoading(false);
        }
      });
  }, [catalogApi, kindsKey, debounced, enabled]);

  const loadMore = useCallback(() => {
    if (!cursor || loading) {
      return;
    }
    const id = request.current;
    setLoading(true);
    catalogApi
      .queryEntities({ cursor, limit: PAGE_SIZE })
      .then(res => {
        if (id === request.current) {
          setEntities(prev => [...prev, ...res.items]);
          setCursor(res.pageInfo.nextCursor);
        }
      })
      .catch(() => setCursor(undefined))
      .finally(() => {
        if (id === request.current) {
          setLoading(false);
        }
      });
  }, [catalogApi, cursor, loading]);

  return { entities, loading, loadMore, current: resultTerm === term };
}

/**
 * Picks one or several catalog entities of the given kinds. Values are always full entity references
 * (`group:default/run-ops`); the list shows each entity's display name with its reference. Typing a
 * reference the catalog does not list is still accepted (the server checks it).
 */
export function EntityRefPicker(props: EntityRefPickerProps) {
  const { t } = useTranslationRef(operationalPilotTranslationRef);
  const [open, setOpen] = useState(false);
  const singleValue = props.multiple ? '' : props.value;
  const [input, setInput] = useState(singleValue);
  // Whether the text was typed (a search) rather than shown for the selected reference.
  const [typed, setTyped] = useState(false);
  const emitted = useRef(singleValue);
  // Keep the text in step with a value set from outside (prefill, reset), not with what we emitted.
  useEffect(() => {
    if (!props.multiple && singleValue !== emitted.current) {
      emitted.current = singleValue;
      setInput(singleValue);
      setTyped(false);
    }
  }, [props.multiple, singleValue]);
  const emit = (value: string) => {
    emitted.current = value;
    if (!props.multiple) {
      props.onChange(value);
    }
  };
  // While the text is the selected reference, list everything rather than only that entity.
  const term = props.multiple || typed ? input : '';
  const { entities, loading, loadMore, current } = useCatalogSearch(
    props.kinds,
    term,
    open,
  );
  const byRef = new Map(entities.map(e => [stringifyEntityRef(e), e]));
  const options = current ? [...byRef.keys()] : [];
  const helper = props.error ?? props.description;

  const renderOption = (ref: string) => {
    const entity = byRef.get(ref);
    return (
      <span>
        {entity ? <EntityDisplayName entityRef={entity} hideIcon /> : ref}
        <br />
        <small>{ref}</small>
      </span>
    );
  };

  const listboxProps = {
    onScroll: (event: React.UIEvent<HTMLElement>) => {
      const el = event.currentTarget;
      if (el.scrollTop + el.clientHeight >= el.scrollHeight - 20) {
        loadMore();
      }
    },
  };

  const textField = (params: any) => (
    <TextField
      {...params}
      label={props.label}
      required={props.isRequired}
      error={!!props.error}
      helperText={helper}
      placeholder={props.placeholder}
      variant="outlined"
      margin="dense"
      inputProps={{ ...params.inputProps, name: props.name }}
      FormHelperTextProps={{ id: `${props.name}-helper` }}
    />
  );

  if (props.multiple) {
    const { value, onChange } = props;
    return (
      <Autocomplete<string, true, false, true>
        id={props.name}
        multiple
        freeSolo
        disablePortal
        filterSelectedOptions
        open={open}
        onOpen={() => setOpen(true)}
        onClose={() => setOpen(false)}
        options={options}
        filterOptions={x => x}
        loading={loading || !current}
        loadingText={t('picker.loading')}
        noOptionsText={t('picker.noOptions')}
        disabled={props.isDisabled}
        value={value}
        inputValue={input}
        onInputChange={(_e, text, reason) => {
          if (reason !== 'reset') {
            setInput(text);
          }
        }}
        onChange={(_e, next) => {
          setInput('');
          onChange(
            Array.from(new Set(next.map(v => toFullRef(v)).filter(Boolean))),
          );
        }}
        renderOption={renderOption}
        renderTags={(refs, getTagProps) =>
          refs.map((ref, index) => (
            <Chip
              {...getTagProps({ index })}
              key={ref}
              size="small"
              label={
                byRef.get(ref) ? (
                  <EntityDisplayName entityRef={byRef.get(ref)!} hideIcon />
                ) : (
                  ref
                )
              }
              title={ref}
            />
          ))
        }
        ListboxProps={listboxProps}
        renderInput={textField}
      />
    );
  }

  return (
    <Autocomplete<string, false, false, true>
      id={props.name}
      freeSolo
      disablePortal
      open={open}
      onOpen={() => setOpen(true)}
      onClose={() => setOpen(false)}
      options={options}
      filterOptions={x => x}
      loading={loading || !current}
      loadingText={t('picker.loading')}
      noOptionsText={t('picker.noOptions')}
      disabled={props.isDisabled}
      value={props.value || null}
      inputValue={input}
      onInputChange={(_e, text, reason) => {
        setInput(text);
        // Typed text is the value until an option is chosen; cleared text clears the value.
        if (reason === 'input' || reason === 'clear') {
          setTyped(reason === 'input');
          emit(text.trim());
        }
      }}
      onChange={(_e, next) => {
        const ref = toFullRef(next ?? '');
        setInput(ref);
        setTyped(false);
        emit(ref);
      }}
      onBlur={() => {
        const ref = toFullRef(input);
        setTyped(false);
        if (ref !== input) {
          setInput(ref);
          emit(ref);
        }
      }}
      renderOption={renderOption}
      ListboxProps={listboxProps}
      renderInput={textField}
    />
  );
}
