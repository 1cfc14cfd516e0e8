/*
 * English sentences rendered when first read. Every explanation of the engine is a catalogue message with its
 * English rendering beside it (`reason` beside `reasonMessage`, `verdictReasons` beside `verdictReasonMessages`).
 * A refresh pass of a large catalog evaluates thousands of entities whose sentences nobody reads before they are
 * stored, and the store keeps the messages, not the sentences: rendering them eagerly was a fifth of a full
 * re-evaluation. So the English member is an enumerable accessor: JSON, spreads and equality see a plain string
 * (or list of strings), rendered from the message in place at the time of reading; assigning it stores the value.
 */
import { type Message, renderMessage } from './messages';

function renderEnglish(message: Message | Message[] | undefined) {
  if (message === undefined) return undefined;
  return Array.isArray(message)
    ? message.map(m => renderMessage(m, 'en'))
    : renderMessage(message, 'en');
}

const renderedMessages = new WeakMap<Message, string>();

/**
 * The English rendering of a message, memoised per message object: the getters of the engine's results call it
 * each time they are read.
 *
 * @public
 */
export function englishOf(message: Message): string {
  let text = renderedMessages.get(message);
  if (text === undefined) {
    text = renderMessage(message, 'en');
    renderedMessages.set(message, text);
  }
  return text;
}

/**
 * What the setter of a rendered member does: the assigned value replaces the accessor.
 *
 * @public
 */
export function replaceRendered(
  target: object,
  key: string,
  value: unknown,
): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/**
 * Gives `target` an English `textKey` rendered from its message (or list of messages) in `messageKey` when read,
 * once per message: when the message is replaced later, the text follows it.
 *
 * @public
 */
export function withEnglishText<T extends object>(
  target: T,
  textKey: string,
  messageKey: string,
): T {
  let renderedFrom: unknown;
  let text: unknown;
  Object.defineProperty(target, textKey, {
    enumerable: true,
    configurable: true,
    get(this: Record<string, unknown>) {
      const message = this[messageKey] as Message | Message[] | undefined;
      if (text === undefined || message !== renderedFrom) {
        renderedFrom = message;
        text = renderEnglish(message);
      }
      return text;
    },
    set(this: object, value: unknown) {
      replaceRendered(this, textKey, value);
    },
  });
  return target;
}

/**
 * The own enumerable members of `value` but `omitted`, without reading those (no accessor is rendered).
 *
 * @public
 */
export function omitMembers<T extends object>(
  value: T,
  omitted: readonly string[],
): Partial<T> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    if (!omitted.includes(key)) out[key] = (value as any)[key];
  }
  return out as Partial<T>;
}
