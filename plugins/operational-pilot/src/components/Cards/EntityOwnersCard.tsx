import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { Progress } from '@backstage/core-components';
import { useApi, useTranslationRef } from '@backstage/frontend-plugin-api';
import { Card, CardBody, CardHeader, Text } from '@backstage/ui';
import { getErrorStatus } from '@operational-pilot/backstage-plugin-common';
import { operationalPilotApiRef } from '../../api';
import { operationalPilotTranslationRef } from '../../translation';
import { OwnersList } from '../Owners/OwnersList';
import { ErrorView } from '../shared/ErrorView';
import { useEntityTarget } from '../shared/useEntityTarget';

/**
 * Who holds the run roles of the current entity (dev owner, ops owner, POA, business owner, support, on-call).
 *
 * @public
 */
export function EntityOwnersCard() {
  const { t } = useTranslationRef(operationalPilotTranslationRef);
  const api = useApi(operationalPilotApiRef);
  const { entity, target } = useEntityTarget();
  const state = useAsyncRetry(() => api.getOperations(target), [api, target]);

  let body;
  if (state.error && getErrorStatus(state.error) !== 404) {
    body = <ErrorView error={state.error} onRetry={state.retry} />;
  } else if (state.loading && !state.value) {
    body = <Progress />;
  } else {
    body = (
      <OwnersList
        entity={entity}
        metadata={state.value?.record.metadata}
        compact
      />
    );
  }
  return (
    <Card>
      <CardHeader>
        <Text as="h2" variant="title-x-small">
          {t('cards.ownersTitle')}
        </Text>
      </CardHeader>
      <CardBody>{body}</CardBody>
    </Card>
  );
}
