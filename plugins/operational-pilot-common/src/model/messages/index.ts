/*
 * Machine-readable messages of the readiness engine and their rendering. The engine keeps its English sentences
 * (`reason`, `verdictReasons`, `missing`) for compatibility and adds a `Message` next to each, so any client can
 * render the same text in English or French from the catalogues below (plain data shared by backend and frontend).
 */
import type { CriterionDefinition } from '../types';
import { CRITERIA_FR } from './criteria.fr';
import { MESSAGES_EN, type MessageKey } from './en';
import { MESSAGES_FR } from './fr';

export { CRITERIA_FR, MESSAGES_EN, MESSAGES_FR };
export type { MessageKey };
export type { CriterionTextFr } from './criteria.fr';

/**
 * A sentence as a catalogue key and its parameters. List parameters are newline-separated strings, dates are ISO
 * days (`YYYY-MM-DD`); a nested message is the key in `name` and its params prefixed `name.`.
 *
 * @public
 */
export interface Message {
  key: string;
  params?: Record<string, string | number>;
}

/** Languages the catalogues cover. @public */
export type MessageLanguage = 'en' | 'fr';

/** The catalogue for a language (English for anything but French). @public */
export function messageCatalogue(lang: string): Record<string, string> {
  return isFrench(lang) ? MESSAGES_FR : MESSAGES_EN;
}

function isFrench(lang: string | undefined): boolean {
  return (lang ?? '').toLowerCase().startsWith('fr');
}

/** Separator of list parameters. */
export const LIST_SEPARATOR = '\n';

/** A list as a message parameter. */
export function listParam(items: readonly string[]): string {
  return items.join(LIST_SEPARATOR);
}

function splitList(value: string): string[] {
  return value === '' ? [] : value.split(LIST_SEPARATOR);
}

function formatDate(day: string, lang: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  return m && isFrench(lang) ? `${m[3]}/${m[2]}/${m[1]}` : day;
}

/** The params of a nested message `name` (those prefixed `name.`, without the prefix). */
function nestedParams(
  params: Record<string, string | number>,
  name: string,
): Record<string, string | number> {
  const prefix = `${name}.`;
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(params)) {
    if (k.startsWith(prefix)) {
      out[k.slice(prefix.length)] = v;
    }
  }
  return out;
}

/** The params of every nested message of a joiner (`0.x` → part `0`, param `x`), in one pass. */
function paramsByPart(
  params: Record<string, string | number>,
): Map<string, Record<string, string | number>> {
  const parts = new Map<string, Record<string, string | number>>();
  for (const [k, v] of Object.entries(params)) {
    const dot = k.indexOf('.');
    if (dot < 0) continue;
    const part = k.slice(0, dot);
    const own = parts.get(part) ?? {};
    own[k.slice(dot + 1)] = v;
    parts.set(part, own);
  }
  return parts;
}

/** Flattens a message into params under `name`, for a `{name:msg}` placeholder or a combined message. */
export function nestMessage(
  name: string,
  message: Message,
): Record<string, string | number> {
  const out: Record<string, string | number> = { [name]: message.key };
  for (const [k, v] of Object.entries(message.params ?? {})) {
    out[`${name}.${k}`] = v;
  }
  return out;
}

/** English text that has no catalogue key yet, as a message (shown as is in every language). */
export function textMessage(text: string): Message {
  return { key: 'text', params: { text } };
}

/** Params naming a criterion in both languages: `{id}`, `{title}` (English) and `{titleFr}`. */
export function criterionParams(c: {
  id: string;
  title: string;
  titleFr?: string;
}): Record<string, string> {
  return {
    id: c.id,
    title: c.title,
    titleFr: c.titleFr ?? CRITERIA_FR[c.id]?.title ?? c.title,
  };
}

/** French titles of the hand-over roles (English in releases.ts). */
export const HANDOVER_ROLE_TITLES_FR: Record<string, string> = {
  poa: 'POA',
  opsOwner: 'responsable d’exploitation',
  businessOwner: 'responsable métier',
  serviceOwner: 'responsable de service',
  owner: 'propriétaire',
};

