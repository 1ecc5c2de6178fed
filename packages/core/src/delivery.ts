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

const DAY_MS = 86_400_000;
/** A policy whose work days are all holidays for two years cannot promise anything. */
const MAX_SCAN_DAYS = 800;
const CUTOFF_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

const formatters = new Map<string, Intl.DateTimeFormat>();

function wallClockFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The wall-clock reading in `timeZone` at `instant`, through Intl (no date library). */
function wallClock(instant: number, timeZone: string): WallClock {
  const out: Record<string, number> = {};
  for (const part of wallClockFormatter(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') out[part.type] = Number(part.value);
  }
  return {
    year: out.year ?? 1970,
    month: out.month ?? 1,
    day: out.day ?? 1,
    hour: out.hour ?? 0,
    minute: out.minute ?? 0,
    second: out.second ?? 0,
  };
}

/** Offset of `timeZone` from UTC at `instant`, in ms (BST gives +3 600 000). */
function zoneOffset(instant: number, timeZone: string): number {
  const w = wallClock(instant, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant a local wall-clock time happens in `timeZone`. Re-reads the offset at the candidate
 * instant, so a cut-off on a daylight-saving day lands on the right side of the change; a time that
 * does not exist (spring-forward gap) moves forward by the gap.
 */
function zonedTimeToInstant(day: number, minutes: number, timeZone: string): number {
  const guess = day * DAY_MS + minutes * 60_000;
  const first = zoneOffset(guess, timeZone);
  const candidate = guess - first;
  const second = zoneOffset(candidate, timeZone);
  return second === first ? candidate : guess - second;
}

/** Days since 1970-01-01 for a calendar date (a plain count, immune to time zones). */
function dayNumber(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a day number; 1970-01-01 was a Thursday. */
function isoWeekday(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

function formatDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function parseDate(value: string): number | null {
  const m = DATE_RE.exec(value);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const n = dayNumber(y, mo, d);
  // Date.UTC rolls 2026-02-30 over into March; a real date survives the round trip.
  return formatDay(n) === value ? n : null;
}

function invalid(field: string, message: string): ShopletError {
  return new ShopletError('invalid_config', `${field} ${message}`, { field });
}

function isNonNegativeInt(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= 0;
}

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
  try {
    checkPolicy(policy);
  } catch (err) {
    if (path === 'policy' || !(err instanceof ShopletError) || !err.field) throw err;
    const field = path + err.field.slice('policy'.length);
    throw new ShopletError('invalid_config', field + err.message.slice(err.field.length), { field });
  }
}

function checkPolicy(policy: unknown): asserts policy is DeliveryPolicy {
  if (typeof policy !== 'object' || policy === null) {
    throw invalid(
      'policy',
      'must be an object like { timeZone, cutoff, processingDays, workDays, holidays, transit }.',
    );
  }
  const p = policy as Record<string, unknown>;
  if (typeof p.timeZone !== 'string' || p.timeZone === '') {
    throw invalid('policy.timeZone', "must be an IANA time zone name such as 'Europe/London'.");
  }
  try {
    wallClockFormatter(p.timeZone);
  } catch {
    throw invalid(
      'policy.timeZone',
      `"${p.timeZone}" is not a time zone this runtime knows; use an IANA name such as 'Europe/London'.`,
    );
  }
  if (typeof p.cutoff !== 'string' || !CUTOFF_RE.test(p.cutoff)) {
    throw invalid('policy.cutoff', `must be a 24-hour time 'HH:MM' such as '14:00' (got ${JSON.stringify(p.cutoff)}).`);
  }
  if (!isNonNegativeInt(p.processingDays) || p.processingDays > 365) {
    throw invalid(
      'policy.processingDays',
      `must be a whole number of work days from 0 to 365 (got ${JSON.stringify(p.processingDays)}).`,
    );
  }
  if (!Array.isArray(p.workDays) || p.workDays.length === 0) {
    throw invalid(
      'policy.workDays',
      'must list at least one ISO weekday, 1 = Monday … 7 = Sunday, e.g. [1, 2, 3, 4, 5].',
    );
  }
  p.workDays.forEach((d, i) => {
    if (!Number.isInteger(d) || (d as number) < 1 || (d as number) > 7) {
      throw invalid(
        `policy.workDays[${i}]`,
        `must be an ISO weekday from 1 (Monday) to 7 (Sunday) (got ${JSON.stringify(d)}).`,
      );
    }
  });
  if (!Array.isArray(p.holidays)) {
    throw invalid('policy.holidays', "must be an array of dates 'YYYY-MM-DD' (use [] for none).");
  }
  p.holidays.forEach((d, i) => {
    if (typeof d !== 'string' || parseDate(d) === null) {
      throw invalid(
        `policy.holidays[${i}]`,
        `must be a real date 'YYYY-MM-DD' such as '2026-12-25' (got ${JSON.stringify(d)}).`,
      );
    }
  });
  if (typeof p.transit !== 'object' || p.transit === null || Array.isArray(p.transit)) {
    throw invalid('policy.transit', "must map country codes (or '*' for everywhere else) to [minDays, maxDays].");
  }
  const entries = Object.entries(p.transit as Record<string, unknown>);
  if (entries.length === 0) {
    throw invalid('policy.transit', "needs at least one entry, e.g. { '*': [2, 5] }.");
  }
  for (const [key, range] of entries) {
    const field = `policy.transit.${key}`;
    if (key !== '*' && !/^[A-Za-z]{2}$/.test(key)) {
      throw invalid(field, "key must be a two-letter ISO country code such as 'GB', or '*' for everywhere else.");
    }
    if (
      !Array.isArray(range) ||
      range.length !== 2 ||
      !isNonNegativeInt(range[0]) ||
      !isNonNegativeInt(range[1]) ||
      range[0] > range[1]
    ) {
      throw invalid(
        field,
        `must be [minDays, maxDays] with whole numbers 0 ≤ min ≤ max (got ${JSON.stringify(range)}).`,
      );
    }
  }
}

/** Work-day calendar of a validated policy. */
function calendar(policy: DeliveryPolicy) {
  const workDays = new Set(policy.workDays);
  const holidays = new Set(policy.holidays.map((d) => parseDate(d)));
  const isWorkDay = (day: number) => workDays.has(isoWeekday(day)) && !holidays.has(day);
  const nextWorkDay = (after: number) => {
    for (let day = after + 1; day <= after + MAX_SCAN_DAYS; day++) if (isWorkDay(day)) return day;
    throw invalid('policy.holidays', 'leave no work day in the next two years; check workDays and holidays.');
  };
  const addWorkDays = (from: number, count: number) => {
    let day = from;
    for (let i = 0; i < count; i++) day = nextWorkDay(day);
    return day;
  };
  return { isWorkDay, nextWorkDay, addWorkDays };
}

function transitFor(policy: DeliveryPolicy, country: string | undefined): [number, number] | null {
  if (country) {
    const wanted = country.toUpperCase();
    for (const [key, range] of Object.entries(policy.transit)) if (key.toUpperCase() === wanted) return range;
  }
  return policy.transit['*'] ?? null;
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
  const now = input.now === undefined ? Date.now() : typeof input.now === 'number' ? input.now : input.now.getTime();
  if (!Number.isFinite(now)) {
    throw new ShopletError('invalid_input', 'now must be a valid Date or epoch milliseconds.', { field: 'now' });
  }
  const transit = transitFor(policy, input.country);
  if (!transit) return null;

  const { isWorkDay, nextWorkDay, addWorkDays } = calendar(policy);
  const local = wallClock(now, policy.timeZone);
  const today = dayNumber(local.year, local.month, local.day);
  const [, cutH, cutM] = CUTOFF_RE.exec(policy.cutoff) ?? [];
  const cutoffMinutes = Number(cutH) * 60 + Number(cutM);

  let start = nextWorkDay(today);
  let orderWithinMs: number | null = null;
  if (isWorkDay(today) && local.hour * 60 + local.minute < cutoffMinutes) {
    // Real elapsed time to the cut-off instant, so a clock change today is counted.
    const left = zonedTimeToInstant(today, cutoffMinutes, policy.timeZone) - now;
    if (left > 0) {
      start = today;
      orderWithinMs = left;
    }
  }
  const dispatch = addWorkDays(start, policy.processingDays);
  return {
    earliest: formatDay(addWorkDays(dispatch, transit[0])),
    latest: formatDay(addWorkDays(dispatch, transit[1])),
    orderWithinMs,
  };
}
