import { useCallback, useEffect, useState } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { Progress } from '@backstage/core-components';
import { useApi, useTranslationRef } from '@backstage/frontend-plugin-api';
import {
  Button,
  Cell,
  CellText,
  Flex,
  Table,
  Text,
  type ColumnConfig,
} from '@backstage/ui';
import type { AuditEntry } from '@operational-pilot/backstage-plugin-common';
import { operationalPilotApiRef } from '../../api';
import { operationalPilotTranslationRef } from '../../translation';
import { useEntityPilot } from '../EntityTab/EntityPilotContext';
import { EntityRefValue } from '../shared/EntityRefValue';
import { ErrorView } from '../shared/ErrorView';
import { useFormatters } from '../shared/format';
import { LineChart } from '../shared/LineChart';
import { Panel, Section } from '../shared/Section';
import sharedStyles from '../shared/shared.module.css';

const HISTORY_DAYS = 90;
const AUDIT_PAGE = 20;

function ScoreTrend() {
  const { t } = useTranslationRef(operationalPilotTranslationRef);
  const api = useApi(operationalPilotApiRef);
  const { target } = useEntityPilot();
  const fmt = useFormatters();
  const history = useAsyncRetry(
    async () => (await api.getHistory(target, { days: HISTORY_DAYS })).items,
    [api, target],
  );
  if (history.error) {
    return <ErrorView error={history.error} onRetry={history.retry} />;
  }
  if (!history.value) {
    return <Progress />;
  }
  const points = [...history.value]
    .sort((a, b) => a.day.localeCompare(b.day))
    .map(p => ({ x: p.day, y: p.score }));
  if (points.length === 0) {
    return (
      <Text as="p" variant="body-medium" color="secondary">
        {t('history.noHistory')}
      </Text>
    );
  }
  return (
    <LineChart
      points={points}
      formatX={fmt.date}
      label={t('history.trendSummary', {
        days: String(HISTORY_DAYS),
        first: String(Math.round(points[0].y)),
        last: String(Math.round(points[points.length - 1].y)),
      })}
    />
  );
}

function summarize(value: unknown): string {
  if (value === undefined || value === null) {
    return '';
  }
  const s = typeof value === 'string' ? value : JSON.stringify(value);
  return s.length > 160 ? `${s.slice(0, 157)}…` : s;
}

function AuditLog() {
  const { t } = useTranslationRef(operationalPilotTranslationRef);
  const api = useApi(operationalPilotApiRef);
  const { target } = useEntityPilot();
  const fmt = useFormatters();
  const [entries, setEntries] = useState<AuditEntry[]>([]);
  const [hasMore, setHasMore] = useState(false);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<Error>();

  const load = useCallback(
    async (offset: number) => {
      setLoading(true);
      setError(undefined);
      try {
        const page = (await api.getAudit(target, { limit: AUDIT_PAGE, offset }))
          .items;
        setEntries(prev => (offset === 0 ? page : [...prev, ...page]));
        setHasMore(page.length === AUDIT_PAGE);
      } catch (e) {
        setError(e as Error);
      } finally {
        setLoading(false);
      }
    },
    [api, target],
  );

  useEffect(() => {
    load(0);
  }, [load]);

  if (error && entries.length === 0) {
    return <ErrorView error={error} onRetry={() => load(0)} />;
  }
  if (loading && entries.length === 0) {
    return <Progress />;
  }
  if (entries.length === 0) {
    return (
      <Text as="p" variant="body-medium" color="secondary">
        {t('history.noAudit')}
      </Text>
    );
  }
  const columns: ColumnConfig<AuditEntry>[] = [
    {
      id: 'at',
      label: t('history.when'),
      isRowHeader: true,
      defaultWidth: '1.3fr',
      cell: entry => <CellText title={fmt.dateTime(entry.at)} />,
    },
    {
      id: 'actor',
      label: t('history.who'),
      defaultWidth: '1.3fr',
      cell: entry => (
        <Cell>
          <EntityRefValue value={entry.actor} defaultKind="user" />
        </Cell>
      ),
    },
    {
      id: 'action',
      label: t('history.what'),
      defaultWidth: '1.5fr',
      cell: entry => (
        <CellText
          title={entry.action}
          description={[entry.targetType, entry.targetId]
            .filter(Boolean)
            .join(' ')}
        />
      ),
    },
    {
      id: 'change',
      label: t('history.change'),
      defaultWidth: '3fr',
      cell: entry => (
        <Cell>
          {entry.before !== undefined || entry.after !== undefined ? (
            <code className={sharedStyles.code}>
              {summarize(entry.before)}
              {entry.before !== undefined && entry.after !== undefined
                ? ' → '
                : ''}
              {summarize(entry.after)}
            </code>
          ) : null}
        </Cell>
      ),
    },
  ];
  return (
    <Flex direction="column" gap="2">
      <div className={sharedStyles.tableScroll}>
        <Table<AuditEntry>
          columnConfig={columns}
          data={entries}
          pagination={{ type: 'none' }}
        />
      </div>
      {hasMore ? (
        <div>
          <Button
            size="small"
            variant="secondary"
            isPending={loading}
            onPress={() => load(entries.length)}
          >
            {t('common.loadMore')}
          </Button>
        </div>
      ) : null}
    </Flex>
  );
}

/** Score trend over 90 days and the change log. */
export function HistorySection() {
  const { t } = useTranslationRef(operationalPilotTranslationRef);
  return (
    <Section id="operational-pilot-history" title={t('history.heading')}>
      <Panel>
        <Flex direction="column" gap="4">
          <Section
            id="operational-pilot-trend"
            title={t('history.trend', { days: String(HISTORY_DAYS) })}
            level="h3"
          >
            <ScoreTrend />
          </Section>
          <Section
            id="operational-pilot-audit"
            title={t('history.audit')}
            level="h3"
          >
            <AuditLog />
          </Section>
        </Flex>
      </Panel>
    </Section>
  );
}
