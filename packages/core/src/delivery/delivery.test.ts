import { describe, expect, it } from 'vitest';
import { ShopletError } from '../errors.js';
import { estimateDelivery } from './estimate.js';
import { formatDeliveryPromise } from './format.js';
import { findPolicyProblem, validateDeliveryPolicy } from './policy-problem.js';
import type { DeliveryPolicy } from './types.js';
import { deliveryWindow } from './window.js';

const london: DeliveryPolicy = {
  timeZone: 'Europe/London',
  cutoff: '14:00',
  processingDays: 0,
  workDays: [1, 2, 3, 4, 5],
  holidays: ['2025-12-25', '2025-12-26', '2026-01-01'],
  transit: { GB: [1, 2], DE: [2, 4], '*': [3, 6] },
};
const newYork: DeliveryPolicy = {
  timeZone: 'America/New_York',
  cutoff: '17:00',
  processingDays: 0,
  workDays: [1, 2, 3, 4, 5],
  holidays: ['2026-01-01'],
  transit: { US: [1, 2] },
};
const everyDay = { workDays: [1, 2, 3, 4, 5, 6, 7] };
const at = (iso: string) => Date.parse(iso);
const HOUR = 3_600_000;

describe('estimateDelivery: cut-off, weekends, holidays', () => {
  it('starts today before the cut-off and says how long is left', () => {
    // Wednesday 26 Nov 2025, 11:47 in London (GMT).
    expect(estimateDelivery(london, { now: at('2025-11-26T11:47:00Z'), country: 'GB' })).toEqual({
      earliest: '2025-11-27',
      latest: '2025-11-28',
      orderWithinMs: 2 * HOUR + 13 * 60_000,
    });
  });

  it('starts the next work day at and after the cut-off', () => {
    for (const now of ['2025-11-26T14:00:00Z', '2025-11-26T18:30:00Z']) {
      expect(estimateDelivery(london, { now: at(now), country: 'GB' })).toEqual({
        earliest: '2025-11-28',
        latest: '2025-12-01', // Friday, then the weekend is skipped
        orderWithinMs: null,
      });
    }
  });

  it('skips the weekend for orders placed on Friday evening or Saturday', () => {
    const friday = estimateDelivery(london, { now: at('2025-11-28T15:00:00Z'), country: 'GB' });
    const saturday = estimateDelivery(london, { now: at('2025-11-29T10:00:00Z'), country: 'GB' });
    expect(friday).toEqual({ earliest: '2025-12-02', latest: '2025-12-03', orderWithinMs: null });
    expect(saturday).toEqual(friday);
  });

  it('gives no cut-off countdown on a holiday, even in the morning', () => {
    // Christmas Day 2025 is a Thursday; Boxing Day a holiday too; counting starts Monday 29th.
    expect(estimateDelivery(london, { now: at('2025-12-25T09:00:00Z'), country: 'GB' })).toEqual({
      earliest: '2025-12-30',
      latest: '2025-12-31',
      orderWithinMs: null,
    });
  });

  it('skips holidays in transit and crosses the year end', () => {
    // After the cut-off on Christmas Eve: start Mon 29 Dec; '*' transit 3–6 work days skips 1 Jan.
    expect(estimateDelivery(london, { now: at('2025-12-24T15:00:00Z'), country: 'FR' })).toEqual({
      earliest: '2026-01-02',
      latest: '2026-01-07',
      orderWithinMs: null,
    });
  });

  it('reads the year-end date in the shop time zone, not in UTC', () => {
    // 04:30 UTC on 1 Jan is still 23:30 on 31 Dec in New York (after the cut-off); 1 Jan is a holiday.
    expect(estimateDelivery(newYork, { now: at('2026-01-01T04:30:00Z'), country: 'US' })).toEqual({
      earliest: '2026-01-05',
      latest: '2026-01-06',
      orderWithinMs: null,
    });
  });

  it('adds processing days before transit', () => {
    const policy = { ...london, processingDays: 2 };
    // Wednesday morning: dispatch Friday, arrival Monday–Tuesday.
    expect(estimateDelivery(policy, { now: at('2025-11-26T09:00:00Z'), country: 'GB' })).toMatchObject({
      earliest: '2025-12-01',
      latest: '2025-12-02',
    });
  });

  it('uses the country entry case-insensitively and falls back to "*" for unknown countries', () => {
    const now = at('2025-11-26T09:00:00Z');
    expect(estimateDelivery(london, { now, country: 'de' })).toMatchObject({
      earliest: '2025-11-28',
      latest: '2025-12-02',
    });
    expect(estimateDelivery(london, { now, country: 'BR' })).toMatchObject({
      earliest: '2025-12-01',
      latest: '2025-12-04',
    });
    expect(estimateDelivery(london, { now })).toMatchObject({ earliest: '2025-12-01' });
  });

  it('promises nothing for a country the policy does not ship to', () => {
    expect(estimateDelivery(newYork, { now: at('2026-02-02T12:00:00Z'), country: 'GB' })).toBeNull();
  });

  it('accepts a Date for now', () => {
    expect(estimateDelivery(london, { now: new Date('2025-11-26T11:47:00Z'), country: 'GB' })?.orderWithinMs).toBe(
      7_980_000,
    );
  });
});

