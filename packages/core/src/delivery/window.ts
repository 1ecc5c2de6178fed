import type { DeliveryEstimate } from '../types.js';
import { DAY, dayOf, isoDay, wallClock } from './clock.js';
import type { DeliveryPolicy } from './types.js';

/** A run of days without work this long means the policy leaves no work day (the window is two years). */
const MAX_DAYS_WITHOUT_WORK = 800;

/**
 * The delivery window for a policy that passed `findPolicyProblem` (what a wrong one gives is not
 * defined) and a valid `now`: the same window `estimateDelivery` gives, `null` when the policy has
 * no transit to the country, or `undefined` when the holidays leave no work day in the next two
 * years (`estimateDelivery` words those errors).
 *
 * @example
 * const estimate = findPolicyProblem(policy) ? null : deliveryWindow(policy, Date.now(), 'DE');
 */
export function deliveryWindow(
  policy: DeliveryPolicy,
  now: number,
  country?: string | undefined,
): DeliveryEstimate | null | undefined {
  const { timeZone, transit, workDays } = policy;
  const code = country?.toUpperCase();
  const range = Object.entries(transit).find(([key]) => key.toUpperCase() === code)?.[1] ?? transit['*'];
  if (!range) return null;

  const holidays = new Set(policy.holidays.map(dayOf));
  // Day 0 (1970-01-01) was a Thursday, ISO weekday 4.
  const isWorkDay = (day: number) => workDays.includes(((day + 3) % 7) + 1) && !holidays.has(day);
  /** The day `count` work days after `day`, or `undefined` when the work days run out. */
  const addWorkDays = (day: number, count: number): number | undefined => {
    let gap = 0;
    while (count > 0) {
      day++;
      if (isWorkDay(day)) {
        count--;
        gap = 0;
      } else if (++gap > MAX_DAYS_WITHOUT_WORK) {
        return undefined;
      }
    }
    return day;
  };

  const local = wallClock(now, timeZone);
  const today = Math.floor(local / DAY);
  // The cut-off as a wall-clock reading; its instant re-reads the offset there, so a clock change
  // today lands on the right side (a cut-off inside a spring-forward gap moves forward by the gap).
  const cutoff = today * DAY + Date.parse(`1970-01-01T${policy.cutoff}Z`);
  // The zone's offset from UTC at a whole-second instant (BST gives +3 600 000).
  const offset = (instant: number) => wallClock(instant, timeZone) - instant;
  const left = cutoff - offset(cutoff - offset(cutoff)) - now;
  const start = local < cutoff && left > 0 && isWorkDay(today) ? today : addWorkDays(today, 1);
  const dispatch = start === undefined ? undefined : addWorkDays(start, policy.processingDays);
  const earliest = dispatch === undefined ? undefined : addWorkDays(dispatch, range[0]);
  const latest = dispatch === undefined ? undefined : addWorkDays(dispatch, range[1]);
  if (earliest === undefined || latest === undefined) return undefined;
  return { earliest: isoDay(earliest), latest: isoDay(latest), orderWithinMs: start === today ? left : null };
}
