/*
 * Gathers what the CAB dossier of a release shows: the gate frozen at its latest go/no-go decision, or — before
 * any decision — a live snapshot built the same way the decision would build it; plus its decisions, actions,
 * hand-over signatures and outcome.
 */
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { NotFoundError } from '@backstage/errors';
import {
  evaluateReadiness,
  evaluateReleaseGates,
  EvaluationInput,
  GateSnapshot,
  ReadinessModel,
  Release,
} from '@operational-pilot/backstage-plugin-common';
import type { OperationalPilotStores as Stores } from '../../database';
import type { EvaluationService } from '../EvaluationService';
import { buildSnapshot } from '../gateSnapshot';
import type { DossierData } from './document';

export class DossierService {
  constructor(
    private readonly options: {
      model: ReadinessModel;
      stores: Stores;
      evaluations: EvaluationService;
      now: () => Date;
    },
  ) {}

  /** The evaluation input of one entity (swap point: the evaluation service gathers it). */
  private inputFor(entity: Entity): Promise<EvaluationInput> {
    return this.options.evaluations.inputFor(entity);
  }

  /** A snapshot of the release's gates now, as a decision taken now would freeze it. */
  async liveSnapshot(release: Release, entity: Entity): Promise<GateSnapshot> {
    const { model, now } = this.options;
    const input = await this.inputFor(entity);
    const releases = input.releases.some(r => r.id === release.id)
      ? input.releases.map(r => (r.id === release.id ? release : r))
      : [...input.releases, release];
    const withRelease = { ...input, releases };
    const gates = evaluateReleaseGates(model, withRelease, release.id);
    if (!gates) throw new NotFoundError(`No release ${release.id}`);
    const readiness = evaluateReadiness(model, withRelease);
    return buildSnapshot(release, withRelease, gates, readiness, now());
  }

  async gather(release: Release, entity: Entity): Promise<DossierData> {
    const { stores, now } = this.options;
    const [decisions, actions] = await Promise.all([
      stores.decisions.listByRelease(release.id),
      stores.actions.listByEntity(release.entityRef, { releaseId: release.id }),
    ]);
    const latest = decisions[0];
    const snapshot = latest
      ? latest.snapshot
      : await this.liveSnapshot(release, entity);
    return {
      entityRef: stringifyEntityRef(entity),
      entityTitle: entity.metadata.title || entity.metadata.name,
      release,
      snapshot,
      source: latest ? 'decision' : 'live',
      decisions,
      actions,
      generatedAt: now().toISOString(),
    };
  }
}
