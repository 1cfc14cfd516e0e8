/*
 * Builds the readiness model in force from the defaults and the `operationalPilot` configuration.
 * Every invalid value throws a ModelConfigError naming the full key path: a readiness gate that silently falls back
 * to defaults would mislead everyone who reads its verdicts.
 */
import {
  HANDOVER_ROLES,
  RELEASE_KINDS,
  ROLE_KEYS,
  SIDES,
  TIERS,
  type HandoverRole,
  type ReleaseKind,
  type RoleKey,
  type Side,
  type Tier,
} from '../domain/types';
import { DEFAULT_HANDOVER_SIGNATORIES } from './releases';
import { ACTION_TEMPLATES, type ActionTemplate } from './actions';
import { CATEGORY_IDS, DEFAULT_CATEGORIES } from './categories';
import { attestationSpecs, checkKinds, sourceOf } from './checks';
import {
  CRITERIA_PACKS,
  DEFAULT_CRITERIA,
  DEFAULT_LEVELS,
  DEFAULT_STALENESS,
  DEFAULT_THRESHOLDS,
  DEFAULT_TIER,
  DEFAULT_WAIVER_MAX_DAYS,
  FR_PUBLIC_SECTOR_CRITERIA,
} from './defaultCriteria';
import { fnv1a, stableStringify } from './hash';
import type {
  Applicability,
  CategoryDefinition,
  CheckKind,
  CheckSource,
  CheckSpec,
  CriterionDefinition,
  CriterionScope,
  ReadinessModel,
  StalenessPolicy,
  VerdictThresholds,
} from './types';
import { DEFAULT_TARGET_KINDS, LINK_TYPES } from './vocabulary';

const ROOT = 'operationalPilot';

/** Keys of `operationalPilot` that the model owns. */
export const MODEL_CONFIG_KEYS = [
  'packs',
  'criteria',
  'thresholds',
  'staleness',
  'waivers',
  'defaultTier',
  'levels',
  'requireActionPlanForReservations',
  'handover',
] as const;

/** Keys of `operationalPilot` owned by the backend: accepted here and left to it. */
export const BACKEND_CONFIG_KEYS = [
  'poaGroups',
  'approverGroups',
  'approverGroupsByCategory',
  'governance',
  'evaluation',
  'retention',
  'demoData',
  'notifications',
  'permissions',
  'annotationPrefix',
  'schedule',
  // read by the catalog module (@operational-pilot/backstage-plugin-catalog-backend-module)
  'catalogModule',
] as const;

export class ModelConfigError extends Error {
  /** Full key path of the invalid value, e.g. `operationalPilot.criteria.overrides.OBS-04.weight`. */
  readonly key: string;

  constructor(key: string, message: string) {
    super(`Invalid configuration at ${key}: ${message}`);
    this.name = 'ModelConfigError';
    this.key = key;
  }
}

// ---- small validators ------------------------------------------------------------------------------------------

type Obj = Record<string, unknown>;

function got(value: unknown): string {
  if (value === undefined) {
    return 'undefined';
  }
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

function invalid(key: string, expectation: string, value: unknown): never {
  throw new ModelConfigError(key, `${expectation}, got ${got(value)}`);
}

function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function object(value: unknown, key: string, allowed: readonly string[]): Obj {
  if (!isObj(value)) {
    invalid(key, 'must be an object', value);
  }
  for (const k of Object.keys(value)) {
    if (!allowed.includes(k)) {
      throw new ModelConfigError(
        `${key}.${k}`,
        `unknown key (allowed: ${allowed.join(', ')})`,
      );
    }
  }
  return value;
}

function number(
  value: unknown,
  key: string,
  opts: { min?: number; max?: number; positive?: boolean; integer?: boolean },
): number {
  const ok =
    typeof value === 'number' &&
    Number.isFinite(value) &&
    (!opts.positive || value > 0) &&
    (opts.min === undefined || value >= opts.min) &&
    (opts.max === undefined || value <= opts.max) &&
    (!opts.integer || Number.isInteger(value));
  if (!ok) {
    let expectation = opts.integer ? 'a positive integer' : 'a positive number';
    if (!opts.positive) {
      expectation =
        opts.max !== undefined
          ? `a number between ${opts.min ?? 0} and ${opts.max}`
          : `a number >= ${opts.min ?? 0}`;
    }
    invalid(key, `must be ${expectation}`, value);
  }
  return value as number;
}

function boolean(value: unknown, key: string): boolean {
  if (typeof value !== 'boolean') {
    invalid(key, 'must be true or false', value);
  }
  return value;
}

function text(value: unknown, key: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    invalid(key, 'must be a non-empty string', value);
  }
  return value;
}

