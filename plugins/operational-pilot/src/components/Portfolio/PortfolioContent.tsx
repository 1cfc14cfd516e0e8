import { useCallback, useMemo, useRef, useState } from 'react';
import { Progress } from '@backstage/core-components';
import {
  useApi,
  useAppSearchParams,
  useTranslationRef,
} from '@backstage/frontend-plugin-api';
import { useEntityRefLink } from '@backstage/plugin-catalog-react';
import {
  Button,
  Cell,
  CellText,
  Table,
  Text,
  type ColumnConfig,
} from '@backstage/ui';
import {
  TIERS,
  type PortfolioItem,
  type PortfolioOrderBy,
  type PortfolioQuery,
} from '@operational-pilot/backstage-plugin-common';
import { operationalPilotApiRef } from '../../api';
import { operationalPilotTranslationRef } from '../../translation';
import { LevelChip, useChipsByValue, VerdictChip } from '../shared/chips';
import { EntityRefValue } from '../shared/EntityRefValue';
import { ErrorView, useWriteErrorMessage } from '../shared/ErrorView';
import { useFormatters } from '../shared/format';
import { Pill } from '../shared/Pill';
import { Section } from '../shared/Section';
import { useDeferredMount } from '../shared/useDeferredMount';
import { useEagerAsyncRetry } from '../shared/useEagerAsyncRetry';
import { useNotify } from '../shared/useNotify';
import { PortfolioFilters } from './PortfolioFilters';
import {
  PortfolioDistribution,
  PortfolioKpis,
  type KpiSelection,
} from './PortfolioSummary';
import { PortfolioHighlights } from './PortfolioHighlights';
import { PortfolioRollups } from './PortfolioRollups';
import { PortfolioHeatmap } from './PortfolioHeatmap';
import { FailingCriteria } from './FailingCriteria';
import { PortfolioTrend } from './PortfolioTrend';
import {
  OPTIONAL_COLUMNS,
  useVisibleColumns,
  type OptionalColumn,
} from './portfolioColumns';
import { ChangeSuccess } from './ChangeSuccess';
import {
  FILTER_KEYS,
  PAGE_SIZES,
  readQuery,
  writeQuery,
} from './portfolioQuery';
import { ReleaseCalendar } from './ReleaseCalendar';
import { TeamTrend } from './TeamTrend';
import styles from './portfolio.module.css';

type Row = PortfolioItem & { id: string };

/**
 * Rows rendered in the table's first frame. The table starts below the key figures and the filters (about 850 px
 * down at 1440×900), so even a 1440×1200 screen shows fewer; each row costs several milliseconds to render, and
 * the rest of the page follows one frame later.
 */
const FIRST_FRAME_ROWS = 6;

