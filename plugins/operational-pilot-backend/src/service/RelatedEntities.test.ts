import type { Entity } from '@backstage/catalog-model';
import { recordingRelatedCatalog } from '../__testUtils__/evaluationFixtures';
import { RelatedEntities } from './EvaluationService';

const catalogOf = recordingRelatedCatalog;

const group: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: 'team-a' },
  spec: { type: 'team', children: [] },
};

describe('RelatedEntities', () => {
  it('reads each referenced entity once per pass, absent ones included', async () => {
    const { catalog, reads } = catalogOf({ 'group:default/team-a': group });
    const related = new RelatedEntities(catalog);

    const first = await related.get([
      'group:default/team-a',
      'group:default/gone',
    ]);
    const second = await related.get([
      'group:default/team-a',
      'group:default/gone',
      'system:default/payments',
    ]);

    expect(first['group:default/team-a']).toBe(group);
    expect(first['group:default/gone']).toBeNull();
    expect(second['system:default/payments']).toBeNull();
    expect(Object.keys(second)).toHaveLength(3);
    // The second batch only asked for what the first had not read.
    expect(reads).toEqual([
      ['group:default/team-a', 'group:default/gone'],
      ['system:default/payments'],
    ]);
  });

  it('makes no catalog call when everything was read already', async () => {
    const { catalog, reads } = catalogOf({ 'group:default/team-a': group });
    const related = new RelatedEntities(catalog);
    await related.get(['group:default/team-a']);
    await related.get(['group:default/team-a']);
    await related.get([]);
    expect(reads).toHaveLength(1);
  });
});