describe('estimateDelivery: daylight saving', () => {
  it('Europe/London, spring forward: counts the real hours left and reads the local date and time', () => {
    // Sun 29 Mar 2026, 00:30 GMT; clocks jump at 01:00 GMT; the 14:00 BST cut-off is 13:00 UTC.
    const sunday = estimateDelivery({ ...london, ...everyDay }, { now: at('2026-03-29T00:30:00Z'), country: 'GB' });
    expect(sunday?.orderWithinMs).toBe(12.5 * HOUR);
    // 23:30 UTC on Sunday is 00:30 BST on Monday: Monday counts, 13.5 h before the cut-off.
    expect(estimateDelivery(london, { now: at('2026-03-29T23:30:00Z'), country: 'GB' })).toEqual({
      earliest: '2026-03-31',
      latest: '2026-04-01',
      orderWithinMs: 13.5 * HOUR,
    });
    // 13:30 UTC on Monday is 14:30 BST: past the cut-off.
    expect(estimateDelivery(london, { now: at('2026-03-30T13:30:00Z'), country: 'GB' })).toEqual({
      earliest: '2026-04-01',
      latest: '2026-04-02',
      orderWithinMs: null,
    });
  });

  it('Europe/London, fall back: the day of the change is 25 hours long', () => {
    // Sun 25 Oct 2026, 01:30 BST (00:30 UTC); the 14:00 GMT cut-off is 14:00 UTC.
    const r = estimateDelivery({ ...london, ...everyDay }, { now: at('2026-10-25T00:30:00Z'), country: 'GB' });
    expect(r?.orderWithinMs).toBe(13.5 * HOUR);
    expect(r?.earliest).toBe('2026-10-26');
  });

  it('America/New_York, spring forward and the Monday after', () => {
    // Sun 8 Mar 2026 00:00 EST (05:00 UTC); the 17:00 EDT cut-off is 21:00 UTC: 16 h, not 17.
    const sunday = estimateDelivery({ ...newYork, ...everyDay }, { now: at('2026-03-08T05:00:00Z'), country: 'US' });
    expect(sunday?.orderWithinMs).toBe(16 * HOUR);
    // Monday 9 Mar 16:30 EDT (20:30 UTC): 30 minutes left.
    expect(estimateDelivery(newYork, { now: at('2026-03-09T20:30:00Z'), country: 'US' })).toEqual({
      earliest: '2026-03-10',
      latest: '2026-03-11',
      orderWithinMs: 30 * 60_000,
    });
    // 21:30 UTC is 17:30 EDT: too late, although it would be 16:30 in winter time.
    expect(estimateDelivery(newYork, { now: at('2026-03-09T21:30:00Z'), country: 'US' })?.orderWithinMs).toBeNull();
  });

  it('America/New_York, fall back', () => {
    // Sun 1 Nov 2026 00:00 EDT (04:00 UTC); the 17:00 EST cut-off is 22:00 UTC: 18 h.
    const r = estimateDelivery({ ...newYork, ...everyDay }, { now: at('2026-11-01T04:00:00Z'), country: 'US' });
    expect(r).toEqual({ earliest: '2026-11-02', latest: '2026-11-03', orderWithinMs: 18 * HOUR });
  });
});

