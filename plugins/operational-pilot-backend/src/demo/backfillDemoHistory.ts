/*
 * Demo only: gives the demo a believable score history (60 days of snapshots ramping up to today's score), so
 * the trend charts have something to show on a fresh start. Idempotent: it does nothing when older snapshots
 * exist. Never used outside the demo (it runs only when `operationalPilot.demoData` is configured).
 */
import type { OperationalPilotStores } from '../database';
import type { SnapshotRecord } from '../database/SnapshotsStore';

const DAY = 24 * 60 * 60 * 1000;

function unitHash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return (h >>> 0) / 0xffffffff;
}

export async function backfillDemoHistory(
  stores: OperationalPilotStores,
  now: Date,
  days = 60,
): Promise<number> {
  const since = new Date(now.getTime() - days * DAY);
  const yesterday = new Date(now.getTime() - DAY);
  const probe = await stores.evaluations.portfolio({ limit: 1 }, now);
  if (probe.totalItems === 0) return 0;
  const existing = await stores.snapshots.history(
    probe.items[0].entityRef,
    since,
  );
  if (existing.some(p => p.day < yesterday.toISOString().slice(0, 10))) {
    return 0;
  }

  const items = [];
  for await (const item of stores.evaluations.portfolioCsvRows({}, now)) {
    items.push(item);
  }
  let written = 0;
  for (let d = days; d >= 1; d--) {
    const day = new Date(now.getTime() - d * DAY);
    const rows: SnapshotRecord[] = items.map(item => {
      const h = unitHash(item.entityRef);
      // Entities started lower and improved in steps (every ~10 days), some faster than others.
      const start = item.score * (0.45 + 0.4 * h);
      const progress = Math.floor(((days - d) / days) * 6) / 6;
      const score =
        Math.round((start + (item.score - start) * progress) * 10) / 10;
      return {
        entityRef: item.entityRef,
        score,
        verdict: progress >= 1 ? item.verdict : 'not-ready',
        level: progress >= 1 ? item.level : 'none',
        tier: item.tier,
        owner: item.owner,
        system: item.system,
        categories: {},
      };
    });
    await stores.snapshots.record(day, rows);
    written += rows.length;
  }
  return written;
}
