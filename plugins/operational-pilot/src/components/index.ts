export { EntityOperationalPilotContent } from './EntityTab/EntityOperationalPilotContent';
export { EntityReadinessCard } from './Cards/EntityReadinessCard';
export { EntityOwnersCard } from './Cards/EntityOwnersCard';
export { PortfolioPage } from './Portfolio/PortfolioPage';
export { LegacyPortfolioPage } from './Portfolio/LegacyPortfolioPage';
