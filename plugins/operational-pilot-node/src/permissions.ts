/*
 * The permission resource of Operational Pilot: a catalog entity together with its operational roles.
 * Our backend registers it (resource type `catalog-entity`, plugin `operational-pilot`) so that policies can
 * grant writes to the entity's POA, ops owner or owner, which only this plugin knows about.
 */
import { Entity, RELATION_OWNED_BY } from '@backstage/catalog-model';
import {
  createConditionExports,
  createPermissionResourceRef,
  createPermissionRule,
} from '@backstage/plugin-permission-node';
import type { OperationalMetadata } from '@operational-pilot/backstage-plugin-common';
import { z } from 'zod';

/** What permission rules see of an entity. */
export interface OperationalPilotEntityResource {
  entityRef: string;
  entity: Entity;
  operations?: OperationalMetadata;
}

/** Query form of the rules (the plugin never lists entities by permission, so it is informative only). */
export type OperationalPilotEntityQuery = {
  key: 'owner' | 'role';
  values: string[];
  roles?: string[];
};

export const operationalPilotEntityResourceRef = createPermissionResourceRef<
  OperationalPilotEntityResource,
  OperationalPilotEntityQuery
>().with({ pluginId: 'operational-pilot', resourceType: 'catalog-entity' });

/** Role keys of the operational metadata a rule may check. */
export const OPERATIONAL_ROLE_KEYS = [
  'poa',
  'opsOwner',
  'businessOwner',
  'serviceOwner',
  'securityApprover',
  'supportL1',
  'supportL2',
  'supportL3',
] as const;
export type OperationalRoleKey = (typeof OPERATIONAL_ROLE_KEYS)[number];

/** The entity ref held by a role in the metadata, if any. */
export function roleHolder(
  operations: OperationalMetadata | undefined,
  role: OperationalRoleKey,
): string | undefined {
  switch (role) {
    case 'supportL1':
      return operations?.support?.l1?.group;
    case 'supportL2':
      return operations?.support?.l2?.group;
    case 'supportL3':
      return operations?.support?.l3?.group;
    default:
      return operations?.roles?.[role];
  }
}

const normalise = (refs: string[]) => new Set(refs.map(r => r.toLowerCase()));

const isEntityOwner = createPermissionRule({
  name: 'IS_ENTITY_OWNER',
  description:
    'The user (or one of their groups) owns the entity in the catalog (ownedBy relation)',
  resourceRef: operationalPilotEntityResourceRef,
  paramsSchema: z.object({
    claims: z
      .array(z.string())
      .describe('Ownership entity refs of the user, e.g. user:default/alice, group:default/team-a'),
  }),
  apply: (resource, { claims }) => {
    const mine = normalise(claims);
    return (resource.entity.relations ?? []).some(
      r => r.type === RELATION_OWNED_BY && mine.has(r.targetRef.toLowerCase()),
    );
  },
  toQuery: ({ claims }) => ({ key: 'owner', values: claims }),
});

const hasOperationalRole = createPermissionRule({
  name: 'HAS_OPERATIONAL_ROLE',
  description:
    'The user (or one of their groups) holds one of the given operational roles of the entity (POA, ops owner…)',
  resourceRef: operationalPilotEntityResourceRef,
  paramsSchema: z.object({
    roles: z.array(z.enum(OPERATIONAL_ROLE_KEYS)).describe('Roles that qualify'),
    claims: z.array(z.string()).describe('Ownership entity refs of the user'),
  }),
  apply: (resource, { roles, claims }) => {
    const mine = normalise(claims);
    return roles.some(role => {
      const holder = roleHolder(resource.operations, role);
      return holder !== undefined && mine.has(holder.toLowerCase());
    });
  },
  toQuery: ({ roles, claims }) => ({ key: 'role', values: claims, roles }),
});

export const operationalPilotPermissionRules = {
  isEntityOwner,
  hasOperationalRole,
};

export const {
  conditions: operationalPilotConditions,
  createConditionalDecision: createOperationalPilotConditionalDecision,
} = createConditionExports({
  resourceRef: operationalPilotEntityResourceRef,
  rules: operationalPilotPermissionRules,
});
