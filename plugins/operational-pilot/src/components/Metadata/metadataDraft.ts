/*
 * The metadata form edits strings; these helpers convert between the API's OperationalMetadata and the form
 * draft, validate the draft, and normalise server field-error paths. Every field the readiness model reads has
 * an input; fields added later to the API and not shown yet are kept as they are.
 */
import type {
  OperationalMetadata,
  Tier,
} from '@operational-pilot/backstage-plugin-common';
import {
  isEntityRef,
  isHttpUrl,
  isIsoDate,
  isTime,
  isWeekdays,
  parseNumber,
} from '../shared/validation';

export type DrStrategy = NonNullable<
  NonNullable<OperationalMetadata['continuity']>['drStrategy']
>;
export type OffHours = NonNullable<
  NonNullable<OperationalMetadata['supportHours']>['offHours']
>;
export type OnCallProvider = NonNullable<
  NonNullable<OperationalMetadata['onCall']>['provider']
>;

export const DR_STRATEGIES: DrStrategy[] = [
  'backup-restore',
  'pilot-light',
  'warm-standby',
  'active-active',
];
export const OFF_HOURS: OffHours[] = ['on-call', 'best-effort', 'none'];
export const ON_CALL_PROVIDERS: OnCallProvider[] = [
  'pagerduty',
  'opsgenie',
  'other',
];
export const ROLE_FIELDS = [
  'poa',
  'opsOwner',
  'businessOwner',
  'serviceOwner',
  'securityApprover',
] as const;
export type RoleField = (typeof ROLE_FIELDS)[number];
export const SUPPORT_LEVELS = ['l1', 'l2', 'l3'] as const;
export type SupportLevelKey = (typeof SUPPORT_LEVELS)[number];

export interface EnvironmentDraft {
  name: string;
  url: string;
  hosting: string;
  region: string;
}

export interface WindowDraft {
  days: string;
  start: string;
  durationMinutes: string;
  timezone: string;
}

export const DICT_AXES = ['d', 'i', 'c', 't'] as const;
export type DictAxis = (typeof DICT_AXES)[number];

export interface FreezeDraft {
  from: string;
  to: string;
  reason: string;
}

export interface VendorDraft {
  name: string;
  contractUrl: string;
  supportExpiresAt: string;
}

export interface MetadataDraft {
  dict: Record<DictAxis, string>;
  personalData?: 'yes' | 'no';
  alertingSource: string;
  alertingUrl: string;
  itsmCi: string;
  itsmAssignmentGroup: string;
  trainedPeople: string;
  freezePeriods: FreezeDraft[];
  vendors: VendorDraft[];
  tier?: Tier;
  stateful?: 'yes' | 'no';
  serviceHours: string;
  businessHours: string;
  offHours?: OffHours;
  slaAvailability: string;
  p1Response: string;
  p1Restore: string;
  slaAgreedAt: string;
  slaDocUrl: string;
  sloAvailability: string;
  sloLatency: string;
  sloOwner: string;
  rto: string;
  rpo: string;
  drStrategy?: DrStrategy;
  continuityAgreedBy: string;
  continuityAgreedAt: string;
  environments: EnvironmentDraft[];
  maintenanceWindows: WindowDraft[];
  roles: Record<RoleField, string>;
  support: Record<SupportLevelKey, { group: string; hours: string }>;
  onCallProvider?: OnCallProvider;
  onCallReference: string;
  onCallSchedule: string;
  notes: string;
}

const str = (v: unknown) => (v === undefined || v === null ? '' : String(v));

function yesNo(value?: boolean): 'yes' | 'no' | undefined {
  if (value === undefined) {
    return undefined;
  }
  return value ? 'yes' : 'no';
}

