import { useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { Progress } from '@backstage/core-components';
import { useApi, useTranslationRef } from '@backstage/frontend-plugin-api';
import { Button, Text, ToggleButton, ToggleButtonGroup } from '@backstage/ui';
import {
  VERDICTS,
  type PortfolioQuery,
} from '@operational-pilot/backstage-plugin-common';
import { operationalPilotApiRef } from '../../api';
import { operationalPilotTranslationRef } from '../../translation';
import { EntityRefValue } from '../shared/EntityRefValue';
import { ErrorView } from '../shared/ErrorView';
import { useFormatters } from '../shared/format';
import { Section } from '../shared/Section';
import styles from './portfolio.module.css';

type GroupBy = 'owner' | 'system';

/**
 * Verdict counts, average score, blockers and overdue actions per team or system of the filtered portfolio,
 * worst first (aggregated by the backend). A group's name filters the table by it.
 */
export function PortfolioRollups(props: {
  filters: PortfolioQuery;
  onFilter: (patch: Pick<PortfolioQuery, 'owner' | 'system'>) => void;
}) {
  const { t } = useTranslationRef(operationalPilotTranslationRef);
  const api = useApi(operationalPilotApiRef);
  const fmt = useFormatters();
  const [groupBy, setGroupBy] = useState<GroupBy>('owner');
  const state = useAsync(
    () => api.getPortfolioRollups({ ...props.filters, groupBy }),
    [api, props.filters, groupBy],
  );

  let body;
  if (state.error) {
    body = <ErrorView error={state.error} />;
  } else if (state.loading || !state.value) {
    body = <Progress />;
  } else if (state.value.groups.length === 0) {
    body = (
      <Text as="p" variant="body-medium" color="secondary">
        {t('portfolio.noRollup')}
      </Text>
    );
  } else {
    const { groups, totalGroups } = state.value;
    const title =
      groupBy === 'owner' ? t('portfolio.byTeam') : t('portfolio.bySystem');
    body = (
      <table className={styles.rollups}>
        <caption>
          {t('portfolio.rollupDescription', {
            shown: String(groups.length),
            total: String(totalGroups),
          })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{title}</th>
            <th scope="col">{t('portfolio.total')}</th>
            {VERDICTS.map(v => (
              <th scope="col" key={v}>
                {t(`verdict.${v}`)}
              </th>
            ))}
            <th scope="col">{t('portfolio.average')}</th>
            <th scope="col">{t('portfolio.blockers')}</th>
            <th scope="col">{t('portfolio.overdueActions')}</th>
          </tr>
        </thead>
        <tbody>
          {groups.map(group => (
            <tr key={group.key ?? ''}>
              <th scope="row">
                {group.key ? (
                  <span className={styles.groupCell}>
                    <EntityRefValue
                      value={group.key}
                      defaultKind={groupBy === 'owner' ? 'group' : 'system'}
                    />
                    <Button
                      size="small"
                      variant="tertiary"
                      aria-label={t('portfolio.filterBy', { key: group.key })}
                      onPress={() =>
                        props.onFilter({ [groupBy]: [group.key!] })
                      }
                    >
                      {t('portfolio.filters')}
                    </Button>
                  </span>
                ) : (
                  t('portfolio.noGroup')
                )}
              </th>
              <td>{group.total}</td>
              {VERDICTS.map(v => (
                <td key={v}>{group.byVerdict[v]}</td>
              ))}
              <td>
                {group.averageScore === null
                  ? '—'
                  : fmt.number(group.averageScore, 1)}
              </td>
              <td>{group.blockers}</td>
              <td>{group.overdueActions}</td>
            </tr>
          ))}
        </tbody>
      </table>
    );
  }

  return (
    <Section
      id="operational-pilot-rollups"
      title={t('portfolio.rollups')}
      actions={
        <ToggleButtonGroup
          aria-label={t('portfolio.groupBy')}
          selectionMode="single"
          disallowEmptySelection
          selectedKeys={[groupBy]}
          onSelectionChange={keys => {
            const [key] = [...keys];
            if (key === 'owner' || key === 'system') setGroupBy(key);
          }}
        >
          <ToggleButton id="owner" size="small">
            {t('portfolio.byTeam')}
          </ToggleButton>
          <ToggleButton id="system" size="small">
            {t('portfolio.bySystem')}
          </ToggleButton>
        </ToggleButtonGroup>
      }
    >
      {body}
    </Section>
  );
}
