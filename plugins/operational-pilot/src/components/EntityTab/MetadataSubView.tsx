import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router-dom';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { Alert } from '@backstage/ui';
import { operationalPilotTranslationRef } from '../../translation';
import { MetadataSection } from '../Metadata/MetadataSection';
import { OwnersSection } from '../Owners/OwnersSection';
import sharedStyles from '../shared/shared.module.css';
import { useEntityPilot } from './EntityPilotContext';
import { fieldFromHash } from './hashTargets';

/** How long to look for the field while the editor loads. */
const FIND_FIELD_MS = 3000;

function fieldSelector(field: string) {
  const name =
    typeof CSS !== 'undefined' && CSS.escape ? CSS.escape(field) : field;
  return `[name="${name}"], [data-field="${name}"]`;
}

/**
 * Brings the field a link names into view: focuses its input and outlines it. The editor renders after its data
 * loads, so the field is looked for until it appears.
 */
function useFieldFocus(
  container: React.RefObject<HTMLElement>,
  field: string | undefined,
) {
  useEffect(() => {
    if (!field) {
      return undefined;
    }
    let highlighted: Element | undefined;
    const started = Date.now();
    const find = () => {
      const input = container.current?.querySelector<HTMLElement>(
        fieldSelector(field),
      );
      if (!input) {
        return Date.now() - started > FIND_FIELD_MS;
      }
      highlighted =
        input.closest('[class*="Field"], [data-field]') ??
        input.parentElement ??
        input;
      highlighted.classList.add(sharedStyles.highlight);
      input.scrollIntoView?.({ block: 'center' });
      input.focus({ preventScroll: true });
      return true;
    };
    if (find()) {
      return () => highlighted?.classList.remove(sharedStyles.highlight);
    }
    const timer = setInterval(() => find() && clearInterval(timer), 100);
    return () => {
      clearInterval(timer);
      highlighted?.classList.remove(sharedStyles.highlight);
    };
  }, [container, field]);
}

/**
 * The Metadata sub-view: operational metadata and the owners and roles it assigns. A link to a field
 * (`metadata#field=slo.availability`) opens the editor on that field for a user who may edit.
 */
export function MetadataSubView() {
  const { t } = useTranslationRef(operationalPilotTranslationRef);
  const { permissions } = useEntityPilot();
  const field = fieldFromHash(useLocation().hash);
  const container = useRef<HTMLDivElement>(null);
  useFieldFocus(container, field);
  return (
    <div ref={container} style={{ display: 'contents' }}>
      {field ? (
        <Alert
          status={permissions.editOperations ? 'info' : 'warning'}
          icon
          title={t('tab.fieldFocus', { field })}
          description={
            permissions.editOperations
              ? undefined
              : t('tab.fieldReadOnly', { field })
          }
        />
      ) : null}
      <MetadataSection
        key={`${field ?? ''}:${permissions.editOperations}`}
        startEditing={!!field && permissions.editOperations}
      />
      <OwnersSection />
    </div>
  );
}
