/**
 * A shop's dispatch and transit rules, from configuration or from the adapter.
 *
 * @example
 * const policy: DeliveryPolicy = {
 *   timeZone: 'Europe/London', cutoff: '14:00', processingDays: 0,
 *   workDays: [1, 2, 3, 4, 5], holidays: ['2026-12-25'],
 *   transit: { GB: [1, 2], '*': [3, 7] },
 * };
 */
export interface DeliveryPolicy {
  /** IANA time zone of the warehouse (`Europe/London`). */
  timeZone: string;
  /** Local dispatch cut-off, 24-hour `HH:MM`. */
  cutoff: string;
  /** Work days between the start day and dispatch (0 = same day). */
  processingDays: number;
  /** ISO weekdays that are work days (1 = Monday … 7 = Sunday). */
  workDays: number[];
  /** Non-working dates, `YYYY-MM-DD` in the shop's time zone. */
  holidays: string[];
  /** Transit in work days `[min, max]` by ISO country code, with `'*'` as the fallback. */
  transit: Record<string, [number, number]>;
}
