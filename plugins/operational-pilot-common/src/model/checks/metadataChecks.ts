/*
 * Completeness checks on the operational metadata the POA enters in the plugin. No record at all means nobody has
 * looked yet (unknown); a record with a missing field is a known gap (fail).
 */
import type { EvaluationContext } from '../context';
import {
  entityKind,
  getPath,
  isSet,
  lookup,
  ROLE_FIELDS,
  roleRef,
} from '../entityData';
import type { CheckSpec, Evidence } from '../types';
import { listParam, type Message } from '../messages';
import { type CheckOutcome, fail, pass, unknown } from './outcome';

type Spec<K extends CheckSpec['kind']> = Extract<CheckSpec, { kind: K }>;

export const NO_METADATA_REASON = 'operational metadata not entered yet';
export const NO_METADATA_MESSAGE: Message = { key: 'metadata.none' };

function show(value: unknown): string {
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

export function checkMetadata(
  spec: Spec<'metadata'>,
  ctx: EvaluationContext,
): CheckOutcome {
  if (!ctx.operations) {
    return unknown('metadata', NO_METADATA_MESSAGE);
  }
  const missing = spec.fields.filter(f => !isSet(getPath(ctx.operations, f)));
  if (missing.length > 0) {
    return fail('metadata', {
      key: 'metadata.missing',
      params: { fields: listParam(missing) },
    });
  }
  const evidence: Evidence[] = spec.fields.map(f => ({
    label: f,
    value: show(getPath(ctx.operations, f)),
  }));
  return pass(
    'metadata',
    { key: 'metadata.set', params: { fields: listParam(spec.fields) } },
    { evidence },
  );
}

export function checkRoles(
  spec: Spec<'roles'>,
  ctx: EvaluationContext,
): CheckOutcome {
  if (!ctx.operations) {
    return unknown('metadata', NO_METADATA_MESSAGE);
  }
  const unassigned: string[] = [];
  const problems: string[] = [];
  const notLookedUp: string[] = [];
  const evidence: Evidence[] = [];
  for (const role of spec.roles) {
    const { label } = ROLE_FIELDS[role];
    const { raw, ref } = roleRef(ctx.operations, role);
    if (!raw) {
      unassigned.push(label);
      continue;
    }
    if (!ref) {
      problems.push(
        `${label} ${JSON.stringify(raw)} is not a valid entity reference`,
      );
      continue;
    }
    evidence.push({ label, value: ref });
    if (!spec.mustResolve) {
      continue;
    }
    const found = lookup(ctx.related, ref);
    if (found.state === 'missing') {
      problems.push(`${label} ${ref} does not exist in the catalog`);
    } else if (found.state === 'not-looked-up') {
      notLookedUp.push(`${label} ${ref}`);
    } else if (!['user', 'group'].includes(entityKind(found.entity))) {
      problems.push(`${label} ${ref} is not a User or a Group`);
    }
  }
  if (unassigned.length > 0) {
    problems.unshift(`not assigned: ${unassigned.join(', ')}`);
  }
  if (problems.length > 0) {
    return fail('metadata', problems.join('; '), { evidence });
  }
  if (notLookedUp.length > 0) {
    return unknown(
      'metadata',
      `not looked up in the catalog: ${notLookedUp.join(', ')}`,
      { evidence },
    );
  }
  return pass(
    'metadata',
    `assigned: ${evidence.map(e => `${e.label} ${e.value}`).join(', ')}`,
    { evidence },
  );
}
