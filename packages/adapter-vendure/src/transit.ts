const days = (value: unknown): number | undefined =>
  Number.isInteger(value) && (value as number) >= 0 ? (value as number) : undefined;

/**
 * Reads a transit window in work days from a shipping method: its `minDays`/`maxDays` custom
 * fields, else the same keys in the metadata its calculator returned.
 *
 * @example
 * transitDays({ customFields: { minDays: 2, maxDays: 4 } }); // { minDays: 2, maxDays: 4 }
 */
export function transitDays(method: {
  customFields?: { minDays?: number | null; maxDays?: number | null } | null;
  metadata?: Record<string, unknown> | null;
}): {
  minDays?: number;
  maxDays?: number;
} {
  const min = days(method.customFields?.minDays) ?? days(method.metadata?.minDays);
  const max = days(method.customFields?.maxDays) ?? days(method.metadata?.maxDays);
  return min === undefined || max === undefined || max < min ? {} : { minDays: min, maxDays: max };
}