function texts(
  value: unknown,
  key: string,
  opts: { nonEmpty?: boolean } = {},
): string[] {
  if (!Array.isArray(value) || (opts.nonEmpty && value.length === 0)) {
    invalid(
      key,
      opts.nonEmpty
        ? 'must be a non-empty list of strings'
        : 'must be a list of strings',
      value,
    );
  }
  return value.map((v, i) => text(v, `${key}[${i}]`));
}

function oneOf<T extends string>(
  value: unknown,
  key: string,
  allowed: readonly T[],
): T {
  if (
    typeof value !== 'string' ||
    !(allowed as readonly string[]).includes(value)
  ) {
    invalid(key, `must be one of ${allowed.join(', ')}`, value);
  }
  return value as T;
}

function tiers(value: unknown, key: string): Tier[] {
  if (!Array.isArray(value)) {
    invalid(key, `must be a list of tiers (${TIERS.join(', ')})`, value);
  }
  const out = value.map((v, i) => oneOf(v, `${key}[${i}]`, TIERS));
  return TIERS.filter(t => out.includes(t));
}

function regex(value: unknown, key: string): string {
  const pattern = text(value, key);
  try {
    new RegExp(pattern); // eslint-disable-line no-new
  } catch (e) {
    invalid(
      key,
      `must be a valid regular expression (${(e as Error).message})`,
      value,
    );
  }
  return pattern;
}

// ---- sections --------------------------------------------------------------------------------------------------

function parsePacks(value: unknown): string[] {
  const key = `${ROOT}.packs`;
  const packs = texts(value, key);
  packs.forEach((p, i) => oneOf(p, `${key}[${i}]`, CRITERIA_PACKS));
  const dup = packs.find((p, i) => packs.indexOf(p) !== i);
  if (dup) {
    invalid(key, `must not list a pack twice (${dup})`, value);
  }
  return packs;
}

function parseValidity(
  value: unknown,
  key: string,
): number | Partial<Record<Tier, number>> {
  if (typeof value === 'number') {
    return number(value, key, { positive: true });
  }
  if (!isObj(value)) {
    invalid(
      key,
      'must be a positive number of days or an object with T1, T2, T3',
      value,
    );
  }
  const obj = object(value, key, TIERS);
  const out: Partial<Record<Tier, number>> = {};
  for (const t of TIERS) {
    if (obj[t] !== undefined) {
      out[t] = number(obj[t], `${key}.${t}`, { positive: true });
    }
  }
  return out;
}

const CUSTOM_CHECK_KINDS = [
  'annotation',
  'link',
  'specField',
  'relation',
  'anyOf',
  'allOf',
] as const;

function parseCustomCheck(value: unknown, key: string): CheckSpec {
  if (!isObj(value)) {
    invalid(key, 'must be an object with a kind', value);
  }
  const kind = oneOf(value.kind, `${key}.kind`, CUSTOM_CHECK_KINDS);
  switch (kind) {
    case 'annotation': {
      const o = object(value, key, ['kind', 'keys', 'pattern']);
      return {
        kind,
        keys: texts(o.keys, `${key}.keys`, { nonEmpty: true }),
        ...(o.pattern !== undefined
          ? { pattern: regex(o.pattern, `${key}.pattern`) }
          : {}),
      };
    }
    case 'link': {
      const o = object(value, key, ['kind', 'types', 'urlPattern']);
      return {
        kind,
        types: texts(o.types, `${key}.types`, { nonEmpty: true }),
        ...(o.urlPattern !== undefined
          ? { urlPattern: regex(o.urlPattern, `${key}.urlPattern`) }
          : {}),
      };
    }
    case 'specField': {
      const o = object(value, key, ['kind', 'path', 'values']);
      return {
        kind,
        path: text(o.path, `${key}.path`),
        ...(o.values !== undefined
          ? { values: texts(o.values, `${key}.values`, { nonEmpty: true }) }
          : {}),
      };
    }
    case 'relation': {
      const o = object(value, key, [
        'kind',
        'type',
        'targetKinds',
        'targetMustExist',
      ]);
      return {
        kind,
        type: text(o.type, `${key}.type`),
        ...(o.targetKinds !== undefined
          ? {
              targetKinds: texts(o.targetKinds, `${key}.targetKinds`, {
                nonEmpty: true,
              }).map(k => k.toLowerCase()),
            }
          : {}),
        ...(o.targetMustExist !== undefined
          ? {
              targetMustExist: boolean(
                o.targetMustExist,
                `${key}.targetMustExist`,
              ),
            }
          : {}),
      };
    }
    default: {
      const o = object(value, key, ['kind', 'of']);
      if (!Array.isArray(o.of) || o.of.length === 0) {
        invalid(`${key}.of`, 'must be a non-empty list of checks', o.of);
      }
      return {
        kind,
        of: o.of.map((c, i) => parseCustomCheck(c, `${key}.of[${i}]`)),
      };
    }
  }
}

