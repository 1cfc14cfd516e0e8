import { useEffect, type ReactNode } from 'react';
import { ReactRouterV6PageRouter } from '@backstage/frontend-adapter-react-router-v6';
import { useAppSearchParams } from '@backstage/frontend-plugin-api';
import { Container } from '@backstage/ui';
import { PortfolioContent } from './PortfolioContent';
import { FILTER_KEYS } from './portfolioQuery';

/** Filters an app sets for the page (extension config), e.g. `{ tier: ['T1'], verdict: ['not-ready'] }`. */
export type PortfolioDefaultFilters = Partial<
  Record<(typeof FILTER_KEYS)[number], string | string[]>
>;

/** Applies the configured filters when the URL has none (a link with its own filters wins). */
function DefaultFilters(props: {
  filters?: PortfolioDefaultFilters;
  children: ReactNode;
}) {
  const [params, setParams] = useAppSearchParams();
  const hasFilter = FILTER_KEYS.some(key => params.has(key));
  const defaults = props.filters;
  const pending = !hasFilter && !!defaults && Object.keys(defaults).length > 0;
  useEffect(() => {
    if (pending && defaults) {
      const next: Record<string, string | string[]> = {};
      params.forEach((value, key) => {
        next[key] = value;
      });
      for (const [key, value] of Object.entries(defaults)) {
        if (value !== undefined) {
          next[key] = value;
        }
      }
      setParams(next, { replace: true });
    }
    // Only on arrival: clearing the filters afterwards must not bring the defaults back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return <>{props.children}</>;
}

/**
 * NFS page body: the app's page layout provides the header, so this renders content only. The router adapter
 * gives the catalog links (React Router based) their context explicitly.
 */
export function PortfolioPage(props: {
  defaultFilters?: PortfolioDefaultFilters;
}) {
  return (
    <ReactRouterV6PageRouter>
      <Container>
        <DefaultFilters filters={props.defaultFilters}>
          <PortfolioContent />
        </DefaultFilters>
      </Container>
    </ReactRouterV6PageRouter>
  );
}
