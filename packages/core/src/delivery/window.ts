import type { DeliveryPolicy } from './delivery-types.js';
import type { DeliveryEstimate } from './types.js';

/**
 * When and where to estimate delivery for.
 *
 * @example
 * const input: DeliveryInput = { now: Date.now(), country: 'DE' };
 */
export interface DeliveryInput {
  /** The moment the shopper would order (epoch ms or a Date); defaults to `Date.now()`. */
  now?: number | Date;
  /** ISO country code of the destination; without one, `transit['*']` applies. */
  country?: string | undefined;
}

/**
 * The first wrong entry of a delivery policy: its key below the policy (`'.workDays[2]'`), the
 * number of the fix `validateDeliveryPolicy` words for it, and the wrong value.
 *
 * @example
 * const fault: PolicyFault = ['.cutoff', 2, '2pm'];
 *
 * @internal
 */
export type PolicyFault = [key: string, fix: number, got: unknown];

const DAY = 86_400_000;
const CUTOFF = /^([01]\d|2[0-3]):([0-5]\d)$/;
// Plain object: a key such as 'constructor' finds no `format` there, so it throws like an unknown zone.
const clocks: Record<string, Intl.DateTimeFormat> = {};

/**
 * The wall-clock reading in `timeZone` at `instant`, as epoch ms of that reading in UTC (whole
 * seconds). Swedish dates and times read as ISO 8601 (`2025-11-26 11:47:00`).
 */
function wall(instant: number, timeZone: string): number {
  clocks[timeZone] ??= new Intl.DateTimeFormat('sv', { timeZone, dateStyle: 'short', timeStyle: 'medium' });
  return Date.parse(`${clocks[timeZone].format(instant).replace(' ', 'T')}Z`);
}

/** The `YYYY-MM-DD` of a UTC day number (`undefined` for an impossible one). */
const isoDay = (day: number) => new Date(day * DAY).toJSON()?.slice(0, 10);

/** The UTC day number of a real `YYYY-MM-DD` date, else `NaN` (2026-02-30 does not survive the round trip). */
function dayOf(date: unknown): number {
  const day = Date.parse(date as string) / DAY;
  return isoDay(day) === date ? day : Number.NaN;
}

const isCount = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0;

/**
 * Checks a delivery policy without wording anything: the first wrong entry, else `undefined`.
 * `validateDeliveryPolicy` turns it into an error naming the field and the fix; the element
 * checks with this alone, so a page loads those words only for a wrong policy.
 *
 * @example
 * policyFault({ ...policy, cutoff: '2pm' }); // ['.cutoff', 2, '2pm']
 *
 * @internal
 */
export function policyFault(policy: unknown): PolicyFault | undefined {
  let fault: PolicyFault | undefined;
  // Each check records the key, the fix and the value before testing, so a failure (or a throw) reports them.
  const check = <T>(key: string, fix: number, value: T, ok: (value: T) => unknown) => {
    fault = [key, fix, value];
    if (!ok(value)) throw 0;
  };
  try {
    check('', 0, policy, (p) => typeof p === 'object' && p);
    const { timeZone, cutoff, processingDays, workDays, holidays, transit } = policy as Record<string, unknown>;
    check('.timeZone', 1, timeZone, (z) => typeof z === 'string' && !Number.isNaN(wall(0, z)));
    check('.cutoff', 2, cutoff, (c) => typeof c === 'string' && CUTOFF.test(c));
    check('.processingDays', 3, processingDays, (n) => isCount(n) && n <= 365);
    check('.workDays', 4, workDays as unknown[], (days) => Array.isArray(days) && days.length);
    (workDays as unknown[]).forEach((day, i) => {
      check(`.workDays[${i}]`, 4, day as number, (d) => isCount(d) && d > 0 && d < 8);
    });
    check('.holidays', 5, holidays as unknown[], Array.isArray);
    (holidays as unknown[]).forEach((date, i) => {
      check(`.holidays[${i}]`, 6, date, (d) => !Number.isNaN(dayOf(d)));
    });
    check(
      '.transit',
      7,
      transit as object,
      (t) => t && typeof t === 'object' && !Array.isArray(t) && Object.keys(t).length,
    );
    for (const [key, range] of Object.entries(transit as object)) {
      check(
        `.transit.${key}`,
        7,
        range,
        (r) =>
          (key === '*' || /^[A-Za-z]{2}$/.test(key)) &&
          Array.isArray(r) &&
          r.length === 2 &&
          isCount(r[0]) &&
          isCount(r[1]) &&
          r[0] <= r[1],
      );
    }
  } catch {
    return fault;
  }
}

/**
 * `estimateDelivery` for a policy that passed {@link policyFault} (what a wrong one gives is not
 * defined) and a valid `now`: the same window, or `undefined` when the holidays leave no work day
 * in the next two years (`estimateDelivery` words those errors).
 *
 * @example
 * const estimate = policyFault(policy) ? null : deliveryWindow(policy, Date.now(), 'DE');
 *
 * @internal
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
  // Infinity once 800 days in a row have no work (and from then on, so no date comes out).
  const addWorkDays = (day: number, count: number) => {
    for (let gap = 0; count > 0; ) {
      if (isWorkDay(++day)) {
        count--;
        gap = 0;
      } else if (++gap > 800) return 1 / 0;
    }
    return day;
  };

  const local = wall(now, timeZone);
  const today = Math.floor(local / DAY);
  // The cut-off as a wall-clock reading; its instant re-reads the offset there, so a clock change
  // today lands on the right side (a cut-off inside a spring-forward gap moves forward by the gap).
  const cutoff = today * DAY + Date.parse(`1970-01-01T${policy.cutoff}Z`);
  // The zone's offset from UTC at a whole-second instant (BST gives +3 600 000).
  const offset = (instant: number) => wall(instant, timeZone) - instant;
  const left = cutoff - offset(cutoff - offset(cutoff)) - now;
  const start = local < cutoff && left > 0 && isWorkDay(today) ? today : addWorkDays(today, 1);
  const dispatch = addWorkDays(start, policy.processingDays);
  const iso = (days: number) => isoDay(addWorkDays(dispatch, days)) as string;
  const earliest = iso(range[0]);
  return earliest ? { earliest, latest: iso(range[1]), orderWithinMs: start === today ? left : null } : undefined;
}
