import useAsync from 'react-use/esm/useAsync';
import { Progress } from '@backstage/core-components';
import { useApi, useTranslationRef } from '@backstage/frontend-plugin-api';
import { Button, Text } from '@backstage/ui';
import type {
  PortfolioHeatmapCell,
  PortfolioQuery,
} from '@operational-pilot/backstage-plugin-common';
import { operationalPilotApiRef } from '../../api';
import { operationalPilotTranslationRef } from '../../translation';
import { EntityRefValue } from '../shared/EntityRefValue';
import { ErrorView } from '../shared/ErrorView';
import { useFormatters } from '../shared/format';
import { Section } from '../shared/Section';
import { useModelTitles } from './useModelTitles';
import styles from './portfolioCriteria.module.css';

/** Colour band of a passing share (the value itself is always written). */
export function shareTone(share: number): 'positive' | 'warning' | 'negative' {
  if (share >= 85) return 'positive';
  if (share >= 60) return 'warning';
  return 'negative';
}

/** `ids` in the model's category order, unknown ones last. */
function inModelOrder(ids: string[], order: string[]): string[] {
  const rank = (id: string) => {
    const index = order.indexOf(id);
    return index < 0 ? order.length : index;
  };
  return [...ids].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/**
 * Share of passing criteria per team (owner) and category of the filtered portfolio, worst teams first (aggregated
 * by the backend). A team's filter button, or a click on one of its cells, filters the table by it.
 */
export function PortfolioHeatmap(props: {
  filters: PortfolioQuery;
  onFilter: (patch: Pick<PortfolioQuery, 'owner'>) => void;
}) {
  const { t } = useTranslationRef(operationalPilotTranslationRef);
  const api = useApi(operationalPilotApiRef);
  const fmt = useFormatters();
  const titles = useModelTitles();
  const state = useAsync(
    () => api.getPortfolioHeatmap(props.filters),
    [api, props.filters],
  );
  const percent = (value: number) =>
    t('portfolio.percent', { value: fmt.number(value, 0) });

  let body;
  if (state.error) {
    body = <ErrorView error={state.error} />;
  } else if (state.loading || !state.value) {
    body = <Progress />;
  } else if (state.value.teams.length === 0) {
    body = (
      <Text as="p" variant="body-medium" color="secondary">
        {t('portfolio.heatmapEmpty')}
      </Text>
    );
  } else {
    const { teams, totalTeams } = state.value;
    const categories = inModelOrder(
      state.value.categories,
      titles.categoryOrder,
    );
    body = (
      <div className={styles.scroll}>
        <table className={styles.heatmap}>
          <caption>
            {t('portfolio.heatmapDescription', {
              shown: String(teams.length),
              total: String(totalTeams),
            })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('portfolio.heatmapTeam')}</th>
              <th scope="col">{t('portfolio.heatmapOverall')}</th>
              {categories.map(id => (
                <th scope="col" key={id}>
                  {titles.categoryTitle(id)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {teams.map(team => {
              const name = team.key ?? t('portfolio.noGroup');
              const filter = team.key
                ? () => props.onFilter({ owner: [team.key!] })
                : undefined;
              const byCategory = new Map<string, PortfolioHeatmapCell>(
                team.cells.map(cell => [cell.category, cell]),
              );
              return (
                <tr key={team.key ?? ''}>
                  <th scope="row">
                    {team.key ? (
                      <span className={styles.teamCell}>
                        <EntityRefValue value={team.key} defaultKind="group" />
                        <Button
                          size="small"
                          variant="tertiary"
                          aria-label={t('portfolio.filterBy', {
                            key: team.key,
                          })}
                          onPress={filter}
                        >
                          {t('portfolio.filters')}
                        </Button>
                      </span>
                    ) : (
                      name
                    )}
                  </th>
                  <td
                    data-tone={shareTone(team.passingShare)}
                    title={t('portfolio.heatmapTeamTitle', {
                      team: name,
                      share: percent(team.passingShare),
                      failing: String(team.failing),
                      entities: String(team.entities),
                    })}
                  >
                    {percent(team.passingShare)}
                  </td>
                  {categories.map(id => {
                    const cell = byCategory.get(id);
                    if (!cell) {
                      return (
                        <td key={id} title={t('portfolio.heatmapNoCell')}>
                          —
                        </td>
                      );
                    }
                    return (
                      <td
                        key={id}
                        data-tone={shareTone(cell.passingShare)}
                        data-filter={filter ? '' : undefined}
                        onClick={filter}
                        title={t('portfolio.heatmapCellTitle', {
                          team: name,
                          category: titles.categoryTitle(id),
                          passing: String(cell.passing),
                          applicable: String(cell.applicable),
                          share: percent(cell.passingShare),
                          failing: String(cell.failing),
                          entities: String(cell.entities),
                        })}
                      >
                        {percent(cell.passingShare)}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    );
  }

  return (
    <Section id="operational-pilot-heatmap" title={t('portfolio.heatmap')}>
      {body}
    </Section>
  );
}