export function toDraft(m: OperationalMetadata = {}): MetadataDraft {
  return {
    dict: {
      d: str(m.dict?.d),
      i: str(m.dict?.i),
      c: str(m.dict?.c),
      t: str(m.dict?.t),
    },
    personalData: yesNo(m.dict?.personalData),
    alertingSource: str(m.alerting?.source),
    alertingUrl: str(m.alerting?.url),
    itsmCi: str(m.itsm?.ci),
    itsmAssignmentGroup: str(m.itsm?.assignmentGroup),
    trainedPeople: str(m.trainedPeople),
    freezePeriods: (m.freezePeriods ?? []).map(f => ({
      from: str(f.from).slice(0, 10),
      to: str(f.to).slice(0, 10),
      reason: str(f.reason),
    })),
    vendors: (m.vendors ?? []).map(v => ({
      name: str(v.name),
      contractUrl: str(v.contractUrl),
      supportExpiresAt: str(v.supportExpiresAt).slice(0, 10),
    })),
    tier: m.tier,
    stateful: yesNo(m.stateful),
    serviceHours: str(m.serviceHours),
    businessHours: str(m.supportHours?.businessHours),
    offHours: m.supportHours?.offHours,
    slaAvailability: str(m.sla?.availability),
    p1Response: str(m.sla?.p1ResponseMinutes),
    p1Restore: str(m.sla?.p1RestoreMinutes),
    slaAgreedAt: str(m.sla?.agreedAt).slice(0, 10),
    slaDocUrl: str(m.sla?.docUrl),
    sloAvailability: str(m.slo?.availability),
    sloLatency: str(m.slo?.latencyP99Ms),
    sloOwner: str(m.slo?.owner),
    rto: str(m.continuity?.rtoMinutes),
    rpo: str(m.continuity?.rpoMinutes),
    drStrategy: m.continuity?.drStrategy,
    continuityAgreedBy: str(m.continuity?.agreedBy),
    continuityAgreedAt: str(m.continuity?.agreedAt).slice(0, 10),
    environments: (m.environments ?? []).map(e => ({
      name: str(e.name),
      url: str(e.url),
      hosting: str(e.hosting),
      region: str(e.region),
    })),
    maintenanceWindows: (m.maintenanceWindows ?? []).map(w => ({
      days: str(w.days),
      start: str(w.start),
      durationMinutes: str(w.durationMinutes),
      timezone: str(w.timezone),
    })),
    roles: {
      poa: str(m.roles?.poa),
      opsOwner: str(m.roles?.opsOwner),
      businessOwner: str(m.roles?.businessOwner),
      serviceOwner: str(m.roles?.serviceOwner),
      securityApprover: str(m.roles?.securityApprover),
    },
    support: {
      l1: {
        group: str(m.support?.l1?.group),
        hours: str(m.support?.l1?.hours),
      },
      l2: {
        group: str(m.support?.l2?.group),
        hours: str(m.support?.l2?.hours),
      },
      l3: {
        group: str(m.support?.l3?.group),
        hours: str(m.support?.l3?.hours),
      },
    },
    onCallProvider: m.onCall?.provider,
    onCallReference: str(m.onCall?.reference),
    onCallSchedule: str(m.onCall?.scheduleUrl),
    notes: str(m.notes),
  };
}

/** Drops undefined and empty-string values; returns undefined for an object left empty. */
function compact<T extends object>(obj: T): T | undefined {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) {
    if (v !== undefined && v !== '') {
      out[k] = v;
    }
  }
  return Object.keys(out).length ? (out as T) : undefined;
}

const text = (v: string) => (v.trim() ? v.trim() : undefined);
const num = (v: string) => parseNumber(v);