function parseAppliesTo(value: unknown, key: string): Applicability {
  const o = object(value, key, ['kinds', 'tiers', 'stateful']);
  const out: Applicability = {};
  if (o.kinds !== undefined) {
    out.kinds = texts(o.kinds, `${key}.kinds`, { nonEmpty: true }).map(k =>
      k.toLowerCase(),
    );
  }
  if (o.tiers !== undefined) {
    out.tiers = tiers(o.tiers, `${key}.tiers`);
    if (out.tiers.length === 0) {
      invalid(`${key}.tiers`, 'must list at least one tier', o.tiers);
    }
  }
  if (o.stateful !== undefined) {
    out.stateful = boolean(o.stateful, `${key}.stateful`);
  }
  return out;
}

const ID_PATTERN = /^[A-Za-z][A-Za-z0-9_.-]*$/;

/** `signedBy` (roles that may sign an attestation) and `countersignRequired` of an override or custom criterion. */
function applySignatures(
  criterion: CriterionDefinition,
  o: Record<string, unknown>,
  k: string,
): void {
  if (o.signedBy !== undefined) {
    criterion.signedBy = texts(o.signedBy, `${k}.signedBy`).map((role, i) =>
      oneOf<RoleKey>(role, `${k}.signedBy[${i}]`, ROLE_KEYS),
    );
  }
  if (o.countersignRequired !== undefined) {
    criterion.countersignRequired = boolean(
      o.countersignRequired,
      `${k}.countersignRequired`,
    );
  }
}

function parseCustom(
  value: unknown,
  builtInIds: Set<string>,
): CriterionDefinition[] {
  const key = `${ROOT}.criteria.custom`;
  if (!Array.isArray(value)) {
    invalid(key, 'must be a list of criteria', value);
  }
  const seen = new Set<string>();
  return value.map((item, i) => {
    const k = `${key}[${i}]`;
    const o = object(item, k, [
      'id',
      'category',
      'title',
      'titleFr',
      'howToFix',
      'howToFixFr',
      'rationale',
      'weight',
      'blockingTiers',
      'scope',
      'appliesTo',
      'check',
      'defaultSide',
      'signedBy',
      'countersignRequired',
    ]);
    const id = text(o.id, `${k}.id`);
    if (!ID_PATTERN.test(id)) {
      invalid(
        `${k}.id`,
        'must start with a letter and contain only letters, digits, ".", "_" and "-"',
        id,
      );
    }
    if (builtInIds.has(id)) {
      invalid(
        `${k}.id`,
        'must not reuse the id of a built-in criterion (use criteria.overrides to change it)',
        id,
      );
    }
    if (seen.has(id)) {
      invalid(`${k}.id`, 'must be unique among custom criteria', id);
    }
    seen.add(id);
    const appliesTo =
      o.appliesTo !== undefined
        ? parseAppliesTo(o.appliesTo, `${k}.appliesTo`)
        : {};
    const custom: CriterionDefinition = {
      id,
      category: oneOf(o.category, `${k}.category`, CATEGORY_IDS),
      title: text(o.title, `${k}.title`),
      rationale:
        o.rationale !== undefined ? text(o.rationale, `${k}.rationale`) : '',
      howToFix: text(o.howToFix, `${k}.howToFix`),
      // French texts are optional: without them the French UI shows the English ones.
      ...(o.titleFr !== undefined
        ? { titleFr: text(o.titleFr, `${k}.titleFr`) }
        : {}),
      ...(o.howToFixFr !== undefined
        ? { howToFixFr: text(o.howToFixFr, `${k}.howToFixFr`) }
        : {}),
      weight: number(o.weight, `${k}.weight`, { positive: true }),
      blockingTiers:
        o.blockingTiers !== undefined
          ? tiers(o.blockingTiers, `${k}.blockingTiers`)
          : [],
      scope:
        o.scope !== undefined
          ? oneOf<CriterionScope>(o.scope, `${k}.scope`, ['entity', 'release'])
          : 'entity',
      check: parseCustomCheck(o.check, `${k}.check`),
      core: false,
      pack: 'custom',
      defaultSide:
        o.defaultSide !== undefined
          ? oneOf<Side>(o.defaultSide, `${k}.defaultSide`, SIDES)
          : 'build',
      // Like the built-in criteria, custom ones target the default kinds unless they say otherwise.
      appliesTo: { kinds: DEFAULT_TARGET_KINDS, ...appliesTo },
    };
    applySignatures(custom, o, k);
    return custom;
  });
}

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value));
}

