import { useMemo } from 'react';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  actionCreatePermission,
  actionUpdatePermission,
  attestationCreatePermission,
  operationsUpdatePermission,
  releaseManagePermission,
  releaseSignPermission,
  waiverApprovePermission,
  waiverRequestPermission,
} from '@operational-pilot/backstage-plugin-common';

/** What the signed-in user may change on an entity (edit controls are hidden otherwise). */
export interface EntityPermissions {
  editOperations: boolean;
  createAttestation: boolean;
  requestWaiver: boolean;
  approveWaiver: boolean;
  createAction: boolean;
  updateAction: boolean;
  manageReleases: boolean;
  /** Sign a release's hand-over to run (the server also checks that the user holds the role). */
  signHandover: boolean;
}

export function useEntityPermissions(entityRef: string): EntityPermissions {
  const editOperations = usePermission({
    permission: operationsUpdatePermission,
    resourceRef: entityRef,
  });
  const createAttestation = usePermission({
    permission: attestationCreatePermission,
    resourceRef: entityRef,
  });
  const requestWaiver = usePermission({
    permission: waiverRequestPermission,
    resourceRef: entityRef,
  });
  const approveWaiver = usePermission({
    permission: waiverApprovePermission,
    resourceRef: entityRef,
  });
  const createAction = usePermission({
    permission: actionCreatePermission,
    resourceRef: entityRef,
  });
  const updateAction = usePermission({
    permission: actionUpdatePermission,
    resourceRef: entityRef,
  });
  const manageReleases = usePermission({
    permission: releaseManagePermission,
    resourceRef: entityRef,
  });
  const signHandover = usePermission({
    permission: releaseSignPermission,
    resourceRef: entityRef,
  });
  const flags = [
    editOperations.allowed,
    createAttestation.allowed,
    requestWaiver.allowed,
    approveWaiver.allowed,
    createAction.allowed,
    updateAction.allowed,
    manageReleases.allowed,
    signHandover.allowed,
  ] as const;
  return useMemo(
    () => ({
      editOperations: flags[0],
      createAttestation: flags[1],
      requestWaiver: flags[2],
      approveWaiver: flags[3],
      createAction: flags[4],
      updateAction: flags[5],
      manageReleases: flags[6],
      signHandover: flags[7],
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    flags,
  );
}