/** Builds the metadata to PUT: the edited fields over the stored record (unknown fields are kept). */
export function fromDraft(
  d: MetadataDraft,
  base: OperationalMetadata = {},
): OperationalMetadata {
  const m: Record<string, unknown> = { ...base };
  const put = (key: string, value: unknown) => {
    if (value === undefined) {
      delete m[key];
    } else {
      m[key] = value;
    }
  };
  put('tier', d.tier);
  put('stateful', d.stateful === undefined ? undefined : d.stateful === 'yes');
  put('serviceHours', text(d.serviceHours));
  put(
    'supportHours',
    compact({
      ...base.supportHours,
      businessHours: text(d.businessHours),
      offHours: d.offHours,
    }),
  );
  put(
    'sla',
    compact({
      ...base.sla,
      availability: num(d.slaAvailability),
      p1ResponseMinutes: num(d.p1Response),
      p1RestoreMinutes: num(d.p1Restore),
      agreedAt: text(d.slaAgreedAt),
      docUrl: text(d.slaDocUrl),
    }),
  );
  put(
    'slo',
    compact({
      ...base.slo,
      availability: num(d.sloAvailability),
      latencyP99Ms: num(d.sloLatency),
      owner: text(d.sloOwner),
    }),
  );
  put(
    'continuity',
    compact({
      ...base.continuity,
      rtoMinutes: num(d.rto),
      rpoMinutes: num(d.rpo),
      drStrategy: d.drStrategy,
      agreedBy: text(d.continuityAgreedBy),
      agreedAt: text(d.continuityAgreedAt),
    }),
  );
  const environments = d.environments
    .map(e => ({
      name: e.name.trim(),
      ...compact({
        url: text(e.url),
        hosting: text(e.hosting),
        region: text(e.region),
      }),
    }))
    .filter(e => e.name || Object.keys(e).length > 1);
  put('environments', environments.length ? environments : undefined);
  const windows = d.maintenanceWindows.map(w => ({
    days: w.days.trim().toUpperCase().replace(/\s+/g, ''),
    start: w.start.trim(),
    durationMinutes: num(w.durationMinutes) ?? 0,
    ...compact({ timezone: text(w.timezone) }),
  }));
  put('maintenanceWindows', windows.length ? windows : undefined);
  put(
    'roles',
    compact({
      ...base.roles,
      poa: text(d.roles.poa),
      opsOwner: text(d.roles.opsOwner),
      businessOwner: text(d.roles.businessOwner),
      serviceOwner: text(d.roles.serviceOwner),
      securityApprover: text(d.roles.securityApprover),
    }),
  );
  const level = (k: SupportLevelKey) => {
    const group = text(d.support[k].group);
    const hours = text(d.support[k].hours);
    if (!group && !hours) {
      return undefined;
    }
    return { group: group ?? '', ...compact({ hours }) };
  };
  put(
    'support',
    compact({ l1: level('l1'), l2: level('l2'), l3: level('l3') }),
  );
  put(
    'onCall',
    compact({
      ...base.onCall,
      provider: d.onCallProvider,
      reference: text(d.onCallReference),
      scheduleUrl: text(d.onCallSchedule),
    }),
  );
  put(
    'dict',
    compact({
      ...base.dict,
      d: num(d.dict.d),
      i: num(d.dict.i),
      c: num(d.dict.c),
      t: num(d.dict.t),
      personalData:
        d.personalData === undefined ? undefined : d.personalData === 'yes',
    }),
  );
  put(
    'alerting',
    compact({
      ...base.alerting,
      source: text(d.alertingSource),
      url: text(d.alertingUrl),
    }),
  );
  put(
    'itsm',
    compact({
      ...base.itsm,
      ci: text(d.itsmCi),
      assignmentGroup: text(d.itsmAssignmentGroup),
    }),
  );
  put('trainedPeople', num(d.trainedPeople));
  const freezes = d.freezePeriods.map(f => ({
    from: f.from.trim(),
    to: f.to.trim(),
    ...compact({ reason: text(f.reason) }),
  }));
  put('freezePeriods', freezes.length ? freezes : undefined);
  const vendors = d.vendors.map(v => ({
    name: v.name.trim(),
    ...compact({
      contractUrl: text(v.contractUrl),
      supportExpiresAt: text(v.supportExpiresAt),
    }),
  }));
  put('vendors', vendors.length ? vendors : undefined);
  put('notes', text(d.notes));
  return m as OperationalMetadata;
}

export type MetadataErrors = Record<string, string>;

/** Messages used by {@link validateDraft}, so the caller can translate them. */
export interface ValidationMessages {
  required: string;
  url: string;
  date: string;
  percent: string;
  positiveInteger: string;
  positiveDuration: string;
  entityRef: string;
  time: string;
  weekdays: string;
  dictLevel: string;
  dateOrder: string;
}

