/*
 * Recording, countersigning and approving attestations. Routes only translate HTTP.
 *
 * - Signatures are role-bound: a criterion's `signedBy` roles (e.g. the ops owner for DOC-03, REL-04, KT-02) record
 *   and countersign its attestations (403 naming the role and its holder); the countersigner is never the assessor.
 * - "Not applicable" is an exemption: it carries a review date (≤ `waivers.maxDays`, the default) and, on a
 *   blocking criterion, counts only once an approver other than the declarer approves it
 *   (`POST /attestations/{id}/approve`); the engine reads the approval and the review date.
 */
import type { Entity } from '@backstage/catalog-model';
import { ConflictError, NotFoundError } from '@backstage/errors';
import {
  Attestation,
  CreateAttestationRequest,
  CriterionDefinition,
  ReadinessModel,
} from '@operational-pilot/backstage-plugin-common';
import type { OperationalPilotStores as Stores } from '../database';
import type { AuditRecorder } from './AuditRecorder';
import { FieldError, FieldValidationError } from './errors';
import type { GovernanceService } from './GovernanceService';
import type { ReleaseActor as Actor } from './ReleaseService';
import { checkInstant } from './validation';
import { attestationCheckOf, findCriterion } from '../routes/criteria';

const DAY = 24 * 60 * 60 * 1000;

export class AttestationService {
  constructor(
    private readonly deps: {
      model: ReadinessModel;
      stores: Stores;
      audit: AuditRecorder;
      governance: GovernanceService;
      now: () => Date;
    },
  ) {}

  private criterion(id: string): CriterionDefinition | undefined {
    return this.deps.model.criteria.find(c => c.id === id);
  }

  private async operationsOf(entityRef: string) {
    return (await this.deps.stores.operations.get(entityRef))?.metadata;
  }

  async create(
    actor: Actor,
    entity: { entityRef: string; entity?: Entity },
    body: CreateAttestationRequest,
  ): Promise<Attestation> {
    const { entityRef } = entity;
    const { model, stores } = this.deps;
    const now = this.deps.now();
    const errors: FieldError[] = [];
    const criterion = findCriterion(
      model,
      body.criterionId,
      'criterionId',
      errors,
      { attestable: true },
    );
    const assessedAt = checkInstant(errors, 'assessedAt', body.assessedAt);
    const expiresAt = checkInstant(errors, 'expiresAt', body.expiresAt);
    if (assessedAt && assessedAt.getTime() > now.getTime() + 60_000) {
      errors.push({
        path: 'assessedAt',
        message: 'an assessment cannot be dated in the future',
      });
    }
    if (expiresAt && expiresAt <= (assessedAt ?? now)) {
      errors.push({
        path: 'expiresAt',
        message: 'the expiry must be after the assessment date',
      });
    }
    let reviewBy: Date | undefined;
    if (body.state === 'not-applicable') {
      if (!body.justification?.trim()) {
        errors.push({
          path: 'justification',
          message:
            'say why the criterion does not apply (required for not-applicable)',
        });
      }
      const maxMs = now.getTime() + model.waiverMaxDays * DAY;
      reviewBy = body.reviewBy
        ? checkInstant(errors, 'reviewBy', body.reviewBy)
        : new Date(maxMs);
      if (reviewBy && reviewBy <= now) {
        errors.push({
          path: 'reviewBy',
          message: 'the review date must be in the future',
        });
      } else if (reviewBy && reviewBy.getTime() > maxMs + 60_000) {
        errors.push({
          path: 'reviewBy',
          message: `a not-applicable exemption is reviewed within ${
            model.waiverMaxDays
          } days (by ${new Date(maxMs).toISOString().slice(0, 10)})`,
        });
      }
    } else if (body.reviewBy !== undefined) {
      errors.push({
        path: 'reviewBy',
        message: 'a review date applies to not-applicable declarations only',
      });
    }
    const check = criterion && attestationCheckOf(criterion.check);
    const evidenceRequired =
      check?.kind === 'releaseAttestation' ||
      (check?.kind === 'attestation' && check.evidenceRequired !== false);
    if (
      body.state === 'compliant' &&
      evidenceRequired &&
      !(body.evidence && body.evidence.length > 0)
    ) {
      errors.push({
        path: 'evidence',
        message: `${body.criterionId} needs evidence: add at least one http(s) link (report, ticket, recording…)`,
      });
    }
    if (criterion?.scope === 'release' && !body.releaseId) {
      errors.push({
        path: 'releaseId',
        message: `${body.criterionId} is attested per production release: give the releaseId`,
      });
    }
    if (body.releaseId) {
      const release = await stores.releases.getById(body.releaseId);
      if (
        !release ||
        release.entityRef !== entityRef.toLocaleLowerCase('en-US')
      ) {
        errors.push({
          path: 'releaseId',
          message: `no release ${body.releaseId} for ${entityRef}`,
        });
      }
    }
    if (errors.length > 0 || !criterion) throw new FieldValidationError(errors);

    const user = actor.credentials.principal.userEntityRef;
    await this.deps.governance.checkSigner(
      actor.credentials,
      criterion,
      entityRef,
      await this.operationsOf(entityRef),
      'attest',
    );

    return this.deps.audit.record(
      {
        req: actor.req,
        credentials: actor.credentials,
        eventId: 'attestation-create',
        entityRef,
        targetType: 'attestation',
      },
      async tx => {
        const created = await tx.attestations.create({
          entityRef,
          criterionId: body.criterionId,
          releaseId: body.releaseId,
          state: body.state,
          justification: body.justification,
          evidence: body.evidence ?? [],
          assessedBy: user,
          assessedAt: (assessedAt ?? now).toISOString(),
          expiresAt: expiresAt?.toISOString(),
          comment: body.comment,
          reviewBy: reviewBy?.toISOString(),
        });
        return { result: created, targetId: created.id, after: created };
      },
    );
  }

