import type {
  CheckSpec,
  CriterionDefinition,
  ReadinessModel,
} from '@operational-pilot/backstage-plugin-common';
import type { FieldError } from '../service/errors';

/** The attestation check inside a criterion's check (composites such as "link, else attestation" included). */
export function attestationCheckOf(
  check: CheckSpec,
): Extract<CheckSpec, { kind: 'attestation' | 'releaseAttestation' }> | undefined {
  if (check.kind === 'attestation' || check.kind === 'releaseAttestation') {
    return check;
  }
  if (check.kind === 'anyOf' || check.kind === 'allOf') {
    for (const inner of check.of) {
      const found = attestationCheckOf(inner);
      if (found) return found;
    }
  }
  return undefined;
}

/** The enabled criterion, or a field error naming the known ids. */
export function findCriterion(
  model: ReadinessModel,
  id: string,
  path: string,
  errors: FieldError[],
  options: { attestable?: boolean } = {},
): CriterionDefinition | undefined {
  const criterion = model.criteria.find(c => c.id === id);
  if (!criterion) {
    errors.push({
      path,
      message: `${id} is not a criterion of the model in force`,
    });
    return undefined;
  }
  if (options.attestable && !attestationCheckOf(criterion.check)) {
    const attestable = model.criteria
      .filter(c => attestationCheckOf(c.check))
      .map(c => c.id);
    errors.push({
      path,
      message: `${id} is checked automatically and cannot be attested; attestable criteria: ${attestable.join(', ')}`,
    });
    return undefined;
  }
  return criterion;
}
