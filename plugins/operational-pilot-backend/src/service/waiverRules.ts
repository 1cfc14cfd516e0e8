/*
 * Rules on waivers shared by the waiver routes and the services that request waivers (risk acceptance).
 */
import { FieldError } from './errors';
import { checkInstant } from './validation';

const DAY = 24 * 60 * 60 * 1000;

/** A waiver's expiry must be in the future and within the configured maximum. */
export function checkWaiverExpiry(
  errors: FieldError[],
  path: string,
  value: string | undefined,
  now: Date,
  maxDays: number,
): Date | undefined {
  const expiresAt = checkInstant(errors, path, value);
  if (!expiresAt) return undefined;
  if (expiresAt <= now) {
    errors.push({ path, message: 'the expiry must be in the future' });
  } else if (expiresAt.getTime() - now.getTime() > maxDays * DAY + 60_000) {
    errors.push({
      path,
      message: `a waiver lasts at most ${maxDays} days (until ${new Date(
        now.getTime() + maxDays * DAY,
      )
        .toISOString()
        .slice(0, 10)})`,
    });
  }
  return expiresAt;
}
