import type { DeliveryPolicy } from './delivery-types.js';
import { ShopletError } from './errors.js';
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

const DAY = 86_400_000;
const CUTOFF = /^([01]\d|2[0-3]):([0-5]\d)$/;
const clocks = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock reading in `timeZone` at `instant`, as epoch ms of that reading in UTC (whole seconds). */
function wall(instant: number, timeZone: string): number {
  let clock = clocks.get(timeZone);
  if (!clock) {
    const n = 'numeric';
    clock = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: n,
      month: n,
      day: n,
      hour: n,
      minute: n,
      second: n,
    });
    clocks.set(timeZone, clock);
  }
  const p: Record<string, number> = {};
  for (const { type, value } of clock.formatToParts(instant)) p[type] = +value;
  return Date.UTC(p.year as number, (p.month as number) - 1, p.day, p.hour, p.minute, p.second);
}

/** Offset of `timeZone` from UTC at `instant`, in ms (BST gives +3 600 000). */
const offset = (instant: number, timeZone: string) => wall(instant, timeZone) - Math.floor(instant / 1000) * 1000;

/** The UTC day number of a real `YYYY-MM-DD` date, else `NaN` (2026-02-30 does not survive the round trip). */
function dayOf(date: unknown): number {
  const t = Date.parse(date as string);
  return new Date(t).toJSON()?.slice(0, 10) === date ? t / DAY : Number.NaN;
}

const isCount = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0;

const WEEKDAYS = 'ISO weekdays, 1 = Monday … 7 = Sunday, such as [1, 2, 3, 4, 5]';
const TRANSIT =
  "[minDays, maxDays] (whole days, min ≤ max) by two-letter country code or '*', such as { GB: [1, 2], '*': [3, 6] }";

/**
 * Checks a delivery policy and throws `invalid_config` naming the first wrong field and how to fix it.
 * `path` names the policy in messages (`options.delivery` gives `options.delivery.cutoff …`).
 *
 * @example
 * try {
 *   validateDeliveryPolicy({ ...policy, cutoff: '2pm' });
 * } catch (err) {
 *   console.log(err.field); // 'policy.cutoff'
 * }
 */
