import type { ReactNode } from 'react';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import {
  Alert,
  Button,
  Dialog,
  DialogBody,
  DialogFooter,
  DialogHeader,
  Flex,
} from '@backstage/ui';
import { operationalPilotTranslationRef } from '../../translation';
import styles from './shared.module.css';

/**
 * A modal form: the dialog is named by its title, Enter submits, and a failed write is shown at the top
 * (with a Reload button when the data changed under the user: 412).
 */
export function FormDialog(props: {
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  submitLabel: string;
  onSubmit: () => void;
  busy?: boolean;
  error?: string;
  errorDetails?: ReactNode;
  onReload?: () => void;
  children: ReactNode;
  width?: number;
}) {
  const { t } = useTranslationRef(operationalPilotTranslationRef);
  return (
    <Dialog
      isOpen={props.isOpen}
      onOpenChange={props.onOpenChange}
      width={props.width ?? 560}
      isDismissable={false}
    >
      <DialogHeader>{props.title}</DialogHeader>
      <form
        className={styles.dialogForm}
        noValidate
        onSubmit={e => {
          e.preventDefault();
          if (!props.busy) {
            props.onSubmit();
          }
        }}
      >
        <DialogBody>
          <Flex direction="column" gap="3">
            {props.error ? (
              <Alert
                status="danger"
                icon
                role="alert"
                title={props.error}
                description={props.errorDetails}
                customActions={
                  props.onReload ? (
                    <Button
                      size="small"
                      variant="secondary"
                      onPress={props.onReload}
                    >
                      {t('common.reload')}
                    </Button>
                  ) : undefined
                }
              />
            ) : null}
            {props.children}
          </Flex>
        </DialogBody>
        <DialogFooter>
          <Flex gap="2" justify="end">
            <Button variant="secondary" slot="close" isDisabled={props.busy}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" isPending={props.busy}>
              {props.submitLabel}
            </Button>
          </Flex>
        </DialogFooter>
      </form>
    </Dialog>
  );
}
