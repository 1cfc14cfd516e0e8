import { ApiBlueprint } from '@backstage/frontend-plugin-api';
import { createExtensionTester } from '@backstage/frontend-test-utils';
import { catalogGraphApi } from './index';

describe('catalogGraphApi', () => {
  it('knows and draws the POA and ops owner relations beside the catalog ones', () => {
    const tester = createExtensionTester(catalogGraphApi);
    const api = tester.get(ApiBlueprint.dataRefs.factory).factory({}) as any;
    expect(api.knownRelations).toEqual(
      expect.arrayContaining([
        'ownedBy',
        'hasPoa',
        'poaOf',
        'hasOpsOwner',
        'opsOwnerOf',
      ]),
    );
    expect(api.defaultRelations).toEqual(
      expect.arrayContaining(['hasPoa', 'poaOf']),
    );
    expect(api.knownRelationPairs).toEqual(
      expect.arrayContaining([
        ['ownerOf', 'ownedBy'],
        ['hasPoa', 'poaOf'],
        ['hasOpsOwner', 'opsOwnerOf'],
      ]),
    );
  });
});
