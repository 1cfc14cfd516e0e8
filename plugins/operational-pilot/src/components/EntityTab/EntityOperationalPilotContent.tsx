import type { ReactNode } from 'react';
import { Route, Routes } from 'react-router-dom';
import { EmptyState, Progress } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { Text } from '@backstage/ui';
import { operationalPilotTranslationRef } from '../../translation';
import { ActionsSection } from '../Actions/ActionsSection';
import { AttestationsSection } from '../Attestations/AttestationsSection';
import { HistorySection } from '../History/HistorySection';
import { MetadataSection } from '../Metadata/MetadataSection';
import { OwnersSection } from '../Owners/OwnersSection';
import { ReleasesSection } from '../Releases/ReleasesSection';
import { ReleaseWorkspace } from '../Releases/ReleaseWorkspace';
import { ErrorView } from '../shared/ErrorView';
import sharedStyles from '../shared/shared.module.css';
import { EntityPilotProvider, useEntityPilot } from './EntityPilotContext';
import { GatesOverview, LifecycleBanner, SystemRollup } from './GatesOverview';
import { ReadinessHeader } from './ReadinessHeader';
import {
  BlockersAndNextSteps,
  CategoryScores,
  CriteriaList,
} from './ReadinessDetails';
import styles from './readiness.module.css';

function Heading() {
  const { t } = useTranslationRef(operationalPilotTranslationRef);
  return (
    <Text as="h2" variant="title-small" className={sharedStyles.sectionTitle}>
      {t('readiness.heading')}
    </Text>
  );
}

function SectionNav() {
  const { t } = useTranslationRef(operationalPilotTranslationRef);
  const links: Array<[string, string]> = [
    ['operational-pilot-gates', t('gates.heading')],
    ['operational-pilot-criteria', t('readiness.criteria')],
    ['operational-pilot-owners', t('owners.heading')],
    ['operational-pilot-actions', t('actions.heading')],
    ['operational-pilot-metadata', t('metadata.heading')],
    ['operational-pilot-attestations', t('attestations.heading')],
    ['operational-pilot-releases', t('releases.heading')],
    ['operational-pilot-history', t('history.heading')],
  ];
  return (
    <nav aria-label={t('common.sections')} className={styles.nav}>
      <Text variant="body-small" color="secondary">
        {t('readiness.jumpTo')}:
      </Text>
      {links.map(([id, label]) => (
        <a
          key={id}
          href={`#${id}`}
          onClick={e => {
            const el = document.getElementById(id);
            if (el) {
              e.preventDefault();
              el.scrollIntoView?.({ behavior: 'smooth', block: 'start' });
            }
          }}
        >
          {label}
        </a>
      ))}
    </nav>
  );
}

function Body() {
  const { t } = useTranslationRef(operationalPilotTranslationRef);
  const { readiness } = useEntityPilot();
  let content: ReactNode;

  if (readiness.error && !readiness.value) {
    content = (
      <>
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
      </>
    );
  } else if (!readiness.value) {
    content = <Progress aria-label={t('common.loading')} />;
  } else {
    const value = readiness.value;
    const evaluated = value.criteria.length > 0;
    content = (
      <>
        <LifecycleBanner readiness={value} />
        <ReadinessHeader readiness={value} />
        {evaluated ? (
          <>
            <SectionNav />
            <GatesOverview readiness={value} />
            <SystemRollup readiness={value} />
            <BlockersAndNextSteps readiness={value} />
            <CategoryScores readiness={value} />
            <CriteriaList readiness={value} />
          </>
        ) : (
          <EmptyState
            missing="data"
            title={t('readiness.emptyTitle')}
            description={t('readiness.empty')}
          />
        )}
        <OwnersSection />
        <ActionsSection />
        <MetadataSection />
        <AttestationsSection />
        <ReleasesSection />
        <HistorySection />
      </>
    );
  }
  return (
    <div className={styles.page}>
      <Heading />
      {content}
    </div>
  );
}

/** A release's workspace, under the tab (`releases/:releaseId`). */
function ReleasePage() {
  const { t } = useTranslationRef(operationalPilotTranslationRef);
  return (
    <div className={styles.page}>
      <Text as="h2" variant="title-small" className={sharedStyles.sectionTitle}>
        {t('readiness.heading')}
      </Text>
      <ReleaseWorkspace />
    </div>
  );
}

/**
 * The entity tab: readiness (score, verdict, level, tier, blockers, categories, criteria), owners and roles,
 * handoff actions, operational metadata, attestations and waivers, releases and history.
 *
 * @public
 */
export function EntityOperationalPilotContent() {
  return (
    <EntityPilotProvider>
      {/* Relative routes: the tab is mounted at …/operational-pilot/* wherever the app puts it. */}
      <Routes>
        <Route path="releases/:releaseId" element={<ReleasePage />} />
        <Route path="*" element={<Body />} />
      </Routes>
    </EntityPilotProvider>
  );
}
