/*
 * Who to notify: entity refs of users or groups taken from the entity's run roles and catalog owner (the
 * notification service resolves groups to their members).
 */
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import type {
  OperationalMetadata,
  Waiver,
} from '@operational-pilot/backstage-plugin-common';

/** A role value as a full, lower-cased entity ref (`group:` by default, as the catalog's spec.owner). */
export function normalizeRef(
  ref: string | undefined,
  defaultKind = 'group',
): string | undefined {
  if (!ref || ref.trim() === '') return undefined;
  try {
    return stringifyEntityRef(
      parseEntityRef(ref.trim(), { defaultKind, defaultNamespace: 'default' }),
    ).toLocaleLowerCase('en-US');
  } catch {
    return undefined;
  }
}

function unique(refs: Array<string | undefined>): string[] {
  return [...new Set(refs.filter((r): r is string => Boolean(r)))].sort();
}

/** The approvers of a waiver: business owner, ops owner, and the security approver for a SEC criterion. */
export function waiverApprovers(
  waiver: Pick<Waiver, 'criterionId'>,
  metadata: OperationalMetadata | undefined,
): string[] {
  const roles = metadata?.roles ?? {};
  const sec = waiver.criterionId.toLocaleUpperCase('en-US').startsWith('SEC');
  return unique([
    normalizeRef(roles.businessOwner),
    normalizeRef(roles.opsOwner),
    sec ? normalizeRef(roles.securityApprover) : undefined,
  ]);
}

/** The POA and the catalog owner (attestations). */
export function poaAndOwner(
  metadata: OperationalMetadata | undefined,
  owner: string | undefined,
): string[] {
  return unique([normalizeRef(metadata?.roles?.poa), normalizeRef(owner)]);
}

export { unique as uniqueRefs };
