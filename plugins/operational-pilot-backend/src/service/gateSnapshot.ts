/*
 * The frozen picture of a release's gate at a go/no-go decision: what the CAB dossier shows, as it stood when
 * the decision was taken (later attestations, waivers or role changes do not rewrite it).
 */
import {
  EntityReadiness,
  EvaluationInput,
  GateSnapshot,
  Release,
  ReleaseGates,
  roleHolders,
} from '@operational-pilot/backstage-plugin-common';
import { OPEN_ACTION_STATUSES } from '../database/ActionsStore';

/** The frozen picture of the gate a decision is taken on (the CAB dossier reads it). */
export function buildSnapshot(
  release: Release,
  input: EvaluationInput,
  gates: ReleaseGates,
  readiness: Pick<EntityReadiness, 'score' | 'verdict' | 'level' | 'blockers'>,
  now: Date,
): GateSnapshot {
  const metadata = input.operations ?? {};
  const roles = roleHolders(input.entity, metadata);
  const waiverIds = new Set(
    [...gates.goNoGo.criteria, ...gates.handover.criteria]
      .map(c => c.waiver?.id)
      .filter((id): id is string => Boolean(id)),
  );
  const nowMs = now.getTime();
  const waivers = input.waivers.filter(
    w =>
      waiverIds.has(w.id) ||
      (w.status === 'approved' &&
        new Date(w.expiresAt).getTime() > nowMs &&
        (!w.releaseId || w.releaseId === release.id)),
  );
  // The attestation in force per criterion: the latest for this release, else the latest entity-wide one.
  const latest = new Map<string, (typeof input.attestations)[number]>();
  for (const a of input.attestations) {
    if (a.releaseId && a.releaseId !== release.id) continue;
    const key = `${a.criterionId}|${a.releaseId ?? ''}`;
    const current = latest.get(key);
    if (!current || a.assessedAt > current.assessedAt) latest.set(key, a);
  }
  const onCall =
    [
      metadata.onCall?.provider,
      metadata.onCall?.reference ?? metadata.onCall?.scheduleUrl,
    ]
      .filter(Boolean)
      .join(': ') || undefined;
  const snapshotRoles: GateSnapshot['roles'] = {
    owner: roles.owner,
    poa: metadata.roles?.poa,
    opsOwner: metadata.roles?.opsOwner,
    businessOwner: metadata.roles?.businessOwner,
    serviceOwner: metadata.roles?.serviceOwner,
    securityApprover: metadata.roles?.securityApprover,
    supportL1: metadata.support?.l1?.group,
    supportL2: metadata.support?.l2?.group,
    supportL3: metadata.support?.l3?.group,
    onCall,
  };
  // JSON round trip: a plain, frozen copy without undefined values (what is stored is what is returned).
  return JSON.parse(
    JSON.stringify({
      takenAt: now.toISOString(),
      release: {
        version: release.version,
        kind: release.kind,
        changeType: release.changeType ?? 'normal',
        changeRef: release.changeRef,
        changeApproval: release.changeApproval,
        plannedAt: release.plannedAt,
        window: release.window,
        environments: release.environments,
        scope: release.scope,
        hypercare: release.hypercare,
      },
      runReadiness: {
        score: readiness.score,
        verdict: readiness.verdict,
        level: readiness.level,
        blockers: readiness.blockers,
      },
      goNoGo: gates.goNoGo,
      handover: gates.handover,
      windowConflicts: gates.windowConflicts,
      ...(gates.windowConflictMessages
        ? { windowConflictMessages: gates.windowConflictMessages }
        : {}),
      waivers: waivers.map(w => ({
        id: w.id,
        criterionId: w.criterionId,
        reason: w.reason,
        requestedBy: w.requestedBy,
        approvedBy: w.approvedBy,
        expiresAt: w.expiresAt,
        releaseId: w.releaseId,
      })),
      attestations: [...latest.values()].map(a => ({
        id: a.id,
        criterionId: a.criterionId,
        state: a.state,
        assessedBy: a.assessedBy,
        assessedAt: a.assessedAt,
        evidence: a.evidence,
        releaseId: a.releaseId,
        countersignedBy: a.countersignedBy,
      })),
      openActions: input.actions
        .filter(a => OPEN_ACTION_STATUSES.includes(a.status))
        .map(a => ({
          id: a.id,
          title: a.title,
          phase: a.phase,
          side: a.side,
          status: a.status,
          dueDate: a.dueDate,
          assigneeRef: a.assigneeRef,
          criterionId: a.criterionId,
        })),
      roles: snapshotRoles,
    }),
  ) as GateSnapshot;
}
