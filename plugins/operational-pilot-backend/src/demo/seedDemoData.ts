/*
 * Loads demo operational data (examples/operational-data.yaml) into empty tables, for the demo app only.
 * Dates in the file are relative to today so the demo keeps the same freshness whenever it is started.
 *
 * Releases: `plannedInDays` is the target day of the production release. When the entity has maintenance windows,
 * the release window is the nearest window slot (at or after the target day for a future release, at or before
 * it for a past one), so releases respect them; otherwise 20:00 UTC that day. What happens around the release is
 * relative to its start: change approval and go/no-go decisions (`daysBefore`), hand-over signatures and the
 * outcome (`daysAfter`); anything that must already have happened is kept in the past. A release with an outcome
 * and no explicit decision gets a "go" decision on its `gate` (override reason when `gate` is not ready), and,
 * when closed, the hand-over signed by the entity's role holders at the end of its hypercare.
 */
import type { LoggerService } from '@backstage/backend-plugin-api';
import {
  DEFAULT_HANDOVER_SIGNATORIES,
  type ActionPriority,
  type ActionStatus,
  type AttestationState,
  type ChangeApprovalStatus,
  type ChangeType,
  type GateResult,
  type GateSnapshot,
  type GoNoGoDecision,
  type HandoverRole,
  type HandoverSignature,
  type Level,
  type OperationalMetadata,
  type Phase,
  type Release,
  type ReleaseKind,
  type ReleaseOutcomeKind,
  type ReleaseStatus,
  type Side,
  type Verdict,
  type WaiverStatus,
} from '@operational-pilot/backstage-plugin-common';
import fs from 'node:fs/promises';
import YAML from 'yaml';
import type { OperationalPilotStores } from '../database';

const DAY = 24 * 60 * 60 * 1000;
const MINUTE = 60 * 1000;
const SEEDER = 'user:default/operational-pilot-demo';

type DemoOperations = Omit<OperationalMetadata, 'freezePeriods'> & {
  /** Absolute (`from`, `to`) or relative to the demo start (`fromInDays`, `toInDays`). */
  freezePeriods?: Array<{
    from?: string;
    to?: string;
    fromInDays?: number;
    toInDays?: number;
    reason?: string;
  }>;
};

/** The go/no-go gate as it stood at a decision: a verdict, or the verdict with its blockers and reservations. */
type DemoGate =
  | Verdict
  | {
      verdict: Verdict;
      blockers?: string[];
      reservations?: string[];
      reasons?: string[];
      /** Run-readiness verdict and score of the entity at the decision (default: the gate's verdict). */
      run?: Verdict;
      score?: number;
    };

interface DemoDecision {
  decision: GoNoGoDecision;
  daysBefore: number;
  approvers?: string[];
  overrideReason?: string;
  notes?: string;
  gate?: DemoGate;
}

export interface DemoRelease {
  entity: string;
  version: string;
  kind: ReleaseKind;
  plannedInDays: number;
  /** Defaults: `rolled_back` for a rolled-back outcome, `closed` for another outcome. */
  status?: ReleaseStatus;
  changeType?: ChangeType;
  changeRef?: string;
  /** Default when decided: approved 3 days before the release (pending when only planned). */
  changeApproval?: { status: ChangeApprovalStatus; daysBefore?: number };
  /** Length of the release window (default 120 min, never longer than the maintenance window). */
  durationMinutes?: number;
  environments?: string[];
  scope?: { description?: string; components?: string[] };
  /** Early life support after the release window. Default for an outcome: 7 days for a T1/T2 major or minor. */
  hypercare?:
    | false
    | { days: number; buildStandby?: string[]; exitCriteria?: string[] };
  decisions?: DemoDecision[];
  /** Shorthand for the default "go" decision of a release with an outcome. */
  gate?: DemoGate;
  override?: string;
  /** Hand-over signatures (default for a closed release: every default signatory at the end of hypercare). */
  signatures?: Array<{
    role: HandoverRole;
    by: string;
    daysAfter: number;
    comment?: string;
  }>;
  outcome?:
    | ReleaseOutcomeKind
    | {
        outcome: ReleaseOutcomeKind;
        incidents?: string[];
        review?: string;
        daysAfter?: number;
        followUps?: Array<{
          title: string;
          side: Side;
          assigneeRef?: string;
          dueInDays?: number;
          status?: ActionStatus;
        }>;
      };
  incidents?: string[];
  review?: string;
}