describe('validateDeliveryPolicy', () => {
  const cases: [Partial<Record<keyof DeliveryPolicy, unknown>>, string][] = [
    [{ cutoff: '2pm' }, 'policy.cutoff'],
    [{ cutoff: '24:00' }, 'policy.cutoff'],
    [{ timeZone: 'Mars/Olympus_Mons' }, 'policy.timeZone'],
    [{ processingDays: -1 }, 'policy.processingDays'],
    [{ processingDays: 1.5 }, 'policy.processingDays'],
    [{ workDays: [] }, 'policy.workDays'],
    [{ workDays: [1, 2, 0] }, 'policy.workDays[2]'],
    [{ holidays: ['2026-02-30'] }, 'policy.holidays[0]'],
    [{ holidays: '2026-12-25' }, 'policy.holidays'],
    [{ transit: {} }, 'policy.transit'],
    [{ transit: { GB: [3, 1] } }, 'policy.transit.GB'],
    [{ transit: { 'Great Britain': [1, 2] } }, 'policy.transit.Great Britain'],
  ];
  it.each(cases)('rejects %j naming %s', (patch, field) => {
    let caught: unknown;
    try {
      validateDeliveryPolicy({ ...london, ...patch });
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(ShopletError);
    expect(caught).toMatchObject({ code: 'invalid_config', field });
    expect((caught as Error).message).toContain(field);
    // Every fault has its fix worded.
    expect((caught as Error).message).toMatch(/ must be .+ \(got .*\)\.$/);
    expect((caught as Error).message).not.toContain('undefined');
  });

  it('words each fix', () => {
    const message = (patch: object) => {
      try {
        validateDeliveryPolicy(patch === null ? null : { ...london, ...patch });
      } catch (err) {
        return (err as Error).message;
      }
    };
    expect(message(null as unknown as object)).toBe(
      'policy must be an object { timeZone, cutoff, processingDays, workDays, holidays, transit } (got null).',
    );
    expect(message({ timeZone: 'UTC+1' })).toBe(
      `policy.timeZone must be an IANA time zone such as 'Europe/London' (got "UTC+1").`,
    );
    expect(message({ cutoff: '2pm' })).toBe(
      `policy.cutoff must be a 24-hour time 'HH:MM' such as '14:00' (got "2pm").`,
    );
    expect(message({ processingDays: 400 })).toBe(
      'policy.processingDays must be whole work days from 0 to 365 (got 400).',
    );
    expect(message({ workDays: [1, 8] })).toBe(
      'policy.workDays[1] must be ISO weekdays, 1 = Monday … 7 = Sunday, such as [1, 2, 3, 4, 5] (got 8).',
    );
    expect(message({ holidays: null })).toBe(
      `policy.holidays must be an array of dates 'YYYY-MM-DD' ([] for none) (got null).`,
    );
    expect(message({ holidays: ['25/12/2026'] })).toBe(
      `policy.holidays[0] must be a real date 'YYYY-MM-DD' such as '2026-12-25' (got "25/12/2026").`,
    );
    expect(message({ transit: [] })).toMatch(/^policy\.transit must be \[minDays, maxDays\] .* \(got \[\]\)\.$/);
  });

  it('findPolicyProblem names the field, what it must be and the wrong value, and throws nothing', () => {
    expect(findPolicyProblem(london)).toBeUndefined();
    expect(findPolicyProblem({ ...london, cutoff: '2pm' })).toEqual({
      field: '.cutoff',
      expected: "a 24-hour time 'HH:MM' such as '14:00'",
      got: '2pm',
    });
    expect(findPolicyProblem({ ...london, workDays: [1, 2, 0] })).toMatchObject({ field: '.workDays[2]', got: 0 });
    expect(findPolicyProblem({ ...london, transit: { GB: [3, 1] } })).toMatchObject({
      field: '.transit.GB',
      got: [3, 1],
    });
    expect(findPolicyProblem({ ...london, timeZone: 'constructor' })).toMatchObject({ field: '.timeZone' });
    expect(findPolicyProblem('nope')).toMatchObject({ field: '', got: 'nope' });
  });

  it('names the field under the given path', () => {
    expect(() => validateDeliveryPolicy({ ...london, transit: { GB: [2] } }, 'options.delivery')).toThrow(
      expect.objectContaining({
        field: 'options.delivery.transit.GB',
        message: expect.stringMatching(/^options\.delivery\.transit\.GB must be \[minDays, maxDays\]/),
      }),
    );
  });

  it('estimateDelivery validates too, and rejects a bad now', () => {
    expect(() => estimateDelivery({ ...london, cutoff: '9' }, {})).toThrow(/policy\.cutoff.*'HH:MM'/);
    expect(() => estimateDelivery(london, { now: Number.NaN })).toThrow(expect.objectContaining({ field: 'now' }));
  });

  it('reports a policy whose holidays leave no work day', () => {
    const holidays = Array.from({ length: 900 }, (_, i) =>
      new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10),
    );
    expect(() => estimateDelivery({ ...london, holidays }, { now: at('2026-01-01T00:00:00Z') })).toThrow(
      expect.objectContaining({ code: 'invalid_config', field: 'policy.holidays' }),
    );
    expect(deliveryWindow({ ...london, holidays }, at('2026-01-01T00:00:00Z'))).toBeUndefined();
  });

  it('deliveryWindow gives what estimateDelivery gives for a valid policy', () => {
    for (const now of ['2025-11-26T11:47:00Z', '2025-12-24T15:00:00Z', '2026-03-29T23:30:00Z']) {
      for (const country of ['GB', 'fr', undefined]) {
        expect(deliveryWindow(london, at(now), country)).toEqual(estimateDelivery(london, { now: at(now), country }));
      }
    }
    expect(deliveryWindow(newYork, at('2026-02-02T12:00:00Z'), 'GB')).toBeNull();
  });
});