/** Client-side checks; keys are the API paths of the fields (`sla.availability`, `environments.0.url`…). */
export function validateDraft(
  d: MetadataDraft,
  msg: ValidationMessages,
): MetadataErrors {
  const e: MetadataErrors = {};
  const percent = (path: string, v: string) => {
    if (!v.trim()) {
      return;
    }
    const n = parseNumber(v);
    if (n === undefined || n < 0 || n > 100) {
      e[path] = msg.percent;
    }
  };
  const wholeNumber = (path: string, v: string) => {
    if (!v.trim()) {
      return;
    }
    const n = parseNumber(v);
    if (n === undefined || n < 0 || !Number.isInteger(n)) {
      e[path] = msg.positiveInteger;
    }
  };
  const url = (path: string, v: string) => {
    if (v.trim() && !isHttpUrl(v)) {
      e[path] = msg.url;
    }
  };
  const date = (path: string, v: string) => {
    if (v.trim() && !isIsoDate(v)) {
      e[path] = msg.date;
    }
  };
  const ref = (path: string, v: string) => {
    if (v.trim() && !isEntityRef(v)) {
      e[path] = msg.entityRef;
    }
  };
  percent('sla.availability', d.slaAvailability);
  wholeNumber('sla.p1ResponseMinutes', d.p1Response);
  wholeNumber('sla.p1RestoreMinutes', d.p1Restore);
  date('sla.agreedAt', d.slaAgreedAt);
  url('sla.docUrl', d.slaDocUrl);
  percent('slo.availability', d.sloAvailability);
  wholeNumber('slo.latencyP99Ms', d.sloLatency);
  ref('slo.owner', d.sloOwner);
  wholeNumber('continuity.rtoMinutes', d.rto);
  wholeNumber('continuity.rpoMinutes', d.rpo);
  ref('continuity.agreedBy', d.continuityAgreedBy);
  date('continuity.agreedAt', d.continuityAgreedAt);
  d.environments.forEach((env, i) => {
    if (!env.name.trim()) {
      e[`environments.${i}.name`] = msg.required;
    }
    url(`environments.${i}.url`, env.url);
  });
  d.maintenanceWindows.forEach((w, i) => {
    if (!isWeekdays(w.days)) {
      e[`maintenanceWindows.${i}.days`] = w.days.trim()
        ? msg.weekdays
        : msg.required;
    }
    if (!isTime(w.start)) {
      e[`maintenanceWindows.${i}.start`] = w.start.trim()
        ? msg.time
        : msg.required;
    }
    const n = parseNumber(w.durationMinutes);
    if (n === undefined || n <= 0 || !Number.isInteger(n)) {
      e[`maintenanceWindows.${i}.durationMinutes`] = msg.positiveDuration;
    }
  });
  for (const role of ROLE_FIELDS) {
    ref(`roles.${role}`, d.roles[role]);
  }
  for (const level of SUPPORT_LEVELS) {
    const s = d.support[level];
    if (s.hours.trim() && !s.group.trim()) {
      e[`support.${level}.group`] = msg.required;
    }
    ref(`support.${level}.group`, s.group);
  }
  url('onCall.scheduleUrl', d.onCallSchedule);
  for (const axis of DICT_AXES) {
    const v = d.dict[axis];
    const n = parseNumber(v);
    if (
      v.trim() &&
      (n === undefined || !Number.isInteger(n) || n < 0 || n > 4)
    ) {
      e[`dict.${axis}`] = msg.dictLevel;
    }
  }
  url('alerting.url', d.alertingUrl);
  wholeNumber('trainedPeople', d.trainedPeople);
  d.freezePeriods.forEach((f, i) => {
    for (const key of ['from', 'to'] as const) {
      if (!f[key].trim()) {
        e[`freezePeriods.${i}.${key}`] = msg.required;
      } else {
        date(`freezePeriods.${i}.${key}`, f[key]);
      }
    }
    if (isIsoDate(f.from) && isIsoDate(f.to) && f.to < f.from) {
      e[`freezePeriods.${i}.to`] = msg.dateOrder;
    }
  });
  d.vendors.forEach((v, i) => {
    if (!v.name.trim()) {
      e[`vendors.${i}.name`] = msg.required;
    }
    url(`vendors.${i}.contractUrl`, v.contractUrl);
    date(`vendors.${i}.supportExpiresAt`, v.supportExpiresAt);
  });
  return e;
}

/** Normalises a server field path: `/metadata/sla/availability`, `metadata.sla.availability`, `sla.availability`. */
export function normalizeFieldPath(path: string): string {
  let p = path.trim();
  if (p.startsWith('/')) {
    p = p.slice(1).split('/').join('.');
  }
  p = p.replace(/\[(\d+)\]/g, '.$1');
  if (p.startsWith('metadata.')) {
    p = p.slice('metadata.'.length);
  }
  return p;
}

/** The repeatable parts of the draft, edited as one fieldset per row. */
export type DraftListKey =
  | 'environments'
  | 'maintenanceWindows'
  | 'freezePeriods'
  | 'vendors';

type DraftRow<K extends DraftListKey> = MetadataDraft[K][number];

const EMPTY_ROWS: { [K in DraftListKey]: () => DraftRow<K> } = {
  environments: () => ({ name: '', url: '', hosting: '', region: '' }),
  maintenanceWindows: () => ({
    days: '',
    start: '',
    durationMinutes: '',
    timezone: '',
  }),
  freezePeriods: () => ({ from: '', to: '', reason: '' }),
  vendors: () => ({ name: '', contractUrl: '', supportExpiresAt: '' }),
};

/** The draft with one field of one row of a list changed. */
export function editRow<K extends DraftListKey>(
  draft: MetadataDraft,
  list: K,
  index: number,
  key: keyof DraftRow<K>,
  value: string,
): MetadataDraft {
  const rows = draft[list] as DraftRow<K>[];
  return {
    ...draft,
    [list]: rows.map((row, j) =>
      j === index ? { ...row, [key]: value } : row,
    ),
  };
}

/** The draft without one row of a list. */
export function removeRow(
  draft: MetadataDraft,
  list: DraftListKey,
  index: number,
): MetadataDraft {
  const rows = draft[list] as unknown[];
  return { ...draft, [list]: rows.filter((_, j) => j !== index) };
}

/** The draft with an empty row added at the end of a list. */
export function addRow(
  draft: MetadataDraft,
  list: DraftListKey,
): MetadataDraft {
  const rows = draft[list] as unknown[];
  return { ...draft, [list]: [...rows, EMPTY_ROWS[list]()] };
}
