export { buildDossierDocument } from './document';
export type { DossierData, DossierDocument } from './document';
export {
  escapeHtml,
  escapeMarkdown,
  renderDossierHtml,
  renderDossierMarkdown,
} from './render';
export { dossierLang, dossierStrings, DOSSIER_LANGS } from './strings';
export type { DossierLang } from './strings';
export { DossierService } from './DossierService';