function applyValidity(
  check: CheckSpec,
  validity: number | Partial<Record<Tier, number>>,
): void {
  for (const spec of attestationSpecs(check)) {
    if (typeof validity === 'number') {
      spec.validityDays = validity;
    } else {
      const base =
        typeof spec.validityDays === 'number'
          ? Object.fromEntries(TIERS.map(t => [t, spec.validityDays as number]))
          : spec.validityDays;
      spec.validityDays = { ...base, ...validity };
    }
  }
}

/** Applies `criteria.overrides` to the known criteria and returns the ids switched on or off. */
function applyOverrides(
  value: unknown,
  known: Map<string, CriterionDefinition>,
): Map<string, boolean> {
  const key = `${ROOT}.criteria.overrides`;
  if (!isObj(value)) {
    invalid(key, 'must be an object keyed by criterion id', value);
  }
  const enabled = new Map<string, boolean>();
  for (const [id, raw] of Object.entries(value)) {
    const k = `${key}.${id}`;
    const criterion = known.get(id);
    if (!criterion) {
      throw new ModelConfigError(k, `unknown criterion id ${got(id)}`);
    }
    const o = object(raw, k, [
      'weight',
      'blockingTiers',
      'blockingReleaseKinds',
      'validityDays',
      'enabled',
      'signedBy',
      'countersignRequired',
    ]);
    if (
      (o.signedBy !== undefined || o.countersignRequired !== undefined) &&
      !checkKinds(criterion.check).some(
        kind => kind === 'attestation' || kind === 'releaseAttestation',
      )
    ) {
      throw new ModelConfigError(
        `${k}.${o.signedBy !== undefined ? 'signedBy' : 'countersignRequired'}`,
        `applies to criteria checked by attestation only, and ${id} is checked by ${checkKinds(
          criterion.check,
        ).join('/')}`,
      );
    }
    applySignatures(criterion, o, k);
    if (o.weight !== undefined) {
      criterion.weight = number(o.weight, `${k}.weight`, { positive: true });
    }
    if (o.blockingTiers !== undefined) {
      criterion.blockingTiers = tiers(o.blockingTiers, `${k}.blockingTiers`);
    }
    if (o.blockingReleaseKinds !== undefined) {
      if (criterion.scope !== 'release') {
        throw new ModelConfigError(
          `${k}.blockingReleaseKinds`,
          `applies to release-scoped criteria only, and ${id} is checked per entity`,
        );
      }
      const kinds = texts(o.blockingReleaseKinds, `${k}.blockingReleaseKinds`);
      kinds.forEach((kind, i) =>
        oneOf(kind, `${k}.blockingReleaseKinds[${i}]`, RELEASE_KINDS),
      );
      criterion.blockingWhen = {
        ...criterion.blockingWhen,
        releaseKinds: kinds as ReleaseKind[],
      };
    }
    if (o.validityDays !== undefined) {
      if (attestationSpecs(criterion.check).length === 0) {
        throw new ModelConfigError(
          `${k}.validityDays`,
          `applies to attestation checks only, and ${id} is checked by ${checkKinds(
            criterion.check,
          ).join('/')}`,
        );
      }
      applyValidity(
        criterion.check,
        parseValidity(o.validityDays, `${k}.validityDays`),
      );
    }
    if (o.enabled !== undefined) {
      enabled.set(id, boolean(o.enabled, `${k}.enabled`));
    }
  }
  return enabled;
}

