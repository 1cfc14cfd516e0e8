import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { Text } from '@backstage/ui';
import type { EntityReadiness } from '@operational-pilot/backstage-plugin-common';
import { operationalPilotTranslationRef } from '../../translation';
import { getRoleRows, isRoleMissing, type RoleId } from '../Owners/OwnersList';
import { EntityRefValue } from '../shared/EntityRefValue';
import { Pill } from '../shared/Pill';
import { Panel, Section } from '../shared/Section';
import sharedStyles from '../shared/shared.module.css';
import { useEntityPilot } from './EntityPilotContext';
import { GatesOverview, SystemRollup } from './GatesOverview';
import { ReadinessHeader } from './ReadinessHeader';
import { NextSteps, VerdictWhy } from './ReadinessDetails';
import { TabLink } from './subViews';
import styles from './readiness.module.css';

/** The roles a reader of the overview looks for first; the rest are in the Metadata sub-view. */
const SUMMARY_ROLES: RoleId[] = [
  'devOwner',
  'opsOwner',
  'poa',
  'businessOwner',
];

/** Who decides and who runs: the four main roles and how many required roles are missing. */
function OwnersSummary() {
  const { t } = useTranslationRef(operationalPilotTranslationRef);
  const { entity, operations } = useEntityPilot();
  const rows = getRoleRows(entity, operations.value?.record.metadata);
  const missing = rows.filter(isRoleMissing).length;
  return (
    <Section
      id="operational-pilot-owners-summary"
      title={t('owners.heading')}
      level="h3"
      actions={<TabLink to="metadata">{t('tab.viewAllOwners')}</TabLink>}
    >
      <Panel>
        <Text
          as="p"
          variant="body-small"
          color={missing ? 'danger' : 'success'}
        >
          {missing
            ? t('owners.missingCount', { count: missing })
            : t('owners.allAssigned')}
        </Text>
        <dl className={sharedStyles.definitionList}>
          {rows
            .filter(r => SUMMARY_ROLES.includes(r.id))
            .map(row => (
              <div key={row.id} style={{ display: 'contents' }}>
                <dt>{t(`owners.${row.id}`)}</dt>
                <dd>
                  {row.refs.length === 0 ? (
                    <Pill tone="negative">{t('common.missing')}</Pill>
                  ) : (
                    row.refs.map((ref, i) => (
                      <span key={ref}>
                        {i > 0 ? ', ' : null}
                        <EntityRefValue
                          value={ref}
                          defaultKind={row.defaultKind}
                        />
                      </span>
                    ))
                  )}
                </dd>
              </div>
            ))}
        </dl>
      </Panel>
    </Section>
  );
}

/**
 * The Overview sub-view, short enough for two screens: score and verdict, why (blockers and reservations), the
 * run readiness beside the release gates, the next steps beside the owners summary.
 */
export function Overview(props: { readiness: EntityReadiness }) {
  const { readiness } = props;
  return (
    <>
      <div className={styles.overviewGrid}>
        <ReadinessHeader readiness={readiness} />
        <GatesOverview readiness={readiness} />
      </div>
      <VerdictWhy readiness={readiness} />
      <SystemRollup readiness={readiness} />
      <div className={styles.overviewGrid}>
        <NextSteps readiness={readiness} />
        <OwnersSummary />
      </div>
    </>
  );
}
