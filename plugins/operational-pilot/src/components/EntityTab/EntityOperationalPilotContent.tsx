import type { ReactNode } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { ReactRouterV6PageRouter } from '@backstage/frontend-adapter-react-router-v6';
import { EmptyState, Progress } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { Text } from '@backstage/ui';
import { operationalPilotTranslationRef } from '../../translation';
import { ActionsSection } from '../Actions/ActionsSection';
import { AttestationsSection } from '../Attestations/AttestationsSection';
import { HistorySection } from '../History/HistorySection';
import { ReleasesSection } from '../Releases/ReleasesSection';
import { ReleaseWorkspace } from '../Releases/ReleaseWorkspace';
import { ErrorView } from '../shared/ErrorView';
import sharedStyles from '../shared/shared.module.css';
import { useClearNotifications } from '../shared/useNotify';
import { CriterionDialogsProvider } from './CriterionActions';
import { EntityPilotProvider, useEntityPilot } from './EntityPilotContext';
import { LifecycleBanner } from './GatesOverview';
import { MetadataSubView } from './MetadataSubView';
import { Overview } from './Overview';
import { CategoryScores, CriteriaList } from './ReadinessDetails';
import {
  SubViewNav,
  TabRootProvider,
  visibleSubViews,
  type SubViewId,
} from './subViews';
import styles from './readiness.module.css';

/** Sub-views that need the readiness evaluation (the others work without one). */
function NeedsReadiness(props: {
  children: (
    readiness: NonNullable<
      ReturnType<typeof useEntityPilot>['readiness']['value']
    >,
  ) => ReactNode;
}) {
  const { t } = useTranslationRef(operationalPilotTranslationRef);
  const { readiness } = useEntityPilot();
  if (readiness.error && !readiness.value) {
    return (
      <ErrorView
        error={readiness.error}
        onRetry={readiness.reload}
        notFound={
          <EmptyState
            missing="info"
            title={t('readiness.notFoundTitle')}
            description={t('readiness.notFound')}
          />
        }
      />
    );
  }
  if (!readiness.value) {
    return <Progress aria-label={t('common.loading')} />;
  }
  if (readiness.value.criteria.length === 0) {
    return (
      <EmptyState
        missing="data"
        title={t('readiness.emptyTitle')}
        description={t('readiness.empty')}
      />
    );
  }
  return <>{props.children(readiness.value)}</>;
}

function LifecycleNotice() {
  const { readiness } = useEntityPilot();
  return readiness.value ? (
    <LifecycleBanner readiness={readiness.value} />
  ) : null;
}

function CriteriaView() {
  return (
    <NeedsReadiness>
      {readiness => (
        <>
          <CategoryScores readiness={readiness} />
          <CriteriaList readiness={readiness} />
        </>
      )}
    </NeedsReadiness>
  );
}

const VIEW_ELEMENTS: Record<Exclude<SubViewId, 'overview'>, ReactNode> = {
  criteria: <CriteriaView />,
  actions: <ActionsSection />,
  releases: <ReleasesSection />,
  metadata: <MetadataSubView />,
  attestations: <AttestationsSection />,
  history: <HistorySection />,
};

function Tab(props: { views: SubViewId[] }) {
  const { t } = useTranslationRef(operationalPilotTranslationRef);
  const { entityRef } = useEntityPilot();
  const { pathname } = useLocation();
  // A confirmation belongs to the sub-view and entity it was given on.
  useClearNotifications(`${entityRef} ${pathname}`);
  return (
    <div className={styles.page}>
      <Text as="h2" variant="title-small" className={sharedStyles.sectionTitle}>
        {t('readiness.heading')}
      </Text>
      <SubViewNav views={props.views} />
      <LifecycleNotice />
      <Routes>
        <Route
          index
          element={
            <NeedsReadiness>
              {readiness => <Overview readiness={readiness} />}
            </NeedsReadiness>
          }
        />
        {props.views.includes('releases') ? (
          <Route path="releases/:releaseId" element={<ReleaseWorkspace />} />
        ) : null}
        {props.views
          .filter((v): v is Exclude<SubViewId, 'overview'> => v !== 'overview')
          .map(view => (
            <Route key={view} path={view} element={VIEW_ELEMENTS[view]} />
          ))}
        <Route path="*" element={<Navigate to="." replace />} />
      </Routes>
    </div>
  );
}

/**
 * The entity tab: an Overview (score, verdict and why, run readiness beside the release gates, next steps,
 * owners) and sub-views Criteria, Actions, Releases (with each release's workspace), Metadata, Attestations and
 * waivers, History — each at its own URL under the tab, so links and the back button work.
 *
 * @public
 */
export function EntityOperationalPilotContent(props: {
  /** Sub-views to show (the overview is always shown); all by default. */
  views?: ReadonlyArray<string>;
}) {
  return (
    // Declares the tab's own React Router routes to the app (the sub-views and release workspaces).
    <ReactRouterV6PageRouter>
      <EntityPilotProvider>
        <TabRootProvider>
          <CriterionDialogsProvider>
            {/* Relative routes: the tab is mounted at …/operational-pilot/* wherever the app puts it. */}
            <Tab views={visibleSubViews(props.views)} />
          </CriterionDialogsProvider>
        </TabRootProvider>
      </EntityPilotProvider>
    </ReactRouterV6PageRouter>
  );
}