function parseThresholds(value: unknown): Record<Tier, VerdictThresholds> {
  const key = `${ROOT}.thresholds`;
  const o = object(value, key, TIERS);
  const out = clone(DEFAULT_THRESHOLDS);
  for (const t of TIERS) {
    if (o[t] === undefined) {
      continue;
    }
    const k = `${key}.${t}`;
    const tier = object(o[t], k, ['readyForRun', 'withReservations']);
    if (tier.readyForRun !== undefined) {
      out[t].readyForRun = number(tier.readyForRun, `${k}.readyForRun`, {
        min: 0,
        max: 100,
      });
    }
    if (tier.withReservations !== undefined) {
      out[t].withReservations = number(
        tier.withReservations,
        `${k}.withReservations`,
        {
          min: 0,
          max: 100,
        },
      );
    }
    if (out[t].withReservations > out[t].readyForRun) {
      invalid(
        `${k}.withReservations`,
        `must not exceed readyForRun (${out[t].readyForRun})`,
        out[t].withReservations,
      );
    }
  }
  return out;
}

function parseStaleness(value: unknown): StalenessPolicy {
  const key = `${ROOT}.staleness`;
  const o = object(value, key, Object.keys(DEFAULT_STALENESS));
  const out = { ...DEFAULT_STALENESS };
  const read = (
    name: keyof StalenessPolicy,
    opts: { min?: number; max?: number },
  ) => {
    if (o[name] !== undefined) {
      out[name] = number(o[name], `${key}.${name}`, opts);
    }
  };
  read('warnBeforeDays', { min: 0 });
  read('graceRatio', { min: 0 });
  read('graceMinDays', { min: 0 });
  read('graceMaxDays', { min: 0 });
  read('graceFloorCredit', { min: 0, max: 1 });
  if (out.graceMaxDays < out.graceMinDays) {
    invalid(
      `${key}.graceMaxDays`,
      `must not be below graceMinDays (${out.graceMinDays})`,
      out.graceMaxDays,
    );
  }
  return out;
}

function parseLevels(
  value: unknown,
  enabledIds: Set<string>,
): { bronze: string[]; silver: string[] } {
  const key = `${ROOT}.levels`;
  const o = object(value, key, ['bronze', 'silver']);
  const pick = (name: 'bronze' | 'silver') => {
    if (o[name] === undefined) {
      return DEFAULT_LEVELS[name].filter(id => enabledIds.has(id));
    }
    const ids = texts(o[name], `${key}.${name}`);
    ids.forEach((id, i) => {
      if (!enabledIds.has(id)) {
        throw new ModelConfigError(
          `${key}.${name}[${i}]`,
          `criterion ${got(id)} is unknown or not enabled`,
        );
      }
    });
    return ids;
  };
  return { bronze: pick('bronze'), silver: pick('silver') };
}

/**
 * Builds the model from the `operationalPilot` configuration object (`undefined` gives the defaults: the core pack).
 * @throws ModelConfigError on any invalid value
 */
export function buildReadinessModel(config?: unknown): ReadinessModel {
  const root: Obj =
    config === undefined || config === null
      ? {}
      : object(config, ROOT, [...MODEL_CONFIG_KEYS, ...BACKEND_CONFIG_KEYS]);

  const packs = root.packs !== undefined ? parsePacks(root.packs) : ['core'];
  const builtIns = [...DEFAULT_CRITERIA, ...FR_PUBLIC_SECTOR_CRITERIA].map(
    clone,
  );
  const builtInIds = new Set(builtIns.map(c => c.id));

  let custom: CriterionDefinition[] = [];
  let overrides: unknown;
  if (root.criteria !== undefined) {
    const criteria = object(root.criteria, `${ROOT}.criteria`, [
      'overrides',
      'custom',
    ]);
    if (criteria.custom !== undefined) {
      custom = parseCustom(criteria.custom, builtInIds);
    }
    overrides = criteria.overrides;
  }
  const all = [...builtIns, ...custom];
  const known = new Map(all.map(c => [c.id, c]));
  const switched =
    overrides !== undefined
      ? applyOverrides(overrides, known)
      : new Map<string, boolean>();
  const criteria = all.filter(
    c => switched.get(c.id) ?? (c.pack === 'custom' || packs.includes(c.pack)),
  );
  const enabledIds = new Set(criteria.map(c => c.id));

  const thresholds =
    root.thresholds !== undefined
      ? parseThresholds(root.thresholds)
      : clone(DEFAULT_THRESHOLDS);
  const staleness =
    root.staleness !== undefined
      ? parseStaleness(root.staleness)
      : { ...DEFAULT_STALENESS };
  let waiverMaxDays = DEFAULT_WAIVER_MAX_DAYS;
  if (root.waivers !== undefined) {
    const waivers = object(root.waivers, `${ROOT}.waivers`, ['maxDays']);
    if (waivers.maxDays !== undefined) {
      waiverMaxDays = number(waivers.maxDays, `${ROOT}.waivers.maxDays`, {
        positive: true,
        integer: true,
      });
    }
  }
  const defaultTier =
    root.defaultTier !== undefined
      ? oneOf(root.defaultTier, `${ROOT}.defaultTier`, TIERS)
      : DEFAULT_TIER;
  const levels =
    root.levels !== undefined
      ? parseLevels(root.levels, enabledIds)
      : {
          bronze: DEFAULT_LEVELS.bronze.filter(id => enabledIds.has(id)),
          silver: DEFAULT_LEVELS.silver.filter(id => enabledIds.has(id)),
        };
  const requireActionPlanForReservations =
    root.requireActionPlanForReservations !== undefined
      ? boolean(
          root.requireActionPlanForReservations,
          `${ROOT}.requireActionPlanForReservations`,
        )
      : true;

  let handoverSignatories: HandoverRole[] = [...DEFAULT_HANDOVER_SIGNATORIES];
  if (root.handover !== undefined) {
    const handover = object(root.handover, `${ROOT}.handover`, ['signatories']);
    if (handover.signatories !== undefined) {
      const key = `${ROOT}.handover.signatories`;
      const roles = texts(handover.signatories, key, { nonEmpty: true });
      roles.forEach((role, i) => oneOf(role, `${key}[${i}]`, HANDOVER_ROLES));
      handoverSignatories = [...new Set(roles)] as HandoverRole[];
    }
  }

  const model: Omit<ReadinessModel, 'version'> = {
    categories: clone(DEFAULT_CATEGORIES),
    criteria,
    packs,
    thresholds,
    staleness,
    levels,
    waiverMaxDays,
    defaultTier,
    requireActionPlanForReservations,
    handoverSignatories,
  };
  return { ...model, version: modelVersion(model) };
}

