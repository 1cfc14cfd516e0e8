import { useState } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { Progress } from '@backstage/core-components';
import { useApi, useTranslationRef } from '@backstage/frontend-plugin-api';
import { Flex, Text } from '@backstage/ui';
import type { PortfolioQuery } from '@operational-pilot/backstage-plugin-common';
import { operationalPilotApiRef } from '../../api';
import { operationalPilotTranslationRef } from '../../translation';
import { VerdictChip } from '../shared/chips';
import { EntityRefValue } from '../shared/EntityRefValue';
import { ErrorView } from '../shared/ErrorView';
import { SelectInput } from '../shared/fields';
import { useFormatters } from '../shared/format';
import { Section } from '../shared/Section';
import sharedStyles from '../shared/shared.module.css';
import releaseStyles from '../Releases/releases.module.css';
import styles from './portfolio.module.css';

const MONTHS = ['3', '6', '12', '24'] as const;

/**
 * Change success: the rate of successful releases per team or system, and the readiness at the go decision
 * versus the outcome (were releases that went on a not-ready gate more often failed?).
 */
export function ChangeSuccess(props: { filters: PortfolioQuery }) {
  const { t } = useTranslationRef(operationalPilotTranslationRef);
  const api = useApi(operationalPilotApiRef);
  const fmt = useFormatters();
  const [groupBy, setGroupBy] = useState<'owner' | 'system'>('owner');
  const [months, setMonths] = useState<(typeof MONTHS)[number]>('12');
  const state = useAsyncRetry(
    () =>
      api.getChangeSuccess({
        ...props.filters,
        groupBy,
        months: Number(months),
      }),
    [api, props.filters, groupBy, months],
  );
  const rate = (value: number | null) =>
    value === null ? '—' : `${fmt.number(value * 100, 0)} %`;
  const value = state.value;

  return (
    <Section
      id="operational-pilot-change-success"
      title={t('portfolio.changeSuccess')}
    >
      <div className={styles.filters}>
        <SelectInput
          label={t('portfolio.groupBy')}
          value={groupBy}
          options={[
            { value: 'owner', label: t('portfolio.columns.owner') },
            { value: 'system', label: t('portfolio.columns.system') },
          ]}
          onChange={v => setGroupBy(v ?? 'owner')}
        />
        <SelectInput
          label={t('portfolio.months')}
          value={months}
          options={MONTHS.map(m => ({
            value: m,
            label: t('portfolio.lastMonths', { months: m }),
          }))}
          onChange={v => setMonths(v ?? '12')}
        />
      </div>
      {state.error && !value ? (
        <ErrorView error={state.error} onRetry={state.retry} />
      ) : null}
      {!value && !state.error ? <Progress /> : null}
      {value ? (
        <Flex direction="column" gap="4">
          {value.groups.length === 0 ? (
            <Text as="p" variant="body-medium" color="secondary">
              {t('portfolio.noOutcome')}
            </Text>
          ) : (
            <table className={releaseStyles.table}>
              <caption className={sharedStyles.visuallyHidden}>
                {t('portfolio.successRate')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">
                    {groupBy === 'owner'
                      ? t('portfolio.columns.owner')
                      : t('portfolio.columns.system')}
                  </th>
                  <th scope="col">{t('portfolio.releasesWithOutcome')}</th>
                  <th scope="col">{t('portfolio.succeeded')}</th>
                  <th scope="col">{t('portfolio.successRate')}</th>
                </tr>
              </thead>
              <tbody>
                {value.groups.map(g => (
                  <tr key={g.key}>
                    <th scope="row">
                      <EntityRefValue
                        value={g.key}
                        defaultKind={groupBy === 'owner' ? 'group' : 'system'}
                      />
                    </th>
                    <td>{g.total}</td>
                    <td>{g.succeeded}</td>
                    <td>{rate(g.rate)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <div>
            <Text as="h3" variant="title-x-small">
              {t('portfolio.readinessAtGo')}
            </Text>
            <Text as="p" variant="body-small" color="secondary">
              {t('portfolio.readinessAtGoHint')}
            </Text>
            <table className={releaseStyles.table}>
              <caption className={sharedStyles.visuallyHidden}>
                {t('portfolio.readinessAtGo')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('portfolio.gateAtGo')}</th>
                  <th scope="col">{t('portfolio.releasesWithOutcome')}</th>
                  <th scope="col">{t('portfolio.succeeded')}</th>
                  <th scope="col">{t('portfolio.failed')}</th>
                  <th scope="col">{t('portfolio.successRate')}</th>
                </tr>
              </thead>
              <tbody>
                {value.byGateVerdict.map(v => (
                  <tr key={v.verdict}>
                    <th scope="row">
                      {v.verdict === 'unknown' ? (
                        t('portfolio.gateUnknown')
                      ) : (
                        <VerdictChip verdict={v.verdict} />
                      )}
                    </th>
                    <td>{v.total}</td>
                    <td>{v.succeeded}</td>
                    <td>{v.failed}</td>
                    <td>{rate(v.rate)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </Flex>
      ) : null}
    </Section>
  );
}