/** Labels of the run roles (ROLE_FIELDS in entityData.ts) and of the catalog owner, per language. */
const ROLE_TEXT: Record<MessageLanguage, Record<string, string>> = {
  en: {
    poa: 'POA',
    opsOwner: 'ops owner',
    businessOwner: 'business owner',
    serviceOwner: 'service owner',
    securityApprover: 'security approver',
    supportL1: 'N1 support',
    supportL2: 'N2 support',
    supportL3: 'N3 support',
    owner: 'owner',
  },
  fr: {
    poa: 'POA',
    opsOwner: 'responsable d’exploitation',
    businessOwner: 'responsable métier',
    serviceOwner: 'responsable de service',
    securityApprover: 'autorité de sécurité',
    supportL1: 'support N1',
    supportL2: 'support N2',
    supportL3: 'support N3',
    owner: 'propriétaire',
  },
};

/** The label of a run role (`poa`, `opsOwner`…, or `owner`) in a language. */
export function roleLabel(role: string, lang: string = 'en'): string {
  return ROLE_TEXT[isFrench(lang) ? 'fr' : 'en'][role] ?? role;
}

/** French of the fixed evidence labels the engine gives (annotation keys and field paths are shown as they are). */
const EVIDENCE_LABELS_FR: Record<string, string> = {
  owner: 'propriétaire',
  'e-mail': 'e-mail',
  Status: 'Statut',
  POA: 'POA',
  'ops owner': "responsable d'exploitation",
  'business owner': 'responsable métier',
  'service owner': 'responsable de service',
  'security approver': 'approbateur sécurité',
  'N1 support': 'support N1',
  'N2 support': 'support N2',
  'N3 support': 'support N3',
  change: 'changement',
  'change type': 'type de changement',
  'approved on': 'approuvé le',
  approver: 'approbateur',
  report: 'rapport',
  'assessed by': 'évalué par',
  'countersigned by': 'contresigné par',
  'trained people': 'personnes formées',
  link: 'lien',
  chat: 'messagerie',
  evidence: 'preuve',
};

/**
 * An evidence label in a language: the engine's fixed labels ("owner", "assessed by", "signed as POA"…) are
 * translated; annotation keys and metadata field paths, which are identifiers, stay as they are.
 */
export function evidenceLabel(label: string, lang: string = 'en'): string {
  if (!isFrench(lang)) return label;
  const signed = /^signed as (.+)$/.exec(label);
  if (signed) {
    return `signé en tant que ${EVIDENCE_LABELS_FR[signed[1]] ?? signed[1]}`;
  }
  return EVIDENCE_LABELS_FR[label] ?? label;
}

/**
 * Enumerated values shown in sentences, per `{name:format}` format and language; a value not listed is shown as
 * is. An empty value stands for "none given" where the format lists `''`.
 */
const ENUM_TEXT: Record<
  string,
  Record<MessageLanguage, Record<string, string>>
> = {
  status: {
    en: {
      fail: 'fails',
      stale: 'is stale',
      unknown: 'is unknown',
      waived: 'is waived',
      grace: 'is in grace',
    },
    fr: {
      fail: 'échoue',
      stale: 'est périmé',
      unknown: 'est inconnu',
      waived: 'fait l’objet d’une dérogation',
      grace: 'est en période de grâce',
    },
  },
  changeType: {
    en: {},
    fr: { emergency: 'urgent' },
  },
  approval: {
    en: { '': 'no approval recorded' },
    fr: {
      '': 'aucune approbation enregistrée',
      pending: 'en attente',
      approved: 'approuvé',
      rejected: 'refusé',
    },
  },
  releaseKind: {
    en: {},
    fr: {
      major: 'majeures',
      minor: 'mineures',
      patch: 'correctives',
      hotfix: 'de correctif urgent',
    },
  },
  role: ROLE_TEXT,
  person: { en: { '': 'unknown' }, fr: { '': 'inconnu' } },
  vendor: {
    en: { '': 'unnamed vendor' },
    fr: { '': 'fournisseur sans nom' },
  },
  entityKind: { en: { '': 'This' }, fr: { '': 'de ce type' } },
};

/** `{n:unit}` formats: singular and plural (English: singular for 1; French: singular below 2). */
const UNIT_TEXT: Record<string, Record<MessageLanguage, [string, string]>> = {
  days: { en: ['day', 'days'], fr: ['jour', 'jours'] },
  trainedPeople: {
    en: ['trained person', 'trained people'],
    fr: ['personne formée', 'personnes formées'],
  },
  exitCriteria: {
    en: ['exit criterion', 'exit criteria'],
    fr: ['critère de sortie', 'critères de sortie'],
  },
};

