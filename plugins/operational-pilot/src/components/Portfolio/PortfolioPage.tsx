import { ReactRouterV6PageRouter } from '@backstage/frontend-adapter-react-router-v6';
import { Container } from '@backstage/ui';
import { PortfolioContent } from './PortfolioContent';

/**
 * NFS page body: the app's page layout provides the header, so this renders content only. The router adapter
 * gives the catalog links (React Router based) their context explicitly.
 */
export function PortfolioPage() {
  return (
    <ReactRouterV6PageRouter>
      <Container>
        <PortfolioContent />
      </Container>
    </ReactRouterV6PageRouter>
  );
}
