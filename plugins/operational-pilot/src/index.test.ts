import * as legacy from './index';

describe('legacy entry point', () => {
  it('exports the legacy plugin and its extensions', () => {
    expect(legacy.operationalPilotPlugin.getId()).toBe('operational-pilot');
    expect(legacy.OperationalPilotPage).toBeDefined();
    expect(legacy.EntityOperationalPilotContent).toBeDefined();
    expect(legacy.EntityReadinessCard).toBeDefined();
    expect(legacy.EntityOwnersCard).toBeDefined();
    expect(legacy.operationalPilotApiRef.id).toBe('plugin.operational-pilot');
    expect(legacy.OperationalPilotClient).toBeDefined();
  });

  it('makes the tab available for the supported kinds only', () => {
    const of = (kind: string) => ({
      apiVersion: 'v1',
      kind,
      metadata: { name: 'x' },
    });
    expect(legacy.isOperationalPilotAvailable(of('Component'))).toBe(true);
    expect(legacy.isOperationalPilotAvailable(of('System'))).toBe(true);
    expect(legacy.isOperationalPilotAvailable(of('Resource'))).toBe(true);
    expect(legacy.isOperationalPilotAvailable(of('API'))).toBe(true);
    expect(legacy.isOperationalPilotAvailable(of('Group'))).toBe(false);
  });
});
