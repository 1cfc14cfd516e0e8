/*
 * Checks that read the catalog entity only: annotations, links, spec fields and relations.
 */
import { listParam } from '../messages';
import type { EvaluationContext } from '../context';
import {
  annotationValue,
  entityLinks,
  getPath,
  isSet,
  lookup,
  refKind,
  relationTargets,
} from '../entityData';
import type { CheckSpec, Evidence } from '../types';
import { type CheckOutcome, fail, pass, unknown } from './outcome';

type Spec<K extends CheckSpec['kind']> = Extract<CheckSpec, { kind: K }>;

const regexCache = new Map<string, RegExp | null>();

/** Compiled once per pattern; an invalid pattern (only possible from unvalidated input) never matches. */
export function compilePattern(pattern: string): RegExp | null {
  if (!regexCache.has(pattern)) {
    try {
      regexCache.set(pattern, new RegExp(pattern));
    } catch {
      regexCache.set(pattern, null);
    }
  }
  return regexCache.get(pattern) ?? null;
}

function matches(pattern: string | undefined, value: string): boolean {
  if (!pattern) {
    return true;
  }
  return compilePattern(pattern)?.test(value) ?? false;
}

const isUrl = (value: string) => /^https?:\/\//i.test(value);

export function checkAnnotation(
  spec: Spec<'annotation'>,
  ctx: EvaluationContext,
): CheckOutcome {
  const present = spec.keys
    .map(key => ({ key, value: annotationValue(ctx.entity, key) }))
    .filter((a): a is { key: string; value: string } => a.value !== undefined);
  const matching = present.filter(a => matches(spec.pattern, a.value));
  if (matching.length > 0) {
    const evidence: Evidence[] = matching.map(a => ({
      label: a.key,
      value: a.value,
      ...(isUrl(a.value) ? { url: a.value } : {}),
    }));
    return pass(
      'catalog',
      {
        key: 'annotation.set',
        params: { keys: listParam(matching.map(a => a.key)) },
      },
      { evidence },
    );
  }
  if (present.length > 0) {
    return fail('catalog', {
      key: 'annotation.noMatch',
      params: {
        values: listParam(
          present.map(a => `${a.key}=${JSON.stringify(a.value)}`),
        ),
        pattern: spec.pattern ?? '',
      },
    });
  }
  return fail(
    'catalog',
    spec.keys.length === 1
      ? { key: 'annotation.notSet', params: { key: spec.keys[0] } }
      : { key: 'annotation.noneSet', params: { keys: listParam(spec.keys) } },
  );
}

export function checkLink(
  spec: Spec<'link'>,
  ctx: EvaluationContext,
): CheckOutcome {
  const types = spec.types.map(t => t.toLowerCase());
  const typed = entityLinks(ctx.entity).filter(
    l => typeof l.type === 'string' && types.includes(l.type.toLowerCase()),
  );
  const matching = typed.filter(l => matches(spec.urlPattern, l.url));
  const types_ = listParam(spec.types);
  if (matching.length > 0) {
    return pass(
      'catalog',
      {
        key: 'link.found',
        params: { types: types_, link: matching[0].title ?? matching[0].url },
      },
      {
        evidence: matching.map(l => ({
          label: l.title ?? l.type ?? 'link',
          url: l.url,
        })),
      },
    );
  }
  if (typed.length > 0) {
    return fail('catalog', {
      key: 'link.noMatch',
      params: { types: types_, pattern: spec.urlPattern ?? '' },
    });
  }
  return fail('catalog', { key: 'link.none', params: { types: types_ } });
}

function showValue(value: unknown): string {
  if (Array.isArray(value)) {
    return value.map(v => String(v)).join(', ');
  }
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

export function checkSpecField(
  spec: Spec<'specField'>,
  ctx: EvaluationContext,
): CheckOutcome {
  const value = getPath(ctx.entity, spec.path);
  if (!isSet(value)) {
    return fail('catalog', {
      key: 'specField.notSet',
      params: { path: spec.path },
    });
  }
  const shown = showValue(value);
  if (spec.values && spec.values.length > 0) {
    const actual = Array.isArray(value) ? value.map(String) : [String(value)];
    if (!actual.some(v => spec.values!.includes(v))) {
      return fail('catalog', {
        key: 'specField.unexpected',
        params: {
          path: spec.path,
          value: shown,
          values: listParam(spec.values),
        },
      });
    }
  }
  return pass(
    'catalog',
    { key: 'specField.set', params: { path: spec.path, value: shown } },
    { evidence: [{ label: spec.path, value: shown }] },
  );
}

export function checkRelation(
  spec: Spec<'relation'>,
  ctx: EvaluationContext,
): CheckOutcome {
  const kinds = spec.targetKinds?.map(k => k.toLowerCase());
  const targets = relationTargets(ctx.entity, spec.type);
  const candidates = kinds
    ? targets.filter(t => kinds.includes(refKind(t)))
    : targets;
  const type = spec.type;
  if (candidates.length === 0) {
    if (!kinds) {
      return fail('catalog', { key: 'relation.none', params: { type } });
    }
    return fail(
      'catalog',
      targets.length > 0
        ? {
            key: 'relation.wrongKind',
            params: {
              type,
              targets: listParam(targets),
              kinds: listParam(kinds),
            },
          }
        : {
            key: 'relation.noneOfKind',
            params: { type, kinds: listParam(kinds) },
          },
    );
  }
  if (!spec.targetMustExist) {
    return pass(
      'catalog',
      {
        key: 'relation.found',
        params: { type, targets: listParam(candidates) },
      },
      {
        evidence: candidates.map(ref => ({ label: spec.type, value: ref })),
      },
    );
  }
  const missing: string[] = [];
  const notLookedUp: string[] = [];
  for (const ref of candidates) {
    const found = lookup(ctx.related, ref);
    if (found.state === 'found') {
      return pass(
        'catalog',
        { key: 'relation.found', params: { type, targets: ref } },
        { evidence: [{ label: spec.type, value: ref }] },
      );
    }
    (found.state === 'missing' ? missing : notLookedUp).push(ref);
  }
  if (notLookedUp.length > 0) {
    return unknown('catalog', {
      key: 'relation.notLookedUp',
      params: { refs: listParam(notLookedUp) },
    });
  }
  return fail('catalog', {
    key: 'relation.missing',
    params: { type, refs: listParam(missing) },
  });
}
