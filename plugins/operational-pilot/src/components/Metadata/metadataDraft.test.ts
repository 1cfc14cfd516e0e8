import { addRow, editRow, removeRow, toDraft } from './metadataDraft';

describe('draft lists', () => {
  const draft = toDraft({
    vendors: [{ name: 'Acme DB', supportExpiresAt: '2027-01-31' }],
  });

  it('adds an empty row, edits one field of one row and removes a row, leaving the original draft unchanged', () => {
    const added = addRow(draft, 'vendors');
    expect(added.vendors).toHaveLength(2);
    expect(added.vendors[1]).toEqual({
      name: '',
      contractUrl: '',
      supportExpiresAt: '',
    });

    const edited = editRow(added, 'vendors', 1, 'name', 'Queue Inc');
    expect(edited.vendors.map(v => v.name)).toEqual(['Acme DB', 'Queue Inc']);

    const removed = removeRow(edited, 'vendors', 0);
    expect(removed.vendors.map(v => v.name)).toEqual(['Queue Inc']);
    expect(draft.vendors.map(v => v.name)).toEqual(['Acme DB']);
  });

  it('starts each list with the fields its rows need', () => {
    const empty = toDraft();
    expect(addRow(empty, 'freezePeriods').freezePeriods).toEqual([
      { from: '', to: '', reason: '' },
    ]);
    expect(addRow(empty, 'maintenanceWindows').maintenanceWindows).toEqual([
      { days: '', start: '', durationMinutes: '', timezone: '' },
    ]);
  });
});
