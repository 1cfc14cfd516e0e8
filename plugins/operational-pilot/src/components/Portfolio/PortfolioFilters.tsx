import { memo, useEffect, useState } from 'react';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { Button, Switch } from '@backstage/ui';
import {
  LEVELS,
  TIERS,
  VERDICTS,
  type PortfolioQuery,
} from '@operational-pilot/backstage-plugin-common';
import { OPERATIONAL_PILOT_KINDS } from '../../conditions';
import { operationalPilotTranslationRef } from '../../translation';
import { EntityRefPicker } from '../shared/EntityRefPicker';
import { TextInput } from '../shared/fields';
import { MultiSelect } from './MultiSelect';
import { OPTIONAL_COLUMNS, type OptionalColumn } from './portfolioColumns';
import styles from './portfolio.module.css';

const TEXT_DEBOUNCE_MS = 350;

/** A text filter that commits to the URL after the user pauses typing. */
function DebouncedText(props: {
  label: string;
  value: string;
  onCommit: (value: string) => void;
  placeholder?: string;
  description?: string;
}) {
  const [text, setText] = useState(props.value);
  useEffect(() => setText(props.value), [props.value]);
  useEffect(() => {
    if (text === props.value) {
      return undefined;
    }
    const timer = setTimeout(() => props.onCommit(text), TEXT_DEBOUNCE_MS);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [text]);
  return (
    <TextInput
      label={props.label}
      value={text}
      onChange={setText}
      placeholder={props.placeholder}
      description={props.description}
    />
  );
}

/**
 * The portfolio's filters (text, owner, system, POA, kind, tier, verdict, level, lifecycle mismatch) and the column
 * chooser. Memoized: the pickers are costly to render and the table's data changes more often than the filters.
 */
export const PortfolioFilters = memo(function PortfolioFilterBar(props: {
  query: PortfolioQuery;
  hasFilters: boolean;
  shownColumns: OptionalColumn[];
  onUpdate: (patch: Partial<PortfolioQuery>) => void;
  onClear: () => void;
  onColumnsChange: (columns: OptionalColumn[]) => void;
}) {
  const { t } = useTranslationRef(operationalPilotTranslationRef);
  return (
    <>
      <div
        className={styles.filters}
        role="search"
        aria-label={t('portfolio.filters')}
      >
        <DebouncedText
          label={t('portfolio.search')}
          placeholder={t('portfolio.searchPlaceholder')}
          value={props.query.q ?? ''}
          onCommit={q => props.onUpdate({ q: q.trim() || undefined })}
        />
        <EntityRefPicker
          multiple
          label={t('portfolio.owner')}
          name="filter.owner"
          kinds={['Group']}
          placeholder={
            props.query.owner?.length ? undefined : t('portfolio.anyValue')
          }
          value={props.query.owner ?? []}
          onChange={owner => props.onUpdate({ owner })}
        />
        <EntityRefPicker
          multiple
          label={t('portfolio.system')}
          name="filter.system"
          kinds={['System']}
          placeholder={
            props.query.system?.length ? undefined : t('portfolio.anyValue')
          }
          value={props.query.system ?? []}
          onChange={system => props.onUpdate({ system })}
        />
        <EntityRefPicker
          multiple
          label={t('portfolio.poa')}
          name="filter.poa"
          kinds={['User', 'Group']}
          placeholder={
            props.query.poa?.length ? undefined : t('portfolio.anyValue')
          }
          value={props.query.poa ?? []}
          onChange={poa => props.onUpdate({ poa })}
        />
        <MultiSelect
          label={t('portfolio.kind')}
          placeholder={t('portfolio.anyValue')}
          value={props.query.kind ?? []}
          options={OPERATIONAL_PILOT_KINDS.map(k => ({ value: k, label: k }))}
          onChange={kind => props.onUpdate({ kind })}
        />
        <MultiSelect
          label={t('portfolio.tier')}
          placeholder={t('portfolio.anyValue')}
          value={props.query.tier ?? []}
          options={TIERS.map(tier => ({
            value: tier,
            label: t(`tier.${tier}`),
          }))}
          onChange={tier => props.onUpdate({ tier })}
        />
        <MultiSelect
          label={t('portfolio.verdict')}
          placeholder={t('portfolio.anyValue')}
          value={props.query.verdict ?? []}
          options={VERDICTS.map(v => ({
            value: v,
            label: t(`verdict.${v}`),
          }))}
          onChange={verdict => props.onUpdate({ verdict })}
        />
        <MultiSelect
          label={t('portfolio.level')}
          placeholder={t('portfolio.anyValue')}
          value={props.query.level ?? []}
          options={LEVELS.map(l => ({ value: l, label: t(`level.${l}`) }))}
          onChange={level => props.onUpdate({ level })}
        />
        <Switch
          label={t('portfolio.lifecycleMismatch')}
          isSelected={!!props.query.lifecycleMismatch}
          onChange={on =>
            props.onUpdate({ lifecycleMismatch: on || undefined })
          }
        />
      </div>
      <div className={styles.toolbar}>
        <div className={styles.columnChooser}>
          <MultiSelect
            label={t('portfolio.columnsChooser')}
            placeholder={t('portfolio.columnsHint')}
            value={props.shownColumns}
            options={OPTIONAL_COLUMNS.map(id => ({
              value: id,
              label: t(`portfolio.columns.${id}`),
            }))}
            onChange={props.onColumnsChange}
          />
        </div>
        {props.hasFilters ? (
          <Button size="small" variant="tertiary" onPress={props.onClear}>
            {t('portfolio.clearFilters')}
          </Button>
        ) : null}
      </div>
    </>
  );
});
