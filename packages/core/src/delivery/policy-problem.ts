import { ShopletError } from '../errors.js';
import { dayOf, isTimeZone } from './clock.js';
import type { DeliveryPolicy } from './types.js';

/**
 * The first wrong entry of a delivery policy: where it is below the policy (`'.workDays[2]'`,
 * `''` for the policy itself), what it must be, and what it is.
 *
 * @example
 * const problem: PolicyProblem = { field: '.cutoff', expected: "a 24-hour time 'HH:MM' such as '14:00'", got: '2pm' };
 */
export interface PolicyProblem {
  field: string;
  expected: string;
  got: unknown;
}

/** What each entry must be, as the error message says it. */
const EXPECTED = {
  policy: 'an object { timeZone, cutoff, processingDays, workDays, holidays, transit }',
  timeZone: "an IANA time zone such as 'Europe/London'",
  cutoff: "a 24-hour time 'HH:MM' such as '14:00'",
  processingDays: 'whole work days from 0 to 365',
  workDays: 'ISO weekdays, 1 = Monday … 7 = Sunday, such as [1, 2, 3, 4, 5]',
  holidays: "an array of dates 'YYYY-MM-DD' ([] for none)",
  holiday: "a real date 'YYYY-MM-DD' such as '2026-12-25'",
  transit:
    "[minDays, maxDays] (whole days, min ≤ max) by two-letter country code or '*', such as { GB: [1, 2], '*': [3, 6] }",
};

const CUTOFF = /^([01]\d|2[0-3]):([0-5]\d)$/;
const TRANSIT_KEY = /^([A-Za-z]{2}|\*)$/;

const isCount = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0;
const isWeekday = (d: unknown) => isCount(d) && d >= 1 && d <= 7;
const isRange = (r: unknown) => Array.isArray(r) && r.length === 2 && isCount(r[0]) && isCount(r[1]) && r[0] <= r[1];

/**
 * Checks a delivery policy: the first wrong entry, else `undefined`. `validateDeliveryPolicy`
 * throws it as an error; an element that must not throw reads it directly.
 *
 * @example
 * findPolicyProblem({ ...policy, cutoff: '2pm' }); // { field: '.cutoff', expected: "a 24-hour time …", got: '2pm' }
 */
export function findPolicyProblem(policy: unknown): PolicyProblem | undefined {
  const problem = (field: string, expected: string, got: unknown) => ({ field, expected, got });
  if (typeof policy !== 'object' || !policy) return problem('', EXPECTED.policy, policy);
  const { timeZone, cutoff, processingDays, workDays, holidays, transit } = policy as Record<string, unknown>;
  if (!isTimeZone(timeZone)) return problem('.timeZone', EXPECTED.timeZone, timeZone);
  if (typeof cutoff !== 'string' || !CUTOFF.test(cutoff)) return problem('.cutoff', EXPECTED.cutoff, cutoff);
  if (!isCount(processingDays) || processingDays > 365) {
    return problem('.processingDays', EXPECTED.processingDays, processingDays);
  }
  if (!Array.isArray(workDays) || !workDays.length) return problem('.workDays', EXPECTED.workDays, workDays);
  const day = workDays.findIndex((d) => !isWeekday(d));
  if (day >= 0) return problem(`.workDays[${day}]`, EXPECTED.workDays, workDays[day]);
  if (!Array.isArray(holidays)) return problem('.holidays', EXPECTED.holidays, holidays);
  const holiday = holidays.findIndex((date) => dayOf(date) === undefined);
  if (holiday >= 0) return problem(`.holidays[${holiday}]`, EXPECTED.holiday, holidays[holiday]);
  if (typeof transit !== 'object' || !transit || Array.isArray(transit) || !Object.keys(transit).length) {
    return problem('.transit', EXPECTED.transit, transit);
  }
  for (const [key, range] of Object.entries(transit)) {
    if (!TRANSIT_KEY.test(key) || !isRange(range)) return problem(`.transit.${key}`, EXPECTED.transit, range);
  }
  return undefined;
}

/**
 * The message of a policy problem, naming the field under `path` and the fix.
 *
 * @example
 * describePolicyProblem(problem, 'policy'); // "policy.cutoff must be a 24-hour time 'HH:MM' such as '14:00' (got \"2pm\")."
 */
export function describePolicyProblem(problem: PolicyProblem, path: string): string {
  return `${path}${problem.field} must be ${problem.expected} (got ${JSON.stringify(problem.got)}).`;
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
  const problem = findPolicyProblem(policy);
  if (problem) {
    throw new ShopletError('invalid_config', describePolicyProblem(problem, path), { field: path + problem.field });
  }
}
