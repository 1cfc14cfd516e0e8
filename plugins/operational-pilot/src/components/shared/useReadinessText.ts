import { useTranslationRef } from '@backstage/frontend-plugin-api';
import {
  criterionText,
  messageCatalogue,
  renderMessage,
  type Message,
} from '@operational-pilot/backstage-plugin-common';
import { operationalPilotTranslationRef } from '../../translation';

/** What the engine says about a criterion: its text, and its reason as a catalogue message when it has one. */
interface CriterionLike {
  id: string;
  title: string;
  howToFix?: string;
  titleFr?: string;
  howToFixFr?: string;
  reason?: string;
  reasonMessage?: Message;
}

/**
 * Renders the engine's texts (criterion titles, how-to-fix, reasons, verdict reasons, missing signatures, window
 * conflicts, lifecycle mismatches) in the
 * app's language. The language comes from our translation ref (`plugin.contentLanguage`), so whatever switches the
 * plugin's messages (Settings, an app override) switches these too; the sentences themselves come from the message
 * catalogues in `-common`, shared with the backend (CSV, dossier). A sentence without a key stays as the server wrote it.
 */
export function useReadinessText() {
  const { t } = useTranslationRef(operationalPilotTranslationRef);
  const lang = t('plugin.contentLanguage');
  const sentences = (list: string[], messages?: Message[]) =>
    list.map((text, i) =>
      messages?.[i] ? renderMessage(messages[i], lang) : text,
    );
  const texts = (c: CriterionLike) =>
    criterionText({ ...c, howToFix: c.howToFix ?? '' }, lang);
  return {
    lang,
    title: (c: CriterionLike) => texts(c).title,
    howToFix: (c: CriterionLike) => texts(c).howToFix,
    reason: (c: CriterionLike) =>
      c.reasonMessage ? renderMessage(c.reasonMessage, lang) : c.reason ?? '',
    /** One of a list of sentences (`verdictReasons`, `missing`) with its parallel messages. */
    sentence: (text: string, message?: Message) =>
      message ? renderMessage(message, lang) : text,
    /** A list of sentences with its parallel messages (`windowConflicts`, `handoverMissing`…). */
    sentences,
    /** The same sentences on one line, joined as the engine joins them in this language ("; " / " ; "). */
    joined: (list: string[], messages?: Message[]) =>
      sentences(list, messages).join(messageCatalogue(lang).combined),
  };
}
