import { useMemo } from 'react';
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
import { messageTemplate } from '../shared/messageTemplate';
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
 * The heat map's texts, translated once per language: the fixed ones, and templates for those with numbers (filled
 * per team or cell without a translation call each, the page's main rendering cost with many cells).
 */
function useHeatmapText() {
  const { t } = useTranslationRef(operationalPilotTranslationRef);
  return useMemo(
    () => ({
      team: t('portfolio.heatmapTeam'),
      overall: t('portfolio.heatmapOverall'),
      noCell: t('portfolio.heatmapNoCell'),
      noGroup: t('portfolio.noGroup'),
      filters: t('portfolio.filters'),
      percent: messageTemplate(['value'], values =>
        t('portfolio.percent', values),
      ),
      filterBy: messageTemplate(['key'], values =>
        t('portfolio.filterBy', values),
      ),
      teamTitle: messageTemplate(
        ['team', 'share', 'failing', 'entities'],
        values => t('portfolio.heatmapTeamTitle', values),
      ),
      cellTitle: messageTemplate(
        [
          'team',
          'category',
          'passing',
          'applicable',
          'share',
          'failing',
          'entities',
        ],
        values => t('portfolio.heatmapCellTitle', values),
      ),
    }),
    [t],
  );
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
  const text = useHeatmapText();
  const percent = (value: number) =>
    text.percent({ value: fmt.number(value, 0) });
  // Category titles once per category, not per cell.
  const categories = useMemo(
    () =>
      inModelOrder(state.value?.categories ?? [], titles.categoryOrder).map(
        id => ({ id, title: titles.categoryTitle(id) }),
      ),
    [state.value, titles],
  );

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
              <th scope="col">{text.team}</th>
              <th scope="col">{text.overall}</th>
              {categories.map(category => (
                <th scope="col" key={category.id}>
                  {category.title}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {teams.map(team => {
              const name = team.key ?? text.noGroup;
              const filter = team.key
                ? () => props.onFilter({ owner: [team.key!] })
                : undefined;
              const byCategory = new Map<string, PortfolioHeatmapCell>(
                team.cells.map(cell => [cell.category, cell]),
              );
              const teamShare = percent(team.passingShare);
              return (
                <tr key={team.key ?? ''}>
                  <th scope="row">
                    {team.key ? (
                      <span className={styles.teamCell}>
                        <EntityRefValue value={team.key} defaultKind="group" />
                        <Button
                          size="small"
                          variant="tertiary"
                          aria-label={text.filterBy({ key: team.key })}
                          onPress={filter}
                        >
                          {text.filters}
                        </Button>
                      </span>
                    ) : (
                      name
                    )}
                  </th>
                  <td
                    data-tone={shareTone(team.passingShare)}
                    title={text.teamTitle({
                      team: name,
                      share: teamShare,
                      failing: String(team.failing),
                      entities: String(team.entities),
                    })}
                  >
                    {teamShare}
                  </td>
                  {categories.map(category => {
                    const cell = byCategory.get(category.id);
                    if (!cell) {
                      return (
                        <td key={category.id} title={text.noCell}>
                          —
                        </td>
                      );
                    }
                    const share = percent(cell.passingShare);
                    return (
                      <td
                        key={category.id}
                        data-tone={shareTone(cell.passingShare)}
                        data-filter={filter ? '' : undefined}
                        onClick={filter}
                        title={text.cellTitle({
                          team: name,
                          category: category.title,
                          passing: String(cell.passing),
                          applicable: String(cell.applicable),
                          share,
                          failing: String(cell.failing),
                          entities: String(cell.entities),
                        })}
                      >
                        {share}
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
