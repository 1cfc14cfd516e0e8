import { useState } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { Progress } from '@backstage/core-components';
import { useApi, useTranslationRef } from '@backstage/frontend-plugin-api';
import { useEntityRefLink } from '@backstage/plugin-catalog-react';
import { Link, Text } from '@backstage/ui';
import type { PortfolioQuery } from '@operational-pilot/backstage-plugin-common';
import { operationalPilotApiRef } from '../../api';
import { operationalPilotTranslationRef } from '../../translation';
import { ReleaseStatusChip, VerdictChip } from '../shared/chips';
import { ErrorView } from '../shared/ErrorView';
import { TextInput } from '../shared/fields';
import { todayIso, useFormatters } from '../shared/format';
import { Pill } from '../shared/Pill';
import { Section } from '../shared/Section';
import { isIsoDate } from '../shared/validation';
import sharedStyles from '../shared/shared.module.css';
import releaseStyles from '../Releases/releases.module.css';
import styles from './portfolio.module.css';

function plusDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * The release calendar of the portfolio: every production release in a date range (default: the next 90 days)
 * with the current portfolio filters, its gate verdicts and blockers, linking to the release workspace.
 */
export function ReleaseCalendar(props: { filters: PortfolioQuery }) {
  const { t } = useTranslationRef(operationalPilotTranslationRef);
  const api = useApi(operationalPilotApiRef);
  const entityLink = useEntityRefLink();
  const fmt = useFormatters();
  const [from, setFrom] = useState(() => todayIso());
  const [to, setTo] = useState(() => plusDays(todayIso(), 90));
  const valid = isIsoDate(from) && isIsoDate(to) && from <= to;

  const state = useAsyncRetry(async () => {
    if (!valid) {
      return undefined;
    }
    return api.getReleaseCalendar({ ...props.filters, from, to });
  }, [api, props.filters, from, to, valid]);

  const items = state.value?.items ?? [];
  const releaseHref = (entityRef: string, releaseId: string) =>
    `${entityLink(entityRef).replace(
      /\/$/,
      '',
    )}/operational-pilot/releases/${encodeURIComponent(releaseId)}`;

  return (
    <Section
      id="operational-pilot-release-calendar"
      title={t('portfolio.calendar')}
    >
      <div className={styles.filters}>
        <TextInput
          type="date"
          label={t('portfolio.from')}
          value={from}
          onChange={setFrom}
        />
        <TextInput
          type="date"
          label={t('portfolio.to')}
          value={to}
          onChange={setTo}
          error={
            isIsoDate(from) && isIsoDate(to) && from > to
              ? t('validation.endBeforeStart')
              : undefined
          }
        />
      </div>
      {state.error && !state.value ? (
        <ErrorView error={state.error} onRetry={state.retry} />
      ) : null}
      {state.loading && !state.value ? <Progress /> : null}
      {state.value && items.length === 0 ? (
        <Text as="p" variant="body-medium" color="secondary">
          {t('portfolio.noRelease')}
        </Text>
      ) : null}
      {items.length > 0 ? (
        <div className={sharedStyles.tableScroll}>
          <table className={releaseStyles.table}>
            <caption className={sharedStyles.visuallyHidden}>
              {t('portfolio.calendar')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('portfolio.releaseDate')}</th>
                <th scope="col">{t('portfolio.columns.entity')}</th>
                <th scope="col">{t('releases.version')}</th>
                <th scope="col">{t('releases.kind')}</th>
                <th scope="col">{t('releases.changeType')}</th>
                <th scope="col">{t('releases.status')}</th>
                <th scope="col">{t('releases.goNoGoGate')}</th>
                <th scope="col">{t('releases.handoverGate')}</th>
                <th scope="col">{t('portfolio.columns.blockers')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map(r => (
                <tr key={r.releaseId}>
                  <td>{fmt.dateTime(r.window?.start ?? r.plannedAt)}</td>
                  <th scope="row">
                    <Link href={releaseHref(r.entityRef, r.releaseId)}>
                      {r.title || r.entityRef}
                    </Link>
                    <Text as="div" variant="body-small" color="secondary">
                      {r.entityRef} · {r.tier}
                    </Text>
                  </th>
                  <td>{r.version}</td>
                  <td>{t(`releases.kindValue.${r.kind}`)}</td>
                  <td>{t(`releases.changeTypeValue.${r.changeType}`)}</td>
                  <td>
                    <ReleaseStatusChip status={r.status} />
                  </td>
                  <td>{r.goNoGo ? <VerdictChip verdict={r.goNoGo} /> : '—'}</td>
                  <td>
                    {r.handover ? <VerdictChip verdict={r.handover} /> : '—'}
                  </td>
                  <td>
                    {r.blockers > 0 ? (
                      <Pill tone="negative">{r.blockers}</Pill>
                    ) : (
                      '0'
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </Section>
  );
}