export function validateDeliveryPolicy(policy: unknown, path = 'policy'): asserts policy is DeliveryPolicy {
  let field = path;
  let got = policy;
  let hint = 'an object { timeZone, cutoff, processingDays, workDays, holidays, transit }';
  // Each check names the field, its value and the fix before testing, so a failure can report them.
  const check = <T>(key: string, value: T, fix: string, ok: (value: T) => unknown) => {
    field = path + key;
    got = value;
    hint = fix;
    if (!ok(value)) throw 0;
  };
  try {
    check('', policy, hint, (p) => typeof p === 'object' && p);
    const { timeZone, cutoff, processingDays, workDays, holidays, transit } = policy as Record<string, unknown>;
    check(
      '.timeZone',
      timeZone,
      "an IANA time zone such as 'Europe/London'",
      (z) => typeof z === 'string' && !Number.isNaN(wall(0, z)),
    );
    check('.cutoff', cutoff, "a 24-hour time 'HH:MM' such as '14:00'", (c) => typeof c === 'string' && CUTOFF.test(c));
    check('.processingDays', processingDays, 'whole work days from 0 to 365', (n) => isCount(n) && n <= 365);
    check('.workDays', workDays as unknown[], WEEKDAYS, (days) => Array.isArray(days) && days.length);
    (workDays as unknown[]).forEach((day, i) => {
      check(`.workDays[${i}]`, day as number, WEEKDAYS, (d) => Number.isInteger(d) && d > 0 && d < 8);
    });
    check('.holidays', holidays as unknown[], "an array of dates 'YYYY-MM-DD' ([] for none)", Array.isArray);
    (holidays as unknown[]).forEach((date, i) => {
      check(`.holidays[${i}]`, date, "a real date 'YYYY-MM-DD' such as '2026-12-25'", (d) => !Number.isNaN(dayOf(d)));
    });
    check(
      '.transit',
      transit as object,
      TRANSIT,
      (t) => t && typeof t === 'object' && !Array.isArray(t) && Object.keys(t).length,
    );
    for (const [key, range] of Object.entries(transit as object)) {
      check(
        `.transit.${key}`,
        range,
        TRANSIT,
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
    throw new ShopletError('invalid_config', `${field} must be ${hint} (got ${JSON.stringify(got)}).`, { field });
  }
}

/**
 * Estimates the delivery window for an order placed at `now`, following the shop's policy:
 * the order counts from today (shop time zone) when today is a work day and it is before the
 * cut-off, else from the next work day; dispatch is `processingDays` work days later; arrival is
 * `transit[country]` (else `transit['*']`) work days after dispatch.
 *
 * Returns `null` when the policy has no transit for the country and no `'*'` entry (the shop does
 * not promise a date there). Throws `invalid_config` for a wrong policy, naming the field.
 *
 * @example
 * const estimate = estimateDelivery(
 *   { timeZone: 'Europe/London', cutoff: '14:00', processingDays: 0, workDays: [1, 2, 3, 4, 5],
 *     holidays: ['2025-12-25'], transit: { GB: [1, 2], '*': [3, 6] } },
 *   { now: Date.parse('2025-11-26T11:47:00Z'), country: 'GB' },
 * );
 * // { earliest: '2025-11-27', latest: '2025-11-28', orderWithinMs: 7_980_000 }
 */
export function estimateDelivery(policy: DeliveryPolicy, input: DeliveryInput = {}): DeliveryEstimate | null {
  validateDeliveryPolicy(policy);
  const now = +(input.now ?? Date.now());
  if (!Number.isFinite(now)) {
    throw new ShopletError('invalid_input', 'now must be a valid Date or epoch milliseconds.', { field: 'now' });
  }
  const { timeZone, transit, workDays } = policy;
  const country = input.country?.toUpperCase();
  const range = Object.entries(transit).find(([key]) => key.toUpperCase() === country)?.[1] ?? transit['*'];
  if (!range) return null;

  const holidays = new Set(policy.holidays.map(dayOf));
  // Day 0 (1970-01-01) was a Thursday, ISO weekday 4.
  const isWorkDay = (day: number) => workDays.includes((((day % 7) + 10) % 7) + 1) && !holidays.has(day);
  const addWorkDays = (day: number, count: number) => {
    for (let gap = 0; count > 0; ) {
      if (isWorkDay(++day)) {
        count--;
        gap = 0;
      } else if (++gap > 800) {
        throw new ShopletError(
          'invalid_config',
          'policy.holidays leave no work day in the next two years; check workDays and holidays.',
          { field: 'policy.holidays' },
        );
      }
    }
    return day;
  };

  const local = wall(now, timeZone);
  const today = Math.floor(local / DAY);
  const [, hours, minutes] = CUTOFF.exec(policy.cutoff) as RegExpExecArray;
  // The cut-off as a wall-clock reading; its instant re-reads the offset there, so a clock change
  // today lands on the right side (a cut-off inside a spring-forward gap moves forward by the gap).
  const cutoff = today * DAY + (+(hours as string) * 60 + +(minutes as string)) * 60_000;
  let start = addWorkDays(today, 1);
  let orderWithinMs: number | null = null;
  if (local < cutoff && isWorkDay(today)) {
    const first = offset(cutoff, timeZone);
    const second = offset(cutoff - first, timeZone);
    const left = cutoff - second - now;
    if (left > 0) {
      start = today;
      orderWithinMs = left;
    }
  }
  const dispatch = addWorkDays(start, policy.processingDays);
  const iso = (days: number) => new Date(addWorkDays(dispatch, days) * DAY).toISOString().slice(0, 10);
  return { earliest: iso(range[0]), latest: iso(range[1]), orderWithinMs };
}