/** A stable short hash of everything that changes evaluations. */
export function modelVersion(model: Omit<ReadinessModel, 'version'>): string {
  return fnv1a(
    stableStringify({
      criteria: model.criteria,
      thresholds: model.thresholds,
      levels: model.levels,
      staleness: model.staleness,
      defaultTier: model.defaultTier,
      waiverMaxDays: model.waiverMaxDays,
      requireActionPlanForReservations:
        model.requireActionPlanForReservations !== false,
      handoverSignatories:
        model.handoverSignatories ?? DEFAULT_HANDOVER_SIGNATORIES,
      // Bumped when the engine's semantics change, so stored evaluations are recomputed.
      engine: 2,
    }),
  );
}

export interface CriterionDescription extends CriterionDefinition {
  /** Top-level check kind (`anyOf`, `attestation`…). */
  checkKind: CheckKind;
  /** Where the evidence mainly comes from. */
  checkSource: CheckSource;
  /** Validity of the criterion's attestation, when it has one. */
  validityDays?: number | Partial<Record<Tier, number>>;
}

/** The model as served by `GET /model` (plain JSON). */
export interface ModelDescription {
  version: string;
  packs: string[];
  tiers: Tier[];
  defaultTier: Tier;
  thresholds: Record<Tier, VerdictThresholds>;
  staleness: StalenessPolicy;
  levels: { bronze: string[]; silver: string[] };
  waiverMaxDays: number;
  requireActionPlanForReservations: boolean;
  /** Roles whose signatures make a release's hand-over to run. */
  handoverSignatories: HandoverRole[];
  categories: CategoryDefinition[];
  criteria: CriterionDescription[];
  actionTemplates: ActionTemplate[];
  linkTypes: string[];
}

export function describeModel(model: ReadinessModel): ModelDescription {
  return clone({
    version: model.version,
    packs: model.packs,
    tiers: [...TIERS],
    defaultTier: model.defaultTier,
    thresholds: model.thresholds,
    staleness: model.staleness,
    levels: model.levels,
    waiverMaxDays: model.waiverMaxDays,
    requireActionPlanForReservations:
      model.requireActionPlanForReservations !== false,
    handoverSignatories: [
      ...(model.handoverSignatories ?? DEFAULT_HANDOVER_SIGNATORIES),
    ],
    categories: model.categories,
    criteria: model.criteria.map(c => {
      const validity = attestationSpecs(c.check)[0]?.validityDays;
      return {
        ...c,
        checkKind: c.check.kind,
        checkSource: sourceOf(c.check),
        ...(validity !== undefined ? { validityDays: validity } : {}),
      };
    }),
    actionTemplates: ACTION_TEMPLATES,
    linkTypes: [...LINK_TYPES],
  });
}
