import { useEffect, useState } from 'react';
import { Progress } from '@backstage/core-components';
import { useApi, useTranslationRef } from '@backstage/frontend-plugin-api';
import { Text } from '@backstage/ui';
import {
  SIDES,
  type ChecklistItem,
  type Phase,
  type Release,
  type Side,
} from '@operational-pilot/backstage-plugin-common';
import { operationalPilotApiRef } from '../../api';
import { operationalPilotTranslationRef } from '../../translation';
import { useEntityPilot } from '../EntityTab/EntityPilotContext';
import { EntityRefPicker } from '../shared/EntityRefPicker';
import { FormDialog } from '../shared/FormDialog';
import { useNotify } from '../shared/useNotify';
import { isEntityRef, isIsoDate } from '../shared/validation';
import sharedStyles from '../shared/shared.module.css';
import styles from './releases.module.css';
import { useReleaseErrorMessage } from './releaseWrite';

const RELEASE_PHASES: Phase[] = ['before', 'during', 'after'];

type Row = ChecklistItem & { key: number; selected: boolean };

/**
 * Generates the checklist of a release: the proposal (from the action templates) is shown as an editable table
 * — title, phase, side, assignee, due date; each row can be unticked — then "Create N actions".
 */
export function ChecklistDialog(props: {
  release?: Release;
  onOpenChange: (open: boolean) => void;
  onCreated?: () => void;
}) {
  const { t } = useTranslationRef(operationalPilotTranslationRef);
  const api = useApi(operationalPilotApiRef);
  const { actions, readiness } = useEntityPilot();
  const notify = useNotify();
  const errorMessage = useReleaseErrorMessage();
  const [rows, setRows] = useState<Row[]>();
  const [error, setError] = useState<string>();
  const [invalid, setInvalid] = useState<Record<number, string>>({});
  const [busy, setBusy] = useState(false);
  const release = props.release;

  useEffect(() => {
    let cancelled = false;
    setRows(undefined);
    setError(undefined);
    setInvalid({});
    if (release) {
      api
        .previewChecklist(release.id)
        .then(res => {
          if (!cancelled) {
            setRows(
              res.items.map((item, key) => ({ ...item, key, selected: true })),
            );
          }
        })
        .catch(err => {
          if (!cancelled) {
            setRows([]);
            setError(errorMessage(err));
          }
        });
    }
    return () => {
      cancelled = true;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, release?.id]);

  if (!release) {
    return null;
  }
  const selected = (rows ?? []).filter(r => r.selected);
  const update = (key: number, patch: Partial<Row>) =>
    setRows(list => list?.map(r => (r.key === key ? { ...r, ...patch } : r)));

  const submit = async () => {
    const bad: Record<number, string> = {};
    for (const r of selected) {
      if (!r.title.trim()) {
        bad[r.key] = t('validation.required');
      } else if (r.assigneeRef?.trim() && !isEntityRef(r.assigneeRef)) {
        bad[r.key] = t('validation.entityRef');
      } else if (r.dueDate && !isIsoDate(r.dueDate)) {
        bad[r.key] = t('validation.date');
      }
    }
    setInvalid(bad);
    if (Object.keys(bad).length || selected.length === 0) {
      if (selected.length === 0) {
        setError(t('releases.checklistNothingSelected'));
      }
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      const items: ChecklistItem[] = selected.map(
        ({ key: _k, selected: _s, ...item }) => ({
          ...item,
          title: item.title.trim(),
          assigneeRef: item.assigneeRef?.trim() || undefined,
          dueDate: item.dueDate || undefined,
        }),
      );
      const created = await api.createChecklist(release.id, items);
      notify(t('releases.checklistCreated', { count: created.items.length }));
      actions.reload();
      readiness.reload();
      props.onCreated?.();
      props.onOpenChange(false);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <FormDialog
      isOpen
      onOpenChange={props.onOpenChange}
      title={t('releases.checklistTitle', { version: release.version })}
      submitLabel={t('releases.createActions', { count: selected.length })}
      onSubmit={submit}
      busy={busy || !rows}
      error={error}
      width={960}
    >
      {!rows ? <Progress aria-label={t('common.loading')} /> : null}
      {rows?.length === 0 ? (
        <Text variant="body-medium" color="secondary">
          {t('releases.checklistEmpty')}
        </Text>
      ) : null}
      {rows?.length ? (
        <div className={sharedStyles.tableScroll}>
          <table className={styles.table}>
            <caption className={sharedStyles.visuallyHidden}>
              {t('releases.checklistCaption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('releases.include')}</th>
                <th scope="col">{t('actions.title')}</th>
                <th scope="col">{t('actions.phase')}</th>
                <th scope="col">{t('actions.side')}</th>
                <th scope="col">{t('releases.assignee')}</th>
                <th scope="col">{t('releases.dueDate')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r, i) => {
                const n = String(i + 1);
                return (
                  <tr key={r.key} data-selected={r.selected}>
                    <td>
                      <input
                        type="checkbox"
                        checked={r.selected}
                        aria-label={t('releases.includeItem', {
                          title: r.title || n,
                        })}
                        onChange={e =>
                          update(r.key, { selected: e.target.checked })
                        }
                      />
                    </td>
                    <td>
                      <input
                        className={styles.cellInput}
                        value={r.title}
                        aria-label={t('releases.itemTitle', { n })}
                        aria-invalid={!!invalid[r.key]}
                        onChange={e => update(r.key, { title: e.target.value })}
                      />
                      {invalid[r.key] ? (
                        <span className={sharedStyles.fieldError}>
                          {invalid[r.key]}
                        </span>
                      ) : null}
                    </td>
                    <td>
                      <select
                        className={sharedStyles.nativeSelect}
                        value={r.phase}
                        aria-label={t('releases.itemPhase', { n })}
                        onChange={e =>
                          update(r.key, { phase: e.target.value as Phase })
                        }
                      >
                        {RELEASE_PHASES.map(p => (
                          <option key={p} value={p}>
                            {t(`phase.${p}`)}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>
                      <select
                        className={sharedStyles.nativeSelect}
                        value={r.side}
                        aria-label={t('releases.itemSide', { n })}
                        onChange={e =>
                          update(r.key, { side: e.target.value as Side })
                        }
                      >
                        {SIDES.map(s => (
                          <option key={s} value={s}>
                            {t(`side.${s}`)}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td className={styles.cellPicker}>
                      <EntityRefPicker
                        label={t('releases.itemAssignee', { n })}
                        name={`items.${i}.assigneeRef`}
                        kinds={['User', 'Group']}
                        value={r.assigneeRef ?? ''}
                        onChange={v => update(r.key, { assigneeRef: v })}
                      />
                    </td>
                    <td>
                      <input
                        type="date"
                        className={styles.cellInput}
                        value={r.dueDate ?? ''}
                        aria-label={t('releases.itemDueDate', { n })}
                        onChange={e =>
                          update(r.key, { dueDate: e.target.value })
                        }
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
    </FormDialog>
  );
}
