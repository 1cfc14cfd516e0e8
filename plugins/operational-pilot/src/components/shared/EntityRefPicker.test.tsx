import { useState } from 'react';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Entity } from '@backstage/catalog-model';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { EntityRefPicker, toFullRef } from './EntityRefPicker';

const group = (name: string, title?: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name, namespace: 'default', title },
  spec: { type: 'team', children: [] },
});
const user = (name: string, displayName: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'User',
  metadata: { name, namespace: 'default' },
  spec: { profile: { displayName }, memberOf: [] },
});
const component: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'run-ops-dashboard', namespace: 'default' },
  spec: {},
};

function setup() {
  const catalog = catalogApiMock({
    entities: [
      group('run-ops', 'Run operations'),
      group('payments-team'),
      user('emma.bernard', 'Emma Bernard'),
      component,
    ],
  });
  const queryEntities = jest.spyOn(catalog, 'queryEntities');
  return { catalog, queryEntities };
}

function Single(props: { kinds: string[]; onValue: (v: string) => void }) {
  const [value, setValue] = useState('');
  return (
    <EntityRefPicker
      label="Ops owner"
      name="roles.opsOwner"
      kinds={props.kinds}
      value={value}
      onChange={v => {
        setValue(v);
        props.onValue(v);
      }}
    />
  );
}

function Multiple(props: { onValue: (v: string[]) => void }) {
  const [value, setValue] = useState<string[]>(['user:default/emma.bernard']);
  return (
    <EntityRefPicker
      multiple
      label="Approvers"
      name="approvers"
      kinds={['Group', 'User']}
      value={value}
      onChange={v => {
        setValue(v);
        props.onValue(v);
      }}
    />
  );
}

describe('EntityRefPicker', () => {
  it('queries the catalog for the typed text within the kinds and sets the full reference', async () => {
    const { catalog, queryEntities } = setup();
    const onValue = jest.fn();
    await renderInTestApp(
      <Single kinds={['Group', 'User']} onValue={onValue} />,
      { apis: [catalog] },
    );
    const ue = userEvent.setup({ delay: null });
    const input = screen.getByRole('textbox', { name: 'Ops owner' });
    expect(input).toHaveAttribute('name', 'roles.opsOwner');
    expect(input).toHaveAttribute('id', 'roles.opsOwner');
    await ue.type(input, 'run');

    await waitFor(() =>
      expect(queryEntities).toHaveBeenLastCalledWith(
        expect.objectContaining({
          filter: { kind: ['Group', 'User'] },
          fullTextFilter: expect.objectContaining({ term: 'run' }),
        }),
      ),
    );
    // The component named run-ops-dashboard is not a Group or a User, so it is not offered.
    const option = await screen.findByRole('option', { name: /run-ops/ });
    expect(option).toHaveTextContent('group:default/run-ops');
    expect(screen.queryAllByRole('option')).toHaveLength(1);

    await ue.click(option);
    expect(onValue).toHaveBeenLastCalledWith('group:default/run-ops');
    expect(input).toHaveValue('group:default/run-ops');
  });

  it('completes a typed reference to its full form', async () => {
    const { catalog } = setup();
    const onValue = jest.fn();
    await renderInTestApp(<Single kinds={['Group']} onValue={onValue} />, {
      apis: [catalog],
    });
    const ue = userEvent.setup({ delay: null });
    const input = screen.getByRole('textbox', { name: 'Ops owner' });
    await ue.type(input, 'group:ops-team');
    await ue.tab();
    expect(onValue).toHaveBeenLastCalledWith('group:default/ops-team');
    expect(input).toHaveValue('group:default/ops-team');
  });

  it('adds and removes several references', async () => {
    const { catalog } = setup();
    const onValue = jest.fn();
    await renderInTestApp(<Multiple onValue={onValue} />, {
      apis: [catalog],
    });
    const ue = userEvent.setup({ delay: null });
    const input = screen.getByRole('textbox', { name: 'Approvers' });
    await ue.type(input, 'payments');
    await ue.click(
      await screen.findByRole('option', { name: /payments-team/ }),
    );
    expect(onValue).toHaveBeenLastCalledWith([
      'user:default/emma.bernard',
      'group:default/payments-team',
    ]);

    // A typed reference is added with Enter, in its full form.
    await ue.type(input, 'user:jdoe{Enter}');
    expect(onValue).toHaveBeenLastCalledWith([
      'user:default/emma.bernard',
      'group:default/payments-team',
      'user:default/jdoe',
    ]);

    // Chips are removable with the keyboard (Backspace removes the last one).
    await ue.type(input, '{Backspace}');
    expect(onValue).toHaveBeenLastCalledWith([
      'user:default/emma.bernard',
      'group:default/payments-team',
    ]);
  });

  it('normalises references', () => {
    expect(toFullRef('Group:run-ops')).toBe('group:default/run-ops');
    expect(toFullRef('user:team-a/jdoe')).toBe('user:team-a/jdoe');
    expect(toFullRef('run-ops')).toBe('run-ops');
    expect(toFullRef('  ')).toBe('');
  });
});
