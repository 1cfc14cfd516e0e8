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

function formatDays(n: number, lang: string): string {
  if (isFrench(lang)) {
    return `${n} jour${Math.abs(n) >= 2 ? 's' : ''}`;
  }
  return `${n} day${n === 1 ? '' : 's'}`;
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

const STATUS_TEXT: Record<MessageLanguage, Record<string, string>> = {
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
};

/** Several messages shown as one (joined with "; "). A single message is returned as is. */
export function combineMessages(messages: Message[]): Message {
  if (messages.length === 1) {
    return messages[0];
  }
  let params: Record<string, string | number> = { count: messages.length };
  messages.forEach((m, i) => {
    params = { ...params, ...nestMessage(String(i), m) };
  });
  return { key: 'combined', params };
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
  if (message.key === 'combined') {
    const count = Number(params.count) || 0;
    const parts: string[] = [];
    for (let i = 0; i < count; i++) {
      parts.push(
        renderMessage(
          {
            key: String(params[String(i)]),
            params: nestedParams(params, String(i)),
          },
          lang,
        ),
      );
    }
    return parts.join(catalogue.combined);
  }
  const template = catalogue[message.key];
  if (template === undefined) {
    return message.key;
  }
  return template.replace(
    /\{([A-Za-z0-9_.]+)(?::([a-z]+))?\}/g,
    (whole, name: string, format: string | undefined) => {
      const value = params[name];
      if (value === undefined) {
        return whole;
      }
      switch (format) {
        case 'date':
          return formatDate(String(value), lang);
        case 'days':
          return formatDays(Number(value), lang);
        case 'list':
          return splitList(String(value)).join(', ');
        case 'or':
          return splitList(String(value)).join(
            isFrench(lang) ? ' ou ' : ' or ',
          );
        case 'status':
          return (
            STATUS_TEXT[isFrench(lang) ? 'fr' : 'en'][String(value)] ??
            String(value)
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