  async countersign(actor: Actor, existing: Attestation): Promise<Attestation> {
    const user = actor.credentials.principal.userEntityRef;
    if (existing.countersignedBy) {
      throw new ConflictError(
        `This attestation was already countersigned by ${existing.countersignedBy}`,
      );
    }
    if (existing.assessedBy === user) {
      throw new ConflictError(
        'A countersignature must come from someone other than the assessor (two-party attestation)',
      );
    }
    const criterion = this.criterion(existing.criterionId);
    if (criterion) {
      await this.deps.governance.checkSigner(
        actor.credentials,
        criterion,
        existing.entityRef,
        await this.operationsOf(existing.entityRef),
        'countersign',
      );
    }
    return this.deps.audit.record(
      {
        req: actor.req,
        credentials: actor.credentials,
        eventId: 'attestation-countersign',
        entityRef: existing.entityRef,
        targetType: 'attestation',
        targetId: existing.id,
      },
      async tx => {
        const after = await tx.attestations.countersign(existing.id, {
          by: user,
          at: this.deps.now(),
        });
        if (!after) throw new NotFoundError(`No attestation ${existing.id}`);
        return { result: after, before: existing, after };
      },
    );
  }

  /** Approves a not-applicable declaration (an exemption): never by the declarer, scoped like waivers. */
  async approve(actor: Actor, existing: Attestation): Promise<Attestation> {
    const user = actor.credentials.principal.userEntityRef;
    const now = this.deps.now();
    if (existing.state !== 'not-applicable') {
      throw new ConflictError(
        `The attestation is ${existing.state}: only a not-applicable declaration is approved`,
      );
    }
    if (existing.approvedBy) {
      throw new ConflictError(
        `The exemption was already approved by ${existing.approvedBy}`,
      );
    }
    if (
      existing.assessedBy.toLocaleLowerCase('en-US') ===
      user.toLocaleLowerCase('en-US')
    ) {
      throw new ConflictError(
        'A not-applicable exemption must be approved by someone other than the declarer (four-eyes principle)',
      );
    }
    if (existing.reviewBy && new Date(existing.reviewBy) <= now) {
      throw new ConflictError(
        `The exemption's review date ${existing.reviewBy.slice(
          0,
          10,
        )} has passed; declare it again`,
      );
    }
    await this.deps.governance.checkCategoryApprover(
      actor.credentials,
      existing.criterionId,
      existing.entityRef,
      await this.operationsOf(existing.entityRef),
      'a not-applicable exemption',
    );
    return this.deps.audit.record(
      {
        req: actor.req,
        credentials: actor.credentials,
        eventId: 'attestation-approve',
        entityRef: existing.entityRef,
        targetType: 'attestation',
        targetId: existing.id,
      },
      async tx => {
        const after = await tx.attestations.approve(existing.id, {
          by: user,
          at: now,
        });
        if (!after) {
          throw new ConflictError('The exemption was approved meanwhile');
        }
        return { result: after, before: existing, after };
      },
    );
  }
}
