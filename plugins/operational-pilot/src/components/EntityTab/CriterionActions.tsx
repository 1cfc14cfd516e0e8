import {
  createContext,
  useCallback,
  useContext,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { Button } from '@backstage/ui';
import {
  checkMetadataFields,
  type CriterionDefinition,
  type CriterionResult,
} from '@operational-pilot/backstage-plugin-common';
import { operationalPilotTranslationRef } from '../../translation';
import { useReadinessText } from '../shared/useReadinessText';
import { ActionFormDialog } from '../Actions/ActionFormDialog';
import {
  AttestationDialog,
  isAttestable,
  isReleaseScoped,
} from '../Attestations/AttestationDialog';
import { WaiverDialog } from '../Attestations/WaiverDialog';
import { FAILING_STATUSES } from '../shared/chips';
import { useEntityPilot } from './EntityPilotContext';
import { actionHref, metadataFieldHref } from './hashTargets';
import { TabLink } from './subViews';
import styles from './readiness.module.css';

type DialogKind = 'attest' | 'waiver' | 'action';

interface CriterionDialogs {
  open: (kind: DialogKind, criterion: CriterionResult) => void;
}

const CriterionDialogsContext = createContext<CriterionDialogs | undefined>(
  undefined,
);

/**
 * The dialogs a criterion row opens (attest, request a waiver, create an action), mounted once for every row of
 * the tab.
 */
export function CriterionDialogsProvider(props: { children: ReactNode }) {
  const { readiness, model } = useEntityPilot();
  const [dialog, setDialog] = useState<{
    kind: DialogKind;
    criterion: CriterionResult;
  }>();
  const open = useCallback(
    (kind: DialogKind, criterion: CriterionResult) =>
      setDialog({ kind, criterion }),
    [],
  );
  const value = useMemo(() => ({ open }), [open]);
  const close = (isOpen: boolean) => !isOpen && setDialog(undefined);
  const criterion = dialog?.criterion;
  // A release-scoped criterion is attested for the release under review, else the next open release.
  const releaseId =
    criterion?.releaseId ?? readiness.value?.releases?.[0]?.releaseId;
  const definition = model.value?.criteria.find(d => d.id === criterion?.id);
  const releaseScoped =
    !!criterion &&
    (criterion.scope === 'release' ||
      (!!definition && isReleaseScoped(definition)));

  return (
    <CriterionDialogsContext.Provider value={value}>
      {props.children}
      <AttestationDialog
        isOpen={dialog?.kind === 'attest'}
        onOpenChange={close}
        onRecorded={() => readiness.reload()}
        criterionId={criterion?.id}
        releaseId={releaseScoped ? releaseId : undefined}
      />
      <WaiverDialog
        isOpen={dialog?.kind === 'waiver'}
        onOpenChange={close}
        onRequested={() => readiness.reload()}
        criterionId={criterion?.id}
      />
      <ActionFormDialog
        isOpen={dialog?.kind === 'action'}
        onOpenChange={close}
        criterionId={criterion?.id}
        defaultTitle={criterion?.howToFix ?? criterion?.title}
      />
    </CriterionDialogsContext.Provider>
  );
}

/** The metadata fields a criterion reads, from its check in the model. */
export function useCriterionFields(): (criterionId: string) => string[] {
  const { model } = useEntityPilot();
  const definitions = useMemo(
    () =>
      new Map<string, CriterionDefinition>(
        (model.value?.criteria ?? []).map(c => [c.id, c]),
      ),
    [model.value],
  );
  return useCallback(
    (criterionId: string) => {
      const def = definitions.get(criterionId);
      return def ? checkMetadataFields(def.check) : [];
    },
    [definitions],
  );
}

/** A "how to fix" line: leads to the metadata field the criterion reads, when it reads one. */
export function HowToFix(props: { criterion: CriterionResult }) {
  const { t } = useTranslationRef(operationalPilotTranslationRef);
  const text = useReadinessText();
  const fields = useCriterionFields()(props.criterion.id);
  if (!props.criterion.howToFix) {
    return null;
  }
  return (
    <span>
      <strong>{t('readiness.howToFix')}:</strong>{' '}
      {text.howToFix(props.criterion)}
      {fields.length ? (
        <>
          {' '}
          <TabLink to={metadataFieldHref(fields[0])}>
            {t('tab.goToField', { field: fields[0] })}
          </TabLink>
        </>
      ) : null}
    </span>
  );
}

/**
 * What the user may do on a criterion row: attest (when the check takes an attestation), request a waiver or
 * create an action (when it fails), open its linked action. Only buttons the user's permissions allow.
 */
export function CriterionActions(props: { criterion: CriterionResult }) {
  const { criterion: c } = props;
  const { t } = useTranslationRef(operationalPilotTranslationRef);
  const dialogs = useContext(CriterionDialogsContext);
  const { permissions, model } = useEntityPilot();
  const definition = model.value?.criteria.find(d => d.id === c.id);
  const failing = FAILING_STATUSES.includes(c.status);
  if (!dialogs) {
    return null;
  }
  const buttons: ReactNode[] = [];
  if (permissions.createAttestation && definition && isAttestable(definition)) {
    buttons.push(
      <Button
        key="attest"
        size="small"
        variant="secondary"
        aria-label={t('tab.attestNamed', { criterion: c.id })}
        onPress={() => dialogs.open('attest', c)}
      >
        {t('tab.attest')}
      </Button>,
    );
  }
  if (permissions.requestWaiver && failing && !c.waiver) {
    buttons.push(
      <Button
        key="waiver"
        size="small"
        variant="secondary"
        aria-label={t('tab.requestWaiverNamed', { criterion: c.id })}
        onPress={() => dialogs.open('waiver', c)}
      >
        {t('tab.requestWaiver')}
      </Button>,
    );
  }
  if (c.action) {
    buttons.push(
      <TabLink
        key="open-action"
        to={actionHref(c.action.id)}
        aria-label={t('tab.openActionNamed', { criterion: c.id })}
      >
        {t('tab.openAction')}
      </TabLink>,
    );
  } else if (permissions.createAction && failing) {
    buttons.push(
      <Button
        key="action"
        size="small"
        variant="tertiary"
        aria-label={t('tab.createActionNamed', { criterion: c.id })}
        onPress={() => dialogs.open('action', c)}
      >
        {t('tab.createAction')}
      </Button>,
    );
  }
  if (buttons.length === 0) {
    return null;
  }
  return <div className={styles.rowActions}>{buttons}</div>;
}