function download(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * The portfolio dashboard ("Readiness"): key figures, distribution, a server-paginated and sorted table of
 * entities filtered from the URL, the CSV export of the current filter, and the trend by team.
 *
 * @public
 */
export function PortfolioContent() {
  const { t } = useTranslationRef(operationalPilotTranslationRef);
  const api = useApi(operationalPilotApiRef);
  const [params, setParams] = useAppSearchParams();
  const entityLink = useEntityRefLink();
  const fmt = useFormatters();
  const chips = useChipsByValue();
  const notify = useNotify();
  const writeError = useWriteErrorMessage();
  const [exporting, setExporting] = useState(false);
  const [shownColumns, setShownColumns] = useVisibleColumns();

  const queryKey = params.toString();
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const query = useMemo(() => readQuery(params), [queryKey]);
  // Started while the page renders: the filters and pickers above the table take a while to render the first time.
  const state = useEagerAsyncRetry(
    api,
    `portfolio?${JSON.stringify(query)}`,
    () => api.getPortfolio(query),
  );

  // Stable across renders (the latest query and setter through a ref), so that the memoized filter bar does not
  // render again when only the table's data changes.
  const latest = useRef({ query, setParams });
  latest.current = { query, setParams };
  const update = useCallback(
    (patch: Partial<PortfolioQuery>, resetPage = true) => {
      const next: PortfolioQuery = { ...latest.current.query, ...patch };
      if (resetPage) {
        next.offset = 0;
      }
      latest.current.setParams(writeQuery(next), { replace: false });
    },
    [],
  );
  const clearFilters = useCallback(() => latest.current.setParams({}), []);

  const exportCsv = async () => {
    setExporting(true);
    try {
      const blob = await api.exportPortfolioCsv(
        { ...query, limit: undefined, offset: undefined },
        { lang: t('plugin.contentLanguage') },
      );
      download(blob, 'operational-readiness.csv');
    } catch (e) {
      notify(`${t('portfolio.exportFailed')} ${writeError(e)}`, 'danger');
    } finally {
      setExporting(false);
    }
  };

  const hasFilters = FILTER_KEYS.some(k => params.has(k));
  // The filters without sort and page: what the release calendar and the change success use.
  const filters = useMemo<PortfolioQuery>(() => {
    const { orderBy: _o, order: _d, limit: _l, offset: _f, ...rest } = query;
    return rest;
  }, [query]);

  // Memoized: the table keeps its rows' cells while the columns are the same. Texts repeated in rows are
  // translated once here, not per row.
  const columns = useMemo((): ColumnConfig<Row>[] => {
    const sortable = (id: PortfolioOrderBy) => id;
    const mismatchShort = t('portfolio.mismatchShort');
    const assumedHint = t('tier.assumedHint');
    const assumedTier = new Map(
      TIERS.map(tier => [tier, t('tier.assumed', { tier })]),
    );
    const tabHref = (entityRef: string) =>
      `${entityLink(entityRef).replace(/\/$/, '')}/operational-pilot`;
    return [
      {
        id: sortable('title'),
        label: t('portfolio.columns.entity'),
        isRowHeader: true,
        isSortable: true,
        defaultWidth: '2.5fr',
        minWidth: 220,
        cell: item => (
          <CellText
            title={item.title || item.entityRef}
            description={
              item.lifecycleMismatch
                ? `${item.entityRef} · ${mismatchShort}`
                : item.entityRef
            }
            href={tabHref(item.entityRef)}
          />
        ),
      },
      {
        id: sortable('owner'),
        label: t('portfolio.columns.owner'),
        isSortable: true,
        defaultWidth: '1.6fr',
        minWidth: 160,
        cell: item => (
          <Cell>
            {item.owner ? <EntityRefValue value={item.owner} /> : '—'}
          </Cell>
        ),
      },
      {
        id: sortable('system'),
        label: t('portfolio.columns.system'),
        isSortable: true,
        defaultWidth: '1.4fr',
        minWidth: 140,
        cell: item => (
          <Cell>
            {item.system ? (
              <EntityRefValue value={item.system} defaultKind="system" />
            ) : (
              '—'
            )}
          </Cell>
        ),
      },
      {
        id: sortable('tier'),
        label: t('portfolio.columns.tier'),
        isSortable: true,
        defaultWidth: '1.2fr',
        minWidth: 130,
        cell: item => (
          <Cell>
            {item.tierDeclared ? (
              item.tier
            ) : (
              <Pill tone="warning" title={assumedHint}>
                {assumedTier.get(item.tier) ??
                  t('tier.assumed', { tier: item.tier })}
              </Pill>
            )}
          </Cell>
        ),
      },
      {
        id: sortable('poa'),
        label: t('portfolio.columns.poa'),
        isSortable: true,
        defaultWidth: '1.4fr',
        minWidth: 140,
        cell: item => (
          <Cell>
            {item.poa ? (
              <EntityRefValue value={item.poa} defaultKind="user" />
            ) : (
              '—'
            )}
          </Cell>
        ),
      },
      {
        id: sortable('score'),
        label: t('portfolio.columns.score'),
        isSortable: true,
        minWidth: 100,
        cell: item => <CellText title={String(Math.round(item.score))} />,
      },
      {
        id: sortable('verdict'),
        label: t('portfolio.columns.verdict'),
        isSortable: true,
        defaultWidth: '1.6fr',
        minWidth: 180,
        cell: item => (
          <Cell>
            {chips.verdict[item.verdict] ?? (
              <VerdictChip verdict={item.verdict} />
            )}
          </Cell>
        ),
      },
      {
        id: sortable('level'),
        label: t('portfolio.columns.level'),
        isSortable: true,
        defaultWidth: '1.1fr',
        minWidth: 120,
        cell: item => (
          <Cell>
            {chips.level[item.level] ?? <LevelChip level={item.level} />}
          </Cell>
        ),
      },
      {
        id: sortable('blockers'),
        label: t('portfolio.columns.blockers'),
        isSortable: true,
        minWidth: 110,
        cell: item => <CellText title={String(item.blockers)} />,
      },
      {
        id: sortable('openActions'),
        label: t('portfolio.columns.openActions'),
        isSortable: true,
        minWidth: 130,
        cell: item => <CellText title={String(item.openActions)} />,
      },
      {
        id: sortable('overdueActions'),
        label: t('portfolio.columns.overdueActions'),
        isSortable: true,
        minWidth: 110,
        cell: item => (
          <Cell>
            {item.overdueActions > 0 ? (
              <Pill tone="negative">{item.overdueActions}</Pill>
            ) : (
              '0'
            )}
          </Cell>
        ),
      },
      {
        id: sortable('evaluatedAt'),
        label: t('portfolio.columns.evaluatedAt'),
        isSortable: true,
        defaultWidth: '1.2fr',
        minWidth: 130,
        cell: item => <CellText title={fmt.relative(item.evaluatedAt)} />,
      },
    ];
  }, [t, entityLink, fmt, chips]);

  // Only the chosen columns (the rest on demand), so that the table fits a 1440-pixel screen.
  const visibleColumns = useMemo(
    () =>
      columns.filter(
        c =>
          !OPTIONAL_COLUMNS.includes(c.id as OptionalColumn) ||
          shownColumns.includes(c.id as OptionalColumn),
      ),
    [columns, shownColumns],
  );
  const selectKpi = (patch: KpiSelection) => update(patch);

  const value = state.value;
  const rows = useMemo(
    (): Row[] | undefined =>
      value?.items.map(item => ({ ...item, id: item.entityRef })),
    [value],
  );
  const total = value?.totalItems ?? 0;
  // The cards below the table mount (and load) once the table's first answer is painted: rendering them with it,
  // the heat map's many cells above all, delayed its first rows. The rest of the first page comes with them.
  const firstFramePainted = useDeferredMount(!!value || !!state.error);
  const showCards = firstFramePainted;
  const shownRows = firstFramePainted ? rows : rows?.slice(0, FIRST_FRAME_ROWS);

  return (
    <div className={styles.page}>
      {state.error && !value ? (
        <ErrorView error={state.error} onRetry={state.retry} />
      ) : null}
      {!value && !state.error ? <Progress /> : null}
      {value ? (
        <>
          <PortfolioKpis
            summary={value.summary}
            selection={{
              verdict: query.verdict,
              orderBy: query.orderBy,
              order: query.order,
            }}
            onSelect={selectKpi}
          />
          <PortfolioDistribution summary={value.summary} />
        </>
      ) : null}

      <Section
        id="operational-pilot-portfolio-table"
        title={t('portfolio.table')}
        actions={
          <Button variant="secondary" onPress={exportCsv} isPending={exporting}>
            {t('portfolio.exportCsv')}
          </Button>
        }
      >
        <PortfolioFilters
          query={query}
          hasFilters={hasFilters}
          shownColumns={shownColumns}
          onUpdate={update}
          onClear={clearFilters}
          onColumnsChange={setShownColumns}
        />
        <div className={styles.tableScroll}>
          <Table<Row>
            columnConfig={visibleColumns}
            data={shownRows}
            isPending={!value && state.loading}
            isStale={!!value && state.loading}
            emptyState={
              <Text as="p" variant="body-medium" color="secondary">
                {t('portfolio.noResults')}
              </Text>
            }
            sort={{
              descriptor: {
                column: query.orderBy,
                direction: query.order === 'desc' ? 'descending' : 'ascending',
              },
              onSortChange: d =>
                update({
                  orderBy: String(d.column) as PortfolioOrderBy,
                  order: d.direction === 'descending' ? 'desc' : 'asc',
                }),
            }}
            pagination={{
              type: 'page',
              pageSize: query.limit,
              pageSizeOptions: PAGE_SIZES,
              offset: query.offset,
              totalCount: total,
              hasNextPage: query.offset + query.limit < total,
              hasPreviousPage: query.offset > 0,
              onNextPage: () =>
                update({ offset: query.offset + query.limit }, false),
              onPreviousPage: () =>
                update(
                  { offset: Math.max(0, query.offset - query.limit) },
                  false,
                ),
              onPageSizeChange: limit => update({ limit }),
              getLabel: ({ pageSize, offset = 0, totalCount = 0 }) =>
                t('portfolio.pageLabel', {
                  from: String(totalCount === 0 ? 0 : offset + 1),
                  to: String(Math.min(offset + pageSize, totalCount)),
                  total: String(totalCount),
                }),
            }}
          />
        </div>
      </Section>

      {showCards ? (
        <>
          <PortfolioRollups
            filters={filters}
            onFilter={patch => update(patch)}
          />
          <PortfolioHeatmap
            filters={filters}
            onFilter={patch => update(patch)}
          />
          <FailingCriteria filters={filters} />
          <PortfolioHighlights filters={filters} />
          <PortfolioTrend filters={filters} />
          <ReleaseCalendar filters={filters} />
          <ChangeSuccess filters={filters} />
          <TeamTrend filters={filters} />
        </>
      ) : null}
    </div>
  );
}