describe('formatDeliveryPromise', () => {
  const now = at('2025-11-26T11:47:00Z');
  const estimate = { earliest: '2025-11-27', latest: '2025-12-01', orderWithinMs: 7_980_000 };

  it('writes the English sentence with structured parts', () => {
    const p = formatDeliveryPromise(estimate, 'en-GB', now);
    expect(p.text).toBe('Order within 2 h 13 min — arrives Thu 27 Nov – Mon 1 Dec');
    expect(p.parts).toEqual([
      { type: 'literal', value: 'Order within ' },
      { type: 'duration', value: '2 h 13 min' },
      { type: 'literal', value: ' — arrives ' },
      { type: 'date', value: 'Thu 27 Nov' },
      { type: 'literal', value: ' – ' },
      { type: 'date', value: 'Mon 1 Dec' },
    ]);
    expect(p).toMatchObject({ duration: '2 h 13 min', earliest: 'Thu 27 Nov', latest: 'Mon 1 Dec' });
  });

  it('collapses a one-day window and drops the countdown after the cut-off', () => {
    const p = formatDeliveryPromise(
      { earliest: '2025-11-27', latest: '2025-11-27', orderWithinMs: null },
      'en-GB',
      now,
    );
    expect(p.text).toBe('Arrives Thu 27 Nov');
    expect(p.latest).toBeNull();
    expect(p.duration).toBeNull();
  });

  it('shows minutes only under an hour and never "0 min"', () => {
    expect(formatDeliveryPromise({ ...estimate, orderWithinMs: 45 * 60_000 }, 'en-GB', now).duration).toBe('45 min');
    expect(formatDeliveryPromise({ ...estimate, orderWithinMs: 20_000 }, 'en-GB', now).duration).toBe('1 min');
    expect(formatDeliveryPromise({ ...estimate, orderWithinMs: 3 * HOUR }, 'en-GB', now).duration).toBe('3 h');
  });

  it('follows the locale: US English, German and Japanese', () => {
    expect(formatDeliveryPromise(estimate, 'en-US', now).text).toBe(
      'Order within 2 h 13 min — arrives Thu, Nov 27 – Mon, Dec 1',
    );
    expect(formatDeliveryPromise(estimate, 'de-DE', now).text).toBe(
      'Innerhalb von 2 Std. 13 Min. bestellen — Lieferung Do., 27. Nov. – Mo., 1. Dez.',
    );
    expect(formatDeliveryPromise(estimate, 'ja-JP', now).text).toBe(
      'あと2時間13分以内のご注文で11月27日(木)～12月1日(月)にお届け',
    );
    expect(formatDeliveryPromise({ ...estimate, orderWithinMs: null }, 'ja-JP', now).text).toBe(
      '11月27日(木)～12月1日(月)にお届け予定',
    );
  });

  it('adds the year when arrival falls in another year', () => {
    const p = formatDeliveryPromise(
      { earliest: '2026-01-02', latest: '2026-01-07', orderWithinMs: null },
      'en-GB',
      now,
    );
    expect(p.text).toBe('Arrives Fri, 2 Jan 2026 – Wed, 7 Jan 2026');
  });

  it('falls back to English for a language it does not know, and takes custom messages', () => {
    expect(formatDeliveryPromise(estimate, 'pl-PL', now).text).toBe(
      'Order within 2 h 13 min — arrives Thu, Nov 27 – Mon, Dec 1',
    );
    const nl = formatDeliveryPromise(estimate, 'nl-NL', now, {
      within: 'Bestel binnen {duration} — bezorging {dates}',
      plain: 'Bezorging {dates}',
      rangeSeparator: ' – ',
    });
    expect(nl.text).toBe('Bestel binnen 2 uur 13 min — bezorging do 27 nov – ma 1 dec');
  });

  it('keeps the built-in wording for the messages left out, and takes hour and minute templates', () => {
    const de = formatDeliveryPromise(estimate, 'de-DE', now, { plain: 'Zustellung {dates}' });
    expect(de.text).toBe('Innerhalb von 2 Std. 13 Min. bestellen — Lieferung Do., 27. Nov. – Mo., 1. Dez.');
    expect(
      formatDeliveryPromise({ ...estimate, orderWithinMs: null }, 'de-DE', now, { plain: 'Zustellung {dates}' }).text,
    ).toBe('Zustellung Do., 27. Nov. – Mo., 1. Dez.');
    const en = formatDeliveryPromise(estimate, 'en-GB', now, { hours: '{hours} hrs', durationJoin: ', ' });
    expect(en.duration).toBe('2 hrs, 13 min');
    expect(formatDeliveryPromise(estimate, 'ja-JP', now, { minutes: '{minutes} 分' }).duration).toBe('2時間13 分');
  });
});

describe('formatDeliveryPromise: built-in languages', () => {
  const now = at('2025-11-26T11:47:00Z');
  const estimate = { earliest: '2025-11-27', latest: '2025-12-01', orderWithinMs: 7_980_000 };

  it('words French and Spanish, and a regional locale in its language', () => {
    // Intl's French and Spanish units use narrow no-break spaces.
    const words = (locale: string) => formatDeliveryPromise(estimate, locale, now).text.replace(/\s/g, ' ');
    expect(words('fr-FR')).toBe('Commandez dans les 2 h 13 min — livraison jeu. 27 nov. – lun. 1 déc.');
    expect(words('es-ES')).toMatch(/^Pide en las próximas 2 h 13 min — llega /);
    expect(words('de-AT')).toMatch(/^Innerhalb von 2 Std\. 13 Min\. bestellen/);
  });

  it('treats a language named like an object key as unknown', () => {
    expect(formatDeliveryPromise(estimate, 'constructor', now).text).toBe(
      'Order within 2 h 13 min — arrives Thu, Nov 27 – Mon, Dec 1',
    );
  });
});
