/** Milliseconds in a day. */
export const DAY = 86_400_000;

const clocks = new Map<string, Intl.DateTimeFormat>();

/**
 * The wall-clock reading in `timeZone` at `instant`, as epoch ms of that reading in UTC (whole
 * seconds). Swedish dates and times read as ISO 8601 (`2025-11-26 11:47:00`). Throws a
 * `RangeError` for a time zone `Intl` does not know.
 */
export function wallClock(instant: number, timeZone: string): number {
  let clock = clocks.get(timeZone);
  if (!clock) {
    clock = new Intl.DateTimeFormat('sv', { timeZone, dateStyle: 'short', timeStyle: 'medium' });
    clocks.set(timeZone, clock);
  }
  return Date.parse(`${clock.format(instant).replace(' ', 'T')}Z`);
}

/** Whether `Intl` knows the IANA time zone. */
export function isTimeZone(timeZone: unknown): boolean {
  if (typeof timeZone !== 'string') return false;
  try {
    return !Number.isNaN(wallClock(0, timeZone));
  } catch {
    return false;
  }
}

/** The `YYYY-MM-DD` of a UTC day number. */
export const isoDay = (day: number): string => new Date(day * DAY).toISOString().slice(0, 10);

/** The UTC day number of a real `YYYY-MM-DD` date, else `undefined` (2026-02-30 does not survive the round trip). */
export function dayOf(date: unknown): number | undefined {
  if (typeof date !== 'string') return undefined;
  const day = Date.parse(date) / DAY;
  return Number.isInteger(day) && isoDay(day) === date ? day : undefined;
}
