import { Progress } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { Text } from '@backstage/ui';
import { operationalPilotTranslationRef } from '../../translation';
import { ErrorView } from '../shared/ErrorView';
import { Panel, Section } from '../shared/Section';
import { useEntityPilot } from '../EntityTab/EntityPilotContext';
import { OwnersList } from './OwnersList';

export function OwnersSection() {
  const { t } = useTranslationRef(operationalPilotTranslationRef);
  const { entity, operations, permissions } = useEntityPilot();
  let body;
  if (operations.error && !operations.value) {
    body = <ErrorView error={operations.error} onRetry={operations.reload} />;
  } else if (!operations.value && operations.loading) {
    body = <Progress />;
  } else {
    body = (
      <>
        <OwnersList
          entity={entity}
          metadata={operations.value?.record.metadata}
        />
        {permissions.editOperations ? (
          <Text as="p" variant="body-small" color="secondary">
            {t('owners.editHint')}
          </Text>
        ) : null}
      </>
    );
  }
  return (
    <Section id="operational-pilot-owners" title={t('owners.heading')}>
      <Panel>{body}</Panel>
    </Section>
  );
}
