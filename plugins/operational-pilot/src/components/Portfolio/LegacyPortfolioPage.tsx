import { Content, Header, Page } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { operationalPilotTranslationRef } from '../../translation';
import { PortfolioContent } from './PortfolioContent';

/** Legacy (old frontend system) page: renders its own page shell and header. */
export function LegacyPortfolioPage() {
  const { t } = useTranslationRef(operationalPilotTranslationRef);
  return (
    <Page themeId="tool">
      <Header title={t('portfolio.title')} subtitle={t('portfolio.subtitle')} />
      <Content>
        <PortfolioContent />
      </Content>
    </Page>
  );
}
