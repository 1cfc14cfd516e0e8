import { Container } from '@backstage/ui';
import { PortfolioContent } from './PortfolioContent';

/** NFS page body: the app's page layout provides the header, so this renders content only. */
export function PortfolioPage() {
  return (
    <Container>
      <PortfolioContent />
    </Container>
  );
}