interface DemoData {
  operations?: Record<string, DemoOperations>;
  /** Who signs or approves for a group role holder, e.g. `group:default/run-ops: user:default/bruno.lefevre`. */
  signers?: Record<string, string>;
  attestations?: Array<{
    entity: string;
    criterionId: string;
    state: AttestationState;
    assessedBy: string;
    assessedDaysAgo: number;
    expiresInDays?: number;
    justification?: string;
    evidence?: Array<{ url: string; description?: string }>;
    /** Version of one of the entity's releases: a release-scoped attestation. */
    release?: string;
  }>;
  waivers?: Array<{
    entity: string;
    criterionId: string;
    reason: string;
    requestedBy: string;
    approvedBy?: string;
    expiresInDays: number;
    status: WaiverStatus;
    release?: string;
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
    /** Version of one of the entity's releases (default for a `before` action: the entity's open release). */
    release?: string;
  }>;
  releases?: DemoRelease[];
  /** Past releases with their outcomes (same fields as `releases`). */
  releaseHistory?: DemoRelease[];
}

const day = (now: Date, offset: number) =>
  new Date(now.getTime() + offset * DAY).toISOString().slice(0, 10);
const at = (now: Date, offset: number) =>
  new Date(now.getTime() + offset * DAY).toISOString();
const iso = (ms: number) => new Date(ms).toISOString();

const DAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const clockFormats = new Map<string, Intl.DateTimeFormat>();

/** Day of the week (Monday = 0) and `HH:MM` of an instant in a time zone. */
function wallClock(ms: number, timeZone: string) {
  let format = clockFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    clockFormats.set(timeZone, format);
  }
  const parts = format.formatToParts(new Date(ms));
  const part = (type: string) => parts.find(p => p.type === type)?.value ?? '';
  return {
    weekday: DAY_CODES.indexOf(part('weekday').slice(0, 2).toUpperCase()),
    clock: `${part('hour').padStart(2, '0')}:${part('minute')}`,
  };
}

/** `SU`, `SA,SU`, `MO-FR` → day indexes (Monday = 0). */
function weekdays(days: string): Set<number> {
  const out = new Set<number>();
  for (const token of days.split(/[,\s]+/).filter(Boolean)) {
    const [from, to] = token
      .split('-')
      .map(t => DAY_CODES.indexOf(t.slice(0, 2).toUpperCase()));
    if (from < 0) continue;
    const last = to === undefined || to < 0 ? from : to;
    for (let d = from; ; d = (d + 1) % 7) {
      out.add(d);
      if (d === last) break;
    }
  }
  return out;
}

type MaintenanceWindow = NonNullable<
  OperationalMetadata['maintenanceWindows']
>[number];

/**
 * The release window nearest to `targetMs` inside one of the maintenance windows: searching forward (future
 * release) or backward (past release) over eight days, on the quarter hour.
 */
export function maintenanceSlot(
  targetMs: number,
  windows: MaintenanceWindow[],
  direction: 1 | -1,
  durationMinutes: number,
): { start: number; end: number } | undefined {
  const quarter = 15 * MINUTE;
  const first = Math.floor(targetMs / quarter) * quarter;
  for (let i = 0; i <= 8 * 96; i++) {
    const t = first + direction * i * quarter;
    for (const w of windows) {
      const clock = wallClock(t, w.timezone || 'UTC');
      const start = w.start.padStart(5, '0');
      if (clock.clock === start && weekdays(w.days).has(clock.weekday)) {
        const minutes = Math.min(durationMinutes, w.durationMinutes);
        return { start: t, end: t + minutes * MINUTE };
      }
    }
  }
  return undefined;
}

function gateOf(spec: DemoGate | undefined): {
  verdict: Verdict;
  blockers: string[];
  reservations: string[];
  reasons: string[];
  run?: Verdict;
  score?: number;
} {
  if (!spec)
    return {
      verdict: 'ready-for-run',
      blockers: [],
      reservations: [],
      reasons: [],
    };
  if (typeof spec === 'string') {
    return { verdict: spec, blockers: [], reservations: [], reasons: [] };
  }
  return {
    verdict: spec.verdict,
    blockers: spec.blockers ?? [],
    reservations: spec.reservations ?? [],
    reasons: spec.reasons ?? [],
    run: spec.run,
    score: spec.score,
  };
}

