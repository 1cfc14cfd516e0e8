import { ROLE_FIELDS } from './entityData';
import type { CheckSpec } from './types';
import { RULES } from './vocabulary';

/** Operational metadata fields read by the built-in rules that take their input from the metadata. */
const RULE_FIELDS: Record<string, string[]> = {
  [RULES.onCallMapped]: ['serviceHours', 'supportHours.offHours'],
  [RULES.coverageMatchesServiceHours]: [
    'serviceHours',
    'supportHours.offHours',
  ],
  [RULES.vendorSupportValid]: ['vendors'],
  [RULES.enoughTrainedPeople]: ['trainedPeople'],
};

/**
 * The operational metadata fields (dotted paths into `OperationalMetadata`, e.g. `slo.availability`,
 * `roles.poa`) a check reads, in the order the check lists them, without duplicates. Lets the UI lead from a
 * failing criterion straight to the field that fixes it; empty when the check reads only the catalog or
 * attestations.
 *
 * @public
 */
export function checkMetadataFields(check: CheckSpec): string[] {
  const fields: string[] = [];
  const visit = (c: CheckSpec) => {
    switch (c.kind) {
      case 'metadata':
        fields.push(...c.fields);
        break;
      case 'roles':
        fields.push(...c.roles.map(role => ROLE_FIELDS[role].path));
        break;
      case 'rule':
        fields.push(...(RULE_FIELDS[c.rule] ?? []));
        break;
      case 'anyOf':
      case 'allOf':
        c.of.forEach(visit);
        break;
      default:
        break;
    }
  };
  visit(check);
  return [...new Set(fields)];
}
