import { useMemo, useState } from 'react';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { Link, Switch, Text } from '@backstage/ui';
import type {
  CriterionResult,
  EntityReadiness,
} from '@operational-pilot/backstage-plugin-common';
import { evidenceLabel } from '@operational-pilot/backstage-plugin-common';
import { operationalPilotTranslationRef } from '../../translation';
import { useReadinessText } from '../shared/useReadinessText';
import {
  CriterionStatusChip,
  FAILING_STATUSES,
  STATUS_SEVERITY,
} from '../shared/chips';
import { SelectInput } from '../shared/fields';
import { daysFromNow, useFormatters } from '../shared/format';
import { Pill } from '../shared/Pill';
import { Panel, Section } from '../shared/Section';
import sharedStyles from '../shared/shared.module.css';
import {
  CriterionActions,
  HowToFix,
  useCriterionFields,
} from './CriterionActions';
import { metadataFieldHref } from './hashTargets';
import { TabLink } from './subViews';
import { useCategoryTitle } from './useCategoryTitle';
import styles from './readiness.module.css';

function isFailing(c: CriterionResult) {
  return FAILING_STATUSES.includes(c.status);
}

/** How many blockers the overview lists before pointing at the Criteria sub-view. */
const OVERVIEW_BLOCKERS = 5;

/**
 * Why the verdict: the blocking failures (each with its reason, how to fix and what the user may do), then the
 * reservations; the engine's sentence only when no criterion explains it (e.g. a score under the threshold).
 * One list, so the "why" and the blockers no longer repeat each other.
 */
