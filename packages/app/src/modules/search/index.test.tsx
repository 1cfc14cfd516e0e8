import { createExtensionTester } from '@backstage/frontend-test-utils';
import { SearchFilterResultTypeBlueprint } from '@backstage/plugin-search-react/alpha';
import { catalogResultType, readinessResultType } from './index';

describe('search result types', () => {
  it('offers the catalog and the run readiness documents on the search page', () => {
    const readiness = createExtensionTester(readinessResultType).get(
      SearchFilterResultTypeBlueprint.dataRefs.resultType,
    );
    expect(readiness).toEqual(
      expect.objectContaining({
        value: 'operational-pilot',
        name: 'Run readiness',
      }),
    );
    // Attached to the search page's result types.
    expect((readinessResultType as any).attachTo).toEqual(
      expect.objectContaining({ id: 'page:search' }),
    );
    expect(
      createExtensionTester(catalogResultType).get(
        SearchFilterResultTypeBlueprint.dataRefs.resultType,
      ).value,
    ).toBe('software-catalog');
  });
});
