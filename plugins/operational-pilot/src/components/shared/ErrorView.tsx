import type { ReactNode } from 'react';
import { ResponseErrorPanel } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { Alert, Button } from '@backstage/ui';
import { getErrorStatus } from '@operational-pilot/backstage-plugin-common';
import { operationalPilotTranslationRef } from '../../translation';

/** Renders a failed load: 403 and 404 get plain-language panels, anything else the server's error. */
export function ErrorView(props: {
  error: Error;
  notFound?: ReactNode;
  onRetry?: () => void;
}) {
  const { t } = useTranslationRef(operationalPilotTranslationRef);
  const status = getErrorStatus(props.error);
  if (status === 404 && props.notFound) {
    return <>{props.notFound}</>;
  }
  if (status === 403) {
    return (
      <Alert
        status="danger"
        icon
        title={t('common.forbiddenTitle')}
        description={t('common.forbidden')}
      />
    );
  }
  return (
    <div>
      <ResponseErrorPanel error={props.error} />
      {props.onRetry ? (
        <Button variant="secondary" size="small" onPress={props.onRetry}>
          {t('common.retry')}
        </Button>
      ) : null}
    </div>
  );
}

/** Message for a failed write (shown inside dialogs and forms). */
export function useWriteErrorMessage() {
  const { t } = useTranslationRef(operationalPilotTranslationRef);
  return (error: unknown): string => {
    const status = getErrorStatus(error);
    if (status === 403) {
      return t('common.forbidden');
    }
    if (status === 412 || status === 409) {
      return t('common.conflict');
    }
    if (status === 428) {
      return t('common.preconditionRequired');
    }
    const cause = (error as { cause?: { message?: string } })?.cause?.message;
    const message = cause || (error as Error)?.message;
    return message || t('common.unknownError');
  };
}
