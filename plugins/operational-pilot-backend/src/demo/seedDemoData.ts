/*
 * Loads demo operational data (examples/operational-data.yaml) into empty tables, for the demo app only.
 * Dates in the file are relative to today so the demo keeps the same freshness whenever it is started.
 */
import type { LoggerService } from '@backstage/backend-plugin-api';
import type {
  ActionPriority,
  ActionStatus,
  AttestationState,
  OperationalMetadata,
  Phase,
  ReleaseKind,
  ReleaseStatus,
  Side,
  WaiverStatus,
} from '@operational-pilot/backstage-plugin-common';
import fs from 'node:fs/promises';
import YAML from 'yaml';
import type { OperationalPilotStores } from '../database';

const DAY = 24 * 60 * 60 * 1000;
const SEEDER = 'user:default/operational-pilot-demo';

interface DemoData {
  operations?: Record<string, OperationalMetadata>;
  attestations?: Array<{
    entity: string;
    criterionId: string;
    state: AttestationState;
    assessedBy: string;
    assessedDaysAgo: number;
    expiresInDays?: number;
    justification?: string;
    evidence?: Array<{ url: string; description?: string }>;
  }>;
  waivers?: Array<{
    entity: string;
    criterionId: string;
    reason: string;
    requestedBy: string;
    approvedBy?: string;
    expiresInDays: number;
    status: WaiverStatus;
  }>;
  actions?: Array<{
    entity: string;
    title: string;
    phase: Phase;
    side: Side;
    assigneeRef?: string;
    dueInDays?: number;
    priority: ActionPriority;
    status: ActionStatus;
    criterionId?: string;
    blockedReason?: string;
    evidenceUrl?: string;
  }>;
  releases?: Array<{
    entity: string;
    version: string;
    kind: ReleaseKind;
    plannedInDays: number;
    status: ReleaseStatus;
    changeRef?: string;
  }>;
}

const day = (now: Date, offset: number) =>
  new Date(now.getTime() + offset * DAY).toISOString().slice(0, 10);
const at = (now: Date, offset: number) =>
  new Date(now.getTime() + offset * DAY).toISOString();

/** Seeds the demo data unless operational data already exists. Returns whether it seeded. */
export async function seedDemoData(options: {
  path: string;
  stores: OperationalPilotStores;
  logger: LoggerService;
  now?: Date;
}): Promise<boolean> {
  const { stores, logger } = options;
  const now = options.now ?? new Date();
  const data = YAML.parse(await fs.readFile(options.path, 'utf8')) as DemoData;
  const firstEntity = Object.keys(data.operations ?? {})[0];
  if (firstEntity && (await stores.operations.get(firstEntity))) {
    return false;
  }
  await stores.transaction(async tx => {
    for (const [entityRef, metadata] of Object.entries(data.operations ?? {})) {
      await tx.operations.put(entityRef, metadata, {
        expectedVersion: 0,
        actor: SEEDER,
        now,
      });
    }
    for (const a of data.attestations ?? []) {
      await tx.attestations.create({
        entityRef: a.entity,
        criterionId: a.criterionId,
        state: a.state,
        justification: a.justification,
        evidence: a.evidence ?? [],
        assessedBy: a.assessedBy,
        assessedAt: at(now, -a.assessedDaysAgo),
        expiresAt:
          a.expiresInDays !== undefined ? at(now, a.expiresInDays) : undefined,
      });
    }
    const releaseIds = new Map<string, string>();
    for (const r of data.releases ?? []) {
      const release = await tx.releases.create({
        entityRef: r.entity,
        version: r.version,
        kind: r.kind,
        plannedAt: at(now, r.plannedInDays),
        status: r.status,
        changeRef: r.changeRef,
        createdBy: SEEDER,
      });
      releaseIds.set(r.entity, release.id);
    }
    for (const a of data.actions ?? []) {
      await tx.actions.create({
        entityRef: a.entity,
        title: a.title,
        phase: a.phase,
        side: a.side,
        assigneeRef: a.assigneeRef,
        dueDate: a.dueInDays !== undefined ? day(now, a.dueInDays) : undefined,
        priority: a.priority,
        status: a.status,
        criterionId: a.criterionId,
        blockedReason: a.blockedReason,
        evidenceUrl: a.evidenceUrl,
        releaseId: a.phase === 'before' ? releaseIds.get(a.entity) : undefined,
        source: 'manual',
        createdBy: SEEDER,
      });
    }
    for (const w of data.waivers ?? []) {
      await tx.waivers.create({
        entityRef: w.entity,
        criterionId: w.criterionId,
        reason: w.reason,
        requestedBy: w.requestedBy,
        requestedAt: at(now, -3),
        status: w.status,
        approvedBy: w.approvedBy,
        approvedAt: w.approvedBy ? at(now, -2) : undefined,
        expiresAt: at(now, w.expiresInDays),
      });
    }
  });
  logger.info(`Loaded Operational Pilot demo data from ${options.path}`);
  return true;
}
