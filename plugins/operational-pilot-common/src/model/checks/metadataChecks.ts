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
import {
  combineMessages,
  listParam,
  type Message,
  nestMessage,
} from '../messages';
import { type CheckOutcome, fail, pass, unknown } from './outcome';

type Spec<K extends CheckSpec['kind']> = Extract<CheckSpec, { kind: K }>;

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
  const problems: Message[] = [];
  const notLookedUp: Message[] = [];
  const assigned: Message[] = [];
  const evidence: Evidence[] = [];
  for (const role of spec.roles) {
    const { label } = ROLE_FIELDS[role];
    const { raw, ref } = roleRef(ctx.operations, role);
    if (!raw) {
      unassigned.push(role);
      continue;
    }
    if (!ref) {
      problems.push({
        key: 'roles.invalidRef',
        params: { role, value: JSON.stringify(raw) },
      });
      continue;
    }
    evidence.push({ label, value: ref });
    assigned.push({ key: 'roles.ref', params: { role, ref } });
    if (!spec.mustResolve) {
      continue;
    }
    const found = lookup(ctx.related, ref);
    if (found.state === 'missing') {
      problems.push({ key: 'roles.missing', params: { role, ref } });
    } else if (found.state === 'not-looked-up') {
      notLookedUp.push({ key: 'roles.ref', params: { role, ref } });
    } else if (!['user', 'group'].includes(entityKind(found.entity))) {
      problems.push({ key: 'roles.wrongKind', params: { role, ref } });
    }
  }
  if (unassigned.length > 0) {
    problems.unshift({
      key: 'roles.unassigned',
      params: { roles: listParam(unassigned) },
    });
  }
  if (problems.length > 0) {
    return fail('metadata', combineMessages(problems), { evidence });
  }
  if (notLookedUp.length > 0) {
    return unknown(
      'metadata',
      {
        key: 'roles.notLookedUp',
        params: nestMessage('roles', combineMessages(notLookedUp, 'commaList')),
      },
      { evidence },
    );
  }
  return pass(
    'metadata',
    {
      key: 'roles.assigned',
      params: nestMessage('roles', combineMessages(assigned, 'commaList')),
    },
    { evidence },
  );
}
