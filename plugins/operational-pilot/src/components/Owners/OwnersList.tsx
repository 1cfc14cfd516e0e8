import { Fragment } from 'react';
import {
  RELATION_OWNED_BY,
  stringifyEntityRef,
  type Entity,
} from '@backstage/catalog-model';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { getEntityRelations } from '@backstage/plugin-catalog-react';
import { Link, Text } from '@backstage/ui';
import type { OperationalMetadata } from '@operational-pilot/backstage-plugin-common';
import { operationalPilotTranslationRef } from '../../translation';
import { EntityRefValue } from '../shared/EntityRefValue';
import { Pill } from '../shared/Pill';
import sharedStyles from '../shared/shared.module.css';

/** Annotations that wire an entity to an on-call tool. */
const ON_CALL_ANNOTATIONS: Array<{ prefix: string; provider: string }> = [
  { prefix: 'pagerduty.com/', provider: 'PagerDuty' },
  { prefix: 'opsgenie.com/', provider: 'Opsgenie' },
];

export type RoleId =
  | 'devOwner'
  | 'opsOwner'
  | 'poa'
  | 'businessOwner'
  | 'serviceOwner'
  | 'securityApprover'
  | 'supportL1'
  | 'supportL2'
  | 'supportL3'
  | 'onCall';

export interface RoleRow {
  id: RoleId;
  /** Entity refs holding the role. */
  refs: string[];
  /** Default kind of the refs (users for people, groups for teams). */
  defaultKind: 'user' | 'group';
  /** Extra details: support hours, on-call tool. */
  details: Array<{ text: string; url?: string }>;
  fromCatalog?: boolean;
  required: boolean;
}

/** Who holds each run role of an entity: the catalog owner, the POA-entered roles and support, on-call. */
export function getRoleRows(
  entity: Entity,
  metadata: OperationalMetadata | undefined,
): RoleRow[] {
  const owners = getEntityRelations(entity, RELATION_OWNED_BY).map(ref =>
    stringifyEntityRef(ref),
  );
  const specOwner = (entity.spec as { owner?: unknown } | undefined)?.owner;
  let devOwner = owners;
  if (devOwner.length === 0 && typeof specOwner === 'string' && specOwner) {
    devOwner = [specOwner];
  }
  const roles = metadata?.roles ?? {};
  const support = metadata?.support ?? {};
  const single = (v?: string) => (v ? [v] : []);
  const supportRow = (
    id: RoleId,
    level?: { group: string; hours?: string },
  ) => ({
    id,
    refs: single(level?.group),
    defaultKind: 'group' as const,
    details: level?.hours ? [{ text: level.hours }] : [],
    required: true,
  });

  const annotations = entity.metadata.annotations ?? {};
  const onCallDetails: Array<{ text: string; url?: string }> = [];
  for (const [key, value] of Object.entries(annotations)) {
    const match = ON_CALL_ANNOTATIONS.find(a => key.startsWith(a.prefix));
    if (match && value) {
      onCallDetails.push({ text: `${match.provider} (${key}: ${value})` });
    }
  }
  const onCall = metadata?.onCall;
  if (onCall?.reference || onCall?.scheduleUrl) {
    onCallDetails.push({
      text: [onCall.provider, onCall.reference].filter(Boolean).join(' ') || '',
      url: onCall.scheduleUrl,
    });
  }

  return [
    {
      id: 'devOwner',
      refs: devOwner,
      defaultKind: 'group',
      details: [],
      fromCatalog: true,
      required: true,
    },
    {
      id: 'opsOwner',
      refs: single(roles.opsOwner),
      defaultKind: 'group',
      details: [],
      required: true,
    },
    {
      id: 'poa',
      refs: single(roles.poa),
      defaultKind: 'user',
      details: [],
      required: true,
    },
    {
      id: 'businessOwner',
      refs: single(roles.businessOwner),
      defaultKind: 'user',
      details: [],
      required: true,
    },
    {
      id: 'serviceOwner',
      refs: single(roles.serviceOwner),
      defaultKind: 'user',
      details: [],
      required: false,
    },
    {
      id: 'securityApprover',
      refs: single(roles.securityApprover),
      defaultKind: 'user',
      details: [],
      required: false,
    },
    supportRow('supportL1', support.l1),
    supportRow('supportL2', support.l2),
    supportRow('supportL3', support.l3),
    {
      id: 'onCall',
      refs: [],
      defaultKind: 'group',
      details: onCallDetails,
      required: true,
    },
  ];
}

export function isRoleMissing(row: RoleRow): boolean {
  return row.required && row.refs.length === 0 && row.details.length === 0;
}

/** Definition list of roles; a missing required role is flagged with text, not only colour. */
export function OwnersList(props: {
  entity: Entity;
  metadata?: OperationalMetadata;
  compact?: boolean;
}) {
  const { t } = useTranslationRef(operationalPilotTranslationRef);
  const rows = getRoleRows(props.entity, props.metadata).filter(
    r => !props.compact || r.required || r.refs.length > 0,
  );
  const missing = rows.filter(isRoleMissing).length;
  return (
    <div>
      <Text as="p" variant="body-small" color={missing ? 'danger' : 'success'}>
        {missing
          ? t('owners.missingCount', { count: missing })
          : t('owners.allAssigned')}
      </Text>
      <dl className={sharedStyles.definitionList}>
        {rows.map(row => (
          <Fragment key={row.id}>
            <dt>{t(`owners.${row.id}`)}</dt>
            <dd>
              {isRoleMissing(row) ? (
                <Pill tone="negative">{t('common.missing')}</Pill>
              ) : null}
              {!isRoleMissing(row) &&
              row.refs.length === 0 &&
              row.details.length === 0 ? (
                <Text variant="body-medium" color="secondary">
                  {t('common.notSet')}
                </Text>
              ) : null}
              {row.refs.map((ref, i) => (
                <Fragment key={ref}>
                  {i > 0 ? ', ' : null}
                  <EntityRefValue value={ref} defaultKind={row.defaultKind} />
                </Fragment>
              ))}
              {row.fromCatalog && row.refs.length > 0 && !props.compact ? (
                <Text variant="body-small" color="secondary">
                  {' '}
                  ({t('owners.fromCatalog')})
                </Text>
              ) : null}
              {row.details.map((d, i) => (
                <div key={i}>
                  <Text variant="body-small" color="secondary">
                    {row.id.startsWith('support')
                      ? t('owners.hours', { hours: d.text })
                      : d.text}
                  </Text>
                  {d.url ? (
                    <>
                      {' '}
                      <Link
                        href={d.url}
                        target="_blank"
                        rel="noopener noreferrer"
                      >
                        {t('owners.schedule')}
                      </Link>
                    </>
                  ) : null}
                </div>
              ))}
            </dd>
          </Fragment>
        ))}
      </dl>
    </div>
  );
}
