/*
 * Test helper: reads catalog YAML files and adds the relations the catalog's processors would add
 * (ownedBy, partOf, dependsOn, providesApi, consumesApi, memberOf), so tests see entities as the catalog serves them.
 */
import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';

export const REPO_ROOT = path.resolve(__dirname, '../../../..');

export function readCatalogFile(file: string): Entity[] {
  return YAML.parseAllDocuments(fs.readFileSync(file, 'utf8'))
    .map(doc => doc.toJSON() as Entity)
    .filter(e => e && typeof e === 'object' && e.kind && e.metadata);
}

function ref(value: unknown, defaultKind: string, namespace: string) {
  if (typeof value !== 'string' || !value) return undefined;
  try {
    return stringifyEntityRef(
      parseEntityRef(value, { defaultKind, defaultNamespace: namespace }),
    );
  } catch {
    return undefined;
  }
}

export function withRelations(entity: Entity): Entity {
  const namespace = entity.metadata.namespace ?? 'default';
  const spec = (entity.spec ?? {}) as Record<string, any>;
  const relations: Array<{ type: string; targetRef: string }> = [];
  const add = (type: string, target: string | undefined) => {
    if (target) relations.push({ type, targetRef: target });
  };
  add('ownedBy', ref(spec.owner, 'group', namespace));
  add('partOf', ref(spec.system, 'system', namespace));
  if (entity.kind === 'System')
    add('partOf', ref(spec.domain, 'domain', namespace));
  for (const d of spec.dependsOn ?? [])
    add('dependsOn', ref(d, 'component', namespace));
  for (const a of spec.providesApis ?? [])
    add('providesApi', ref(a, 'api', namespace));
  for (const a of spec.consumesApis ?? [])
    add('consumesApi', ref(a, 'api', namespace));
  for (const g of spec.memberOf ?? [])
    add('memberOf', ref(g, 'group', namespace));
  return {
    ...entity,
    metadata: { namespace, ...entity.metadata },
    relations,
  };
}

/** The demo catalog of examples/ (without the operational data file). */
export function readDemoCatalog(): Entity[] {
  return ['org', 'systems', 'components', 'apis', 'resources'].flatMap(name =>
    readCatalogFile(path.join(REPO_ROOT, 'examples', `${name}.yaml`)).map(
      withRelations,
    ),
  );
}