function gateResult(
  gate: 'goNoGo' | 'handover',
  g: ReturnType<typeof gateOf>,
): GateResult {
  const defaultReasons: Record<Verdict, string> = {
    'ready-for-run': 'Every blocking criterion of the gate passes.',
    'ready-with-reservations': `Accepted reservations: ${
      g.reservations.join(', ') || 'see the waivers'
    }.`,
    'not-ready': `Blocking criteria not met: ${
      g.blockers.join(', ') || 'see the gate'
    }.`,
  };
  const reasons =
    g.reasons.length > 0 ? g.reasons : [defaultReasons[g.verdict]];
  return {
    gate,
    verdict: g.verdict,
    verdictReasons: reasons,
    score: null,
    criteria: [],
    blockers: g.blockers,
    reservations: g.reservations,
    missing: [],
    nextSteps: [],
    decisionVerdict: gate === 'goNoGo' ? g.verdict : undefined,
  };
}

const LEVEL_BY_VERDICT: Record<Verdict, Level> = {
  'ready-for-run': 'silver',
  'ready-with-reservations': 'silver',
  'not-ready': 'bronze',
};
const SCORE_BY_VERDICT: Record<Verdict, number> = {
  'ready-for-run': 86,
  'ready-with-reservations': 74,
  'not-ready': 52,
};