function formatUnit(n: number, unit: string, lang: string): string {
  const fr = isFrench(lang);
  const [one, many] = UNIT_TEXT[unit][fr ? 'fr' : 'en'];
  const singular = fr ? Math.abs(n) < 2 : n === 1;
  return `${n} ${singular ? one : many}`;
}

/**
 * Keys that join nested messages (params `count`, `0`, `1`…) with their own template as the separator:
 * `combined` with "; ", `commaList` with ", ".
 */
export const JOINER_KEYS: readonly string[] = ['combined', 'commaList'];

/**
 * Several messages shown as one, joined with "; " (`combined`) or ", " (`commaList`). A single message is returned
 * as is.
 */
export function combineMessages(
  messages: Message[],
  joiner: 'combined' | 'commaList' = 'combined',
): Message {
  if (messages.length === 1) {
    return messages[0];
  }
  // One object filled in place: spreading it once per message is quadratic in long lists (blockers of an entity).
  const params: Record<string, string | number> = { count: messages.length };
  messages.forEach((m, i) => Object.assign(params, nestMessage(String(i), m)));
  return { key: joiner, params };
}

/**
 * Renders a message in a language ('en', 'fr', or a locale such as 'fr-FR'); an unknown key renders as the key
 * itself, so a client never shows nothing.
 *
 * @public
 */
export function renderMessage(message: Message, lang: string = 'en'): string {
  const catalogue = messageCatalogue(lang);
  const params = message.params ?? {};
  if (JOINER_KEYS.includes(message.key)) {
    const count = Number(params.count) || 0;
    // Params of every part in one pass (not one scan of all params per part).
    const byPart = paramsByPart(params);
    const parts: string[] = [];
    for (let i = 0; i < count; i++) {
      parts.push(
        renderMessage(
          { key: String(params[String(i)]), params: byPart.get(String(i)) },
          lang,
        ),
      );
    }
    return parts.join(catalogue[message.key]);
  }
  const template = catalogue[message.key];
  if (template === undefined) {
    return message.key;
  }
  return template.replace(
    /\{([A-Za-z0-9_.]+)(?::([A-Za-z]+))?\}/g,
    (whole, name: string, format: string | undefined) => {
      const value = params[name];
      if (value === undefined) {
        return whole;
      }
      if (format && ENUM_TEXT[format]) {
        // A list (newline-separated) is mapped item by item; an empty value is one item ("none given").
        const names = ENUM_TEXT[format][isFrench(lang) ? 'fr' : 'en'];
        return String(value)
          .split(LIST_SEPARATOR)
          .map(item => names[item] ?? item)
          .join(', ');
      }
      if (format && UNIT_TEXT[format]) {
        return formatUnit(Number(value), format, lang);
      }
      switch (format) {
        case 'date':
          return formatDate(String(value), lang);
        case 'list':
          return splitList(String(value)).join(', ');
        case 'or':
          return splitList(String(value)).join(
            isFrench(lang) ? ' ou ' : ' or ',
          );
        case 'and':
          return splitList(String(value)).join(
            isFrench(lang) ? ' et ' : ' and ',
          );
        case 'json':
          return JSON.stringify(String(value));
        case 'msg':
          return renderMessage(
            { key: String(value), params: nestedParams(params, name) },
            lang,
          );
        default:
          return String(value);
      }
    },
  );
}

/** The texts of a criterion a client shows, in a language; custom criteria bring `titleFr`/`howToFixFr`. */
export function criterionText(
  criterion: Pick<CriterionDefinition, 'id' | 'title' | 'howToFix'> & {
    titleFr?: string;
    howToFixFr?: string;
  },
  lang: string = 'en',
): { title: string; howToFix: string } {
  if (!isFrench(lang)) {
    return { title: criterion.title, howToFix: criterion.howToFix };
  }
  const fr = CRITERIA_FR[criterion.id];
  return {
    title: criterion.titleFr ?? fr?.title ?? criterion.title,
    howToFix: criterion.howToFixFr ?? fr?.howToFix ?? criterion.howToFix,
  };
}