export function VerdictWhy(props: { readiness: EntityReadiness }) {
  const { readiness } = props;
  const { t } = useTranslationRef(operationalPilotTranslationRef);
  const text = useReadinessText();
  const byId = useMemo(
    () => new Map(readiness.criteria.map(c => [c.id, c])),
    [readiness.criteria],
  );
  const blockers = readiness.blockers
    .map(id => byId.get(id))
    .filter((c): c is CriterionResult => !!c);
  const reservations = (readiness.reservations ?? [])
    .map(id => byId.get(id))
    .filter((c): c is CriterionResult => !!c);
  const shown = blockers.slice(0, OVERVIEW_BLOCKERS);

  return (
    <Section
      id="operational-pilot-why"
      title={t('tab.whyBlocked')}
      level="h3"
      actions={
        blockers.length > shown.length ? (
          <TabLink to="criteria">
            {t('tab.viewAllCriteria')} ({blockers.length})
          </TabLink>
        ) : undefined
      }
    >
      {blockers.length === 0 && reservations.length === 0 ? (
        <>
          <Text as="p" variant="body-medium" color="success">
            {t('readiness.noBlockers')}
          </Text>
          {readiness.verdictReasons?.map((reason, i) => (
            <Text as="p" variant="body-small" color="secondary" key={reason}>
              {text.sentence(reason, readiness.verdictReasonMessages?.[i])}
            </Text>
          ))}
        </>
      ) : null}
      {shown.length > 0 ? (
        <Panel className={styles.blockers}>
          <ul
            className={sharedStyles.list}
            aria-label={t('readiness.blockers')}
          >
            {shown.map(c => (
              <li
                key={c.id}
                className={styles.blockerItem}
                aria-label={`${c.id} ${text.title(c)}`}
              >
                <div className={styles.criterionTitle}>
                  <CriterionStatusChip status={c.status} />
                  <span className={styles.criterionId}>{c.id}</span>
                  <Text variant="body-medium" weight="bold">
                    {text.title(c)}
                  </Text>
                  <Pill tone="negative">{t('readiness.blocking')}</Pill>
                </div>
                <Text variant="body-medium">{text.reason(c)}</Text>
                <Text variant="body-small" color="secondary">
                  <HowToFix criterion={c} />
                </Text>
                <CriterionActions criterion={c} />
              </li>
            ))}
          </ul>
        </Panel>
      ) : null}
      {reservations.length > 0 ? (
        <>
          <Text as="h4" variant="body-medium" weight="bold">
            {t('readiness.reservations')}
          </Text>
          <ul
            className={sharedStyles.list}
            aria-label={t('readiness.reservations')}
          >
            {reservations.map(c => (
              <li key={c.id} className={styles.criterionTitle}>
                <CriterionStatusChip status={c.status} />
                <span className={styles.criterionId}>{c.id}</span>
                <Text variant="body-medium">{text.title(c)}</Text>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Section>
  );
}

/** The most valuable next steps (top three) beyond the blockers listed above them. */
export function NextSteps(props: { readiness: EntityReadiness }) {
  const { readiness } = props;
  const { t } = useTranslationRef(operationalPilotTranslationRef);
  const text = useReadinessText();
  const fieldsOf = useCriterionFields();
  const listed = new Set(readiness.blockers.slice(0, OVERVIEW_BLOCKERS));
  const nextSteps = (readiness.nextSteps ?? [])
    .filter(step => !listed.has(step.criterionId))
    .slice(0, 3);
  if (nextSteps.length === 0) {
    return null;
  }
  return (
    <Section
      id="operational-pilot-next-steps"
      title={t('readiness.nextSteps')}
      level="h3"
    >
      <ol className={styles.reasons}>
        {nextSteps.map(step => {
          const field = fieldsOf(step.criterionId)[0];
          const stepText = {
            title: text.title({ ...step, id: step.criterionId }),
            howToFix: text.howToFix({ ...step, id: step.criterionId }),
          };
          return (
            <li key={step.criterionId}>
              <Text variant="body-medium">
                <strong>{stepText.title}</strong> — {stepText.howToFix}{' '}
              </Text>
              <Text variant="body-small" color="secondary">
                (
                {t('readiness.scoreGain', {
                  gain: String(Math.round(step.scoreGain * 10) / 10),
                })}
                {step.liftsBlocker ? `, ${t('readiness.liftsBlocker')}` : ''}
                {step.unlocksLevel
                  ? `, ${t('readiness.unlocksLevel', {
                      level: t(`level.${step.unlocksLevel}`),
                    })}`
                  : ''}
                )
              </Text>
              {field ? (
                <>
                  {' '}
                  <TabLink to={metadataFieldHref(field)}>
                    {t('tab.goToField', { field })}
                  </TabLink>
                </>
              ) : null}
            </li>
          );
        })}
      </ol>
    </Section>
  );
}

export function CategoryScores(props: { readiness: EntityReadiness }) {
  const { t } = useTranslationRef(operationalPilotTranslationRef);
  const categoryTitle = useCategoryTitle();
  return (
    <Section
      id="operational-pilot-categories"
      title={t('readiness.categories')}
      level="h3"
    >
      <ul className={styles.categories}>
        {props.readiness.categories.map(c => {
          const title = categoryTitle(c.id);
          const score = c.score === null ? null : Math.round(c.score);
          let tone = 'negative';
          if (score !== null && score >= 85) {
            tone = 'positive';
          } else if (score !== null && score >= 60) {
            tone = 'warning';
          }
          return (
            <li key={c.id} className={styles.category}>
              <div className={styles.categoryLine}>
                <Text variant="body-medium" weight="bold">
                  {title}
                </Text>
                <Text variant="body-medium">
                  {score === null
                    ? t('readiness.categoryNotApplicable')
                    : `${score}`}
                </Text>
              </div>
              {score !== null ? (
                <div
                  className={sharedStyles.bar}
                  role="meter"
                  aria-label={title}
                  aria-valuemin={0}
                  aria-valuemax={100}
                  aria-valuenow={score}
                >
                  <div
                    className={sharedStyles.barFill}
                    data-tone={tone}
                    style={{ width: `${score}%` }}
                  />
                </div>
              ) : null}
              {c.applicable > 0 ? (
                <Text variant="body-x-small" color="secondary">
                  {t('readiness.categoryPassed', {
                    passed: String(c.passed),
                    applicable: String(c.applicable),
                  })}
                </Text>
              ) : null}
            </li>
          );
        })}
      </ul>
    </Section>
  );
}

function CriterionMeta(props: { criterion: CriterionResult }) {
  const { criterion: c } = props;
  const { t } = useTranslationRef(operationalPilotTranslationRef);
  const lang = t('plugin.contentLanguage');
  const fmt = useFormatters();
  const parts = [];
  for (const [i, ev] of (c.evidence ?? []).entries()) {
    const label = evidenceLabel(ev.label, lang);
    parts.push(
      <span key={`ev-${i}`}>
        {ev.url ? (
          <Link href={ev.url} target="_blank" rel="noopener noreferrer">
            {label}
          </Link>
        ) : (
          <>
            {label}
            {ev.value ? `: ${ev.value}` : ''}
          </>
        )}
      </span>,
    );
  }
  if (c.assessedAt) {
    parts.push(
      <span key="assessed" title={fmt.date(c.assessedAt)}>
        {t('readiness.assessedAt', { when: fmt.relative(c.assessedAt) })}
      </span>,
    );
  }
  if (c.expiresAt) {
    const past = daysFromNow(c.expiresAt) < 0;
    parts.push(
      <span key="expires" title={fmt.date(c.expiresAt)}>
        {past
          ? t('readiness.expiredAt', { when: fmt.relative(c.expiresAt) })
          : t('readiness.expiresAt', { when: fmt.relative(c.expiresAt) })}
      </span>,
    );
  }
  if (c.waiver) {
    parts.push(
      <span key="waiver" title={c.waiver.reason}>
        {t('readiness.waivedUntil', { date: fmt.date(c.waiver.expiresAt) })}
      </span>,
    );
  }
  if (c.action) {
    parts.push(
      <span key="action">
        {c.action.dueDate
          ? t('readiness.linkedActionDue', {
              status: t(
                `actionStatus.${c.action.status}` as 'actionStatus.open',
              ),
              date: fmt.date(c.action.dueDate),
            })
          : t('readiness.linkedAction', {
              status: t(
                `actionStatus.${c.action.status}` as 'actionStatus.open',
              ),
            })}
      </span>,
    );
  }
  if (parts.length === 0) {
    return null;
  }
  return <div className={styles.meta}>{parts}</div>;
}

/** Every criterion with its status, reason, evidence, age and how to fix; blockers and failures first. */
export function CriteriaList(props: { readiness: EntityReadiness }) {
  const { t } = useTranslationRef(operationalPilotTranslationRef);
  const text = useReadinessText();
  const categoryTitle = useCategoryTitle();
  const [failingOnly, setFailingOnly] = useState(false);
  const [category, setCategory] = useState<string | undefined>();

  const sorted = useMemo(
    () =>
      [...props.readiness.criteria].sort((a, b) => {
        const ab = a.blocking && isFailing(a) ? 0 : 1;
        const bb = b.blocking && isFailing(b) ? 0 : 1;
        return (
          ab - bb ||
          STATUS_SEVERITY[a.status] - STATUS_SEVERITY[b.status] ||
          a.id.localeCompare(b.id)
        );
      }),
    [props.readiness.criteria],
  );
  const visible = sorted.filter(
    c =>
      (!failingOnly || isFailing(c)) && (!category || c.category === category),
  );
  const categories = props.readiness.categories.map(c => ({
    value: c.id as string,
    label: categoryTitle(c.id),
  }));

  return (
    <Section
      id="operational-pilot-criteria"
      title={t('readiness.criteria')}
      level="h3"
    >
      <div className={styles.filters}>
        <Switch
          label={t('readiness.failingOnly')}
          isSelected={failingOnly}
          onChange={setFailingOnly}
        />
        <div style={{ minWidth: '14rem' }}>
          <SelectInput
            label={t('readiness.category')}
            value={category}
            options={categories}
            emptyLabel={t('readiness.allCategories')}
            onChange={setCategory}
          />
        </div>
        <Text variant="body-small" color="secondary" aria-live="polite">
          {visible.length} / {sorted.length}
        </Text>
      </div>
      {visible.length === 0 ? (
        <Text as="p" variant="body-medium" color="secondary">
          {t('readiness.noCriteria')}
        </Text>
      ) : (
        <ul className={sharedStyles.list} aria-label={t('readiness.criteria')}>
          {visible.map(c => {
            const failing = isFailing(c);
            return (
              <li
                key={c.id}
                className={styles.criterion}
                data-blocking={String(c.blocking)}
                data-failing={String(failing)}
                aria-label={`${c.id} ${text.title(c)}`}
              >
                <div className={styles.criterionTitle}>
                  <CriterionStatusChip status={c.status} />
                  <span className={styles.criterionId}>{c.id}</span>
                  <Text variant="body-medium" weight="bold">
                    {text.title(c)}
                  </Text>
                  {c.blocking ? (
                    <Pill tone={failing ? 'negative' : 'muted'}>
                      {t('readiness.blocking')}
                    </Pill>
                  ) : null}
                  <Text variant="body-small" color="secondary">
                    {categoryTitle(c.category)}
                  </Text>
                </div>
                {c.reason ? (
                  <Text variant="body-medium">{text.reason(c)}</Text>
                ) : null}
                {failing && c.howToFix ? (
                  <Text variant="body-small">
                    <HowToFix criterion={c} />
                  </Text>
                ) : null}
                <CriterionMeta criterion={c} />
                <CriterionActions criterion={c} />
              </li>
            );
          })}
        </ul>
      )}
    </Section>
  );
}
