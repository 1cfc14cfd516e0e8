import { ConfigReader } from '@backstage/config';
import { readBackendOptions } from './options';

const read = (operationalPilot: object) =>
  readBackendOptions(new ConfigReader({ operationalPilot }));

describe('evaluation schedules', () => {
  it('refreshes every 30 s by default, besides the 10-minute evaluation', () => {
    const options = readBackendOptions(new ConfigReader({}));
    expect(options.refreshSchedule).toEqual({
      frequency: { seconds: 30 },
      timeout: { minutes: 5 },
      initialDelay: { seconds: 5 },
    });
    expect(options.schedule.frequency).toEqual({ minutes: 10 });
  });

  it('reads evaluation.refresh, keeps the defaults of absent keys, and can turn it off', () => {
    expect(
      read({ evaluation: { refresh: { frequency: { seconds: 10 } } } })
        .refreshSchedule,
    ).toEqual({
      frequency: { seconds: 10 },
      timeout: { minutes: 5 },
      initialDelay: { seconds: 5 },
    });
    expect(
      read({ evaluation: { refresh: { enabled: false } } }).refreshSchedule,
    ).toBeUndefined();
    // A schedule without initialDelay keeps the default one.
    expect(
      read({ evaluation: { schedule: { frequency: { minutes: 5 } } } })
        .schedule,
    ).toEqual({
      frequency: { minutes: 5 },
      timeout: { minutes: 15 },
      initialDelay: { seconds: 15 },
    });
  });
});
