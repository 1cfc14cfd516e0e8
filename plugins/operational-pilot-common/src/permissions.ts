/*
 * Permissions of the Operational Pilot plugin. Writes are resource permissions on the catalog entity they
 * concern, so that policies can use the catalog's rules (is owner…) and ours (is the entity's POA…).
 */
import { createPermission } from '@backstage/plugin-permission-common';
import { RESOURCE_TYPE_CATALOG_ENTITY } from '@backstage/plugin-catalog-common/alpha';

/** Edit operational metadata and roles of an entity. */
export const operationsUpdatePermission = createPermission({
  name: 'operational-pilot.operations.update',
  attributes: { action: 'update' },
  resourceType: RESOURCE_TYPE_CATALOG_ENTITY,
});

/** Record an attestation (with evidence) on an entity's criterion. */
export const attestationCreatePermission = createPermission({
  name: 'operational-pilot.attestation.create',
  attributes: { action: 'create' },
  resourceType: RESOURCE_TYPE_CATALOG_ENTITY,
});

/** Request a waiver (risk acceptance) on an entity's criterion. */
export const waiverRequestPermission = createPermission({
  name: 'operational-pilot.waiver.request',
  attributes: { action: 'create' },
  resourceType: RESOURCE_TYPE_CATALOG_ENTITY,
});

/** Approve, reject or revoke a waiver: the approver role (business owner, ops owner, security approver). */
export const waiverApprovePermission = createPermission({
  name: 'operational-pilot.waiver.approve',
  attributes: { action: 'update' },
  resourceType: RESOURCE_TYPE_CATALOG_ENTITY,
});

/** Create handoff actions on an entity. */
export const actionCreatePermission = createPermission({
  name: 'operational-pilot.action.create',
  attributes: { action: 'create' },
  resourceType: RESOURCE_TYPE_CATALOG_ENTITY,
});

/** Update handoff actions of an entity and move them through their status machine. */
export const actionUpdatePermission = createPermission({
  name: 'operational-pilot.action.update',
  attributes: { action: 'update' },
  resourceType: RESOURCE_TYPE_CATALOG_ENTITY,
});

/** Plan production releases of an entity and record their go/no-go. */
export const releaseManagePermission = createPermission({
  name: 'operational-pilot.release.manage',
  attributes: { action: 'update' },
  resourceType: RESOURCE_TYPE_CATALOG_ENTITY,
});

/**
 * Sign the hand-over to run of a release (PV de passage en run). The default policy grants it to the holders of
 * the entity's roles; the service then checks that the signer holds the very role they sign as.
 */
export const releaseSignPermission = createPermission({
  name: 'operational-pilot.release.sign',
  attributes: { action: 'update' },
  resourceType: RESOURCE_TYPE_CATALOG_ENTITY,
});

/** Trigger a re-evaluation of the whole portfolio (administrators). */
export const evaluationRunPermission = createPermission({
  name: 'operational-pilot.evaluation.run',
  attributes: { action: 'update' },
});

export const operationalPilotEntityPermissions = [
  operationsUpdatePermission,
  attestationCreatePermission,
  waiverRequestPermission,
  waiverApprovePermission,
  actionCreatePermission,
  actionUpdatePermission,
  releaseManagePermission,
  releaseSignPermission,
];

export const operationalPilotPermissions = [
  ...operationalPilotEntityPermissions,
  evaluationRunPermission,
];