/** Seeds the demo data unless operational data already exists. Returns whether it seeded. */
export async function seedDemoData(options: {
  path: string;
  stores: OperationalPilotStores;
  logger: LoggerService;
  now?: Date;
}): Promise<boolean> {
  const { stores, logger } = options;
  const now = options.now ?? new Date();
  const nowMs = now.getTime();
  const data = YAML.parse(await fs.readFile(options.path, 'utf8')) as DemoData;
  const firstEntity = Object.keys(data.operations ?? {})[0];
  if (firstEntity && (await stores.operations.get(firstEntity))) {
    return false;
  }

  const operations = new Map<string, OperationalMetadata>();
  for (const [entityRef, demo] of Object.entries(data.operations ?? {})) {
    const { freezePeriods, ...rest } = demo;
    const metadata: OperationalMetadata = { ...rest };
    if (freezePeriods) {
      metadata.freezePeriods = freezePeriods.map(f => ({
        from: f.fromInDays !== undefined ? day(now, f.fromInDays) : f.from!,
        to: f.toInDays !== undefined ? day(now, f.toInDays) : f.to!,
        ...(f.reason ? { reason: f.reason } : {}),
      }));
    }
    operations.set(entityRef, metadata);
  }
  const signers = data.signers ?? {};
  /** The person who signs for a role holder (a user signs for themself; a group through `signers`). */
  const person = (holder: string | undefined): string | undefined => {
    if (!holder) return undefined;
    return holder.startsWith('user:') ? holder : signers[holder];
  };
  const poaOf = (entityRef: string) =>
    person(operations.get(entityRef)?.roles?.poa) ?? SEEDER;

  await stores.transaction(async tx => {
    for (const [entityRef, metadata] of operations) {
      await tx.operations.put(entityRef, metadata, {
        expectedVersion: 0,
        actor: SEEDER,
        now,
      });
    }

    // Releases (and their decisions and follow-up actions), by entity and version.
    const releaseIds = new Map<string, string>();
    const openRelease = new Map<string, string>();
    const demoReleases = [
      ...(data.releaseHistory ?? []),
      ...(data.releases ?? []),
    ];
    for (const r of demoReleases) {
      const metadata = operations.get(r.entity);
      const roles = metadata?.roles ?? {};
      const tier = metadata?.tier ?? 'T1';
      const poa = poaOf(r.entity);
      const outcomeSpec =
        typeof r.outcome === 'string' ? { outcome: r.outcome } : r.outcome;
      let status: ReleaseStatus = r.status ?? 'planned';
      if (!r.status && outcomeSpec) {
        status =
          outcomeSpec.outcome === 'rolled_back' ? 'rolled_back' : 'closed';
      }
      // Anything that has happened stays in the past (a minute apart, in order).
      let pastCursor = nowMs - 60 * MINUTE;
      const past = (ms: number) => {
        if (ms < pastCursor) return ms;
        pastCursor -= MINUTE;
        return pastCursor;
      };

      const duration = r.durationMinutes ?? 120;
      const target = nowMs + r.plannedInDays * DAY;
      const windows = metadata?.maintenanceWindows ?? [];
      const slot =
        windows.length > 0
          ? maintenanceSlot(
              target,
              windows,
              r.plannedInDays >= 0 ? 1 : -1,
              duration,
            )
          : undefined;
      const startMs =
        slot?.start ?? Date.parse(`${day(now, r.plannedInDays)}T20:00:00Z`);
      const endMs = slot?.end ?? startMs + duration * MINUTE;
      const happened = status !== 'planned' && status !== 'cancelled';
      const decided = happened || !!r.decisions;

      const significant = r.kind === 'major' || r.kind === 'minor';
      const hypercareSpec =
        r.hypercare === false
          ? undefined
          : r.hypercare ??
            (outcomeSpec && tier !== 'T3' && significant
              ? { days: 7 }
              : undefined);
      const hypercare = hypercareSpec
        ? {
            start: iso(endMs),
            end: iso(endMs + hypercareSpec.days * DAY),
            ...(hypercareSpec.buildStandby
              ? { buildStandby: hypercareSpec.buildStandby }
              : {}),
            ...(hypercareSpec.exitCriteria
              ? { exitCriteria: hypercareSpec.exitCriteria }
              : {}),
          }
        : undefined;
      const afterRelease = hypercareSpec ? hypercareSpec.days : 1;

      const approval = r.changeApproval ?? {
        status: decided ? ('approved' as const) : ('pending' as const),
      };
      const changeApproval: Release['changeApproval'] = {
        status: approval.status,
        ...(approval.status !== 'pending'
          ? { date: iso(past(startMs - (approval.daysBefore ?? 3) * DAY)) }
          : {}),
      };

      const release = await tx.releases.create({
        entityRef: r.entity,
        version: r.version,
        kind: r.kind,
        changeType: r.changeType ?? 'normal',
        plannedAt: iso(startMs),
        window: { start: iso(startMs), end: iso(endMs) },
        changeRef: r.changeRef,
        changeApproval,
        environments: r.environments ?? ['preprod', 'prod'],
        scope: r.scope,
        status,
        hypercare,
        createdBy: poa,
        createdAt: iso(past(startMs - 21 * DAY)),
      });
      releaseIds.set(`${r.entity}@${r.version}`, release.id);
      if (!['closed', 'rolled_back', 'cancelled'].includes(status)) {
        openRelease.set(r.entity, release.id);
      }

      // Go/no-go decisions: explicit, or the default "go" of a release that happened.
      const approvers = [
        poa,
        person(roles.opsOwner),
        person(roles.businessOwner),
      ].filter((a): a is string => !!a && a !== SEEDER);
      const decisionSpecs: DemoDecision[] =
        r.decisions ??
        (happened
          ? [
              {
                decision:
                  gateOf(r.gate).verdict === 'ready-with-reservations'
                    ? 'go_with_reservations'
                    : 'go',
                daysBefore: 1,
                gate: r.gate,
                overrideReason: r.override,
              },
            ]
          : []);
      let goNoGo: Release['goNoGo'];
      let lastGo: { verdict: Verdict; overridden: boolean } | undefined;
      for (const d of [...decisionSpecs].sort(
        (a, b) => b.daysBefore - a.daysBefore,
      )) {
        const g = gateOf(d.gate);
        const decidedAt = iso(past(startMs - d.daysBefore * DAY));
        const runVerdict = g.run ?? g.verdict;
        const snapshot: GateSnapshot = {
          takenAt: decidedAt,
          release: {
            version: release.version,
            kind: release.kind,
            changeType: release.changeType,
            changeRef: release.changeRef,
            changeApproval: release.changeApproval,
            plannedAt: release.plannedAt,
            window: release.window,
            environments: release.environments,
            scope: release.scope,
            hypercare: release.hypercare,
          },
          runReadiness: {
            score: g.score ?? SCORE_BY_VERDICT[runVerdict],
            verdict: runVerdict,
            level: LEVEL_BY_VERDICT[runVerdict],
            blockers: g.blockers,
          },
          goNoGo: gateResult('goNoGo', g),
          handover: gateResult('handover', {
            verdict: 'not-ready',
            blockers: ['KT-04'],
            reservations: [],
            reasons: ['The hand-over to run is signed after the release.'],
          }),
          windowConflicts: [],
          waivers: [],
          attestations: [],
          openActions: [],
          roles: JSON.parse(
            JSON.stringify({
              poa: roles.poa,
              opsOwner: roles.opsOwner,
              businessOwner: roles.businessOwner,
              securityApprover: roles.securityApprover,
            }),
          ),
        };
        const decision = await tx.decisions.create({
          releaseId: release.id,
          entityRef: r.entity,
          decision: d.decision,
          approvers: d.approvers ?? approvers,
          overrideReason:
            d.overrideReason ??
            (d.decision !== 'no_go' && g.verdict === 'not-ready'
              ? 'Accepted by the approvers at the change advisory board'
              : undefined),
          notes: d.notes,
          decidedBy: poa,
          decidedAt,
          snapshot,
        });
        goNoGo = {
          decision: decision.decision,
          decidedAt: decision.decidedAt,
          approvers: decision.approvers,
          ...(decision.notes ? { notes: decision.notes } : {}),
          decisionId: decision.id,
          decidedBy: decision.decidedBy,
          ...(decision.overrideReason
            ? { overrideReason: decision.overrideReason }
            : {}),
        };
        if (decision.decision !== 'no_go') {
          lastGo = {
            verdict: g.verdict,
            overridden: !!decision.overrideReason && g.verdict === 'not-ready',
          };
        }
      }

      // Hand-over signatures: explicit, or every default signatory at the end of hypercare for a closed release.
      const signatureSpecs =
        r.signatures ??
        (status === 'closed'
          ? DEFAULT_HANDOVER_SIGNATORIES.map((role, i) => ({
              role,
              by: person(roles[role as 'poa' | 'opsOwner' | 'businessOwner']),
              daysAfter: afterRelease - 0.2 + i * 0.05,
              comment: undefined as string | undefined,
            })).filter(s => !!s.by)
          : []);
      const signatures: HandoverSignature[] = signatureSpecs
        .map(s => ({
          role: s.role,
          signedBy: s.by!,
          signedAt: iso(past(startMs + s.daysAfter * DAY)),
          ...(s.comment ? { comment: s.comment } : {}),
        }))
        .sort((a, b) => a.signedAt.localeCompare(b.signedAt));
      const signed = new Set(signatures.map(s => s.role));
      const handover: Release['handover'] =
        signatures.length > 0
          ? {
              signatures,
              ...(DEFAULT_HANDOVER_SIGNATORIES.every(role => signed.has(role))
                ? { completedAt: signatures[signatures.length - 1].signedAt }
                : {}),
            }
          : undefined;

      let outcome: Release['outcome'];
      if (outcomeSpec) {
        const recordedAt = iso(
          past(startMs + (outcomeSpec.daysAfter ?? afterRelease) * DAY),
        );
        const followUpActionIds: string[] = [];
        for (const f of outcomeSpec.followUps ?? []) {
          const action = await tx.actions.create({
            entityRef: r.entity,
            title: f.title,
            description: `Follow-up of the review of release ${r.version}`,
            phase: 'after',
            side: f.side,
            assigneeRef: f.assigneeRef,
            dueDate:
              f.dueInDays !== undefined ? day(now, f.dueInDays) : undefined,
            priority: 'major',
            status: f.status ?? 'open',
            releaseId: release.id,
            source: 'manual',
            createdBy: poa,
            createdAt: recordedAt,
          });
          followUpActionIds.push(action.id);
        }
        outcome = {
          outcome: outcomeSpec.outcome,
          incidents: outcomeSpec.incidents ?? r.incidents ?? [],
          ...(outcomeSpec.review ?? r.review
            ? { review: outcomeSpec.review ?? r.review }
            : {}),
          followUpActionIds,
          ...(lastGo
            ? { goGateVerdict: lastGo.verdict, goOverridden: lastGo.overridden }
            : {}),
          recordedBy: poa,
          recordedAt,
        };
      }

      if (goNoGo || handover || outcome) {
        await tx.releases.update(
          release.id,
          {
            ...(goNoGo ? { goNoGo } : {}),
            ...(handover ? { handover } : {}),
            ...(outcome ? { outcome } : {}),
          },
          release.rev,
          { now },
        );
      }
    }

    const releaseOf = (entity: string, version?: string) => {
      if (version === undefined) return undefined;
      const id = releaseIds.get(`${entity}@${version}`);
      if (!id) {
        throw new Error(
          `Demo data: ${entity} has no release ${version} in the releases of ${options.path}`,
        );
      }
      return id;
    };

    for (const a of data.attestations ?? []) {
      await tx.attestations.create({
        entityRef: a.entity,
        criterionId: a.criterionId,
        releaseId: releaseOf(a.entity, a.release),
        state: a.state,
        justification: a.justification,
        evidence: a.evidence ?? [],
        assessedBy: a.assessedBy,
        assessedAt: at(now, -a.assessedDaysAgo),
        expiresAt:
          a.expiresInDays !== undefined ? at(now, a.expiresInDays) : undefined,
      });
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
        releaseId:
          releaseOf(a.entity, a.release) ??
          (a.phase === 'before' ? openRelease.get(a.entity) : undefined),
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
        releaseId: releaseOf(w.entity, w.release),
      });
    }
  });
  logger.info(`Loaded Operational Pilot demo data from ${options.path}`);
  return true;
}
