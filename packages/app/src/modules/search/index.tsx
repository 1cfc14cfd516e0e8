import { createFrontendModule } from '@backstage/frontend-plugin-api';
import { SearchFilterResultTypeBlueprint } from '@backstage/plugin-search-react/alpha';
import CategoryIcon from '@material-ui/icons/Category';
import AssignmentTurnedInIcon from '@material-ui/icons/AssignmentTurnedIn';

/*
 * The result types of the search page: the catalog (catalog collator) and the run readiness of every entity
 * (Operational Pilot's search module, documents of type `operational-pilot`, each opening the entity's
 * Operational pilot tab).
 */
export const catalogResultType = SearchFilterResultTypeBlueprint.make({
  name: 'software-catalog',
  params: {
    value: 'software-catalog',
    name: 'Software Catalog',
    icon: <CategoryIcon />,
  },
});

export const readinessResultType = SearchFilterResultTypeBlueprint.make({
  name: 'operational-pilot',
  params: {
    value: 'operational-pilot',
    name: 'Run readiness',
    icon: <AssignmentTurnedInIcon />,
  },
});

export const searchModule = createFrontendModule({
  pluginId: 'search',
  extensions: [catalogResultType, readinessResultType],
});
