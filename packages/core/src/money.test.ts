import { describe, expect, it } from 'vitest';
import { addMoney, discountPercent, formatMoney, multiplyMoney } from './money.js';
import { parseMoney } from './money-parse.js';
import { currencyDigits, toDecimalString } from './money-units.js';

// Intl output uses narrow no-break spaces and RTL marks in some locales; compare with them folded.
const fold = (s: string) => s.replace(/[\u00a0\u202f\u200f\u061c]/g, ' ');

describe('money', () => {
  it('formats en-GB GBP, de-DE EUR, ja-JP JPY and ar-KW KWD with each currency’s own digits', () => {
    expect(formatMoney({ amount: 1299, currencyCode: 'GBP' }, 'en-GB')).toBe('£12.99');
    expect(fold(formatMoney({ amount: 123456, currencyCode: 'EUR' }, 'de-DE'))).toBe('1.234,56 €');
    expect(fold(formatMoney({ amount: 1299, currencyCode: 'JPY' }, 'ja-JP'))).toMatch(/^[￥¥]1,299$/);
    const kwd = fold(formatMoney({ amount: 12345, currencyCode: 'KWD' }, 'ar-KW'));
    // 12.345 KWD: three decimals, Arabic-Indic digits in ar-KW.
    expect(kwd).toContain('١٢٫٣٤٥');
    expect(formatMoney({ amount: 12345, currencyCode: 'KWD' }, 'en')).toContain('12.345');
  });

  it('formats with the currency’s own digits in any locale', () => {
    for (const currencyCode of ['GBP', 'JPY', 'KWD', 'HUF', 'CLP', 'ISK', 'TND']) {
      for (const locale of ['en-GB', 'de-CH', 'ja-JP', 'ar-EG', 'hu-HU']) {
        const money = { amount: -123457, currencyCode };
        const expected = new Intl.NumberFormat(locale, {
          style: 'currency',
          currency: currencyCode,
          minimumFractionDigits: currencyDigits(currencyCode),
          maximumFractionDigits: currencyDigits(currencyCode),
        }).format(toDecimalString(money) as unknown as number);
        expect(formatMoney(money, locale), `${currencyCode} in ${locale}`).toBe(expected);
      }
    }
    expect(fold(formatMoney({ amount: 1234, currencyCode: 'JPY' }, 'de-DE'))).toBe('1.234 ¥');
    expect(formatMoney({ amount: -5, currencyCode: 'GBP' }, 'en-GB')).toBe('-£0.05');
  });

  it('never shows float artefacts', () => {
    const sum = addMoney({ amount: 10, currencyCode: 'USD' }, { amount: 20, currencyCode: 'USD' });
    expect(toDecimalString(sum)).toBe('0.30');
    expect(toDecimalString({ amount: -5, currencyCode: 'GBP' })).toBe('-0.05');
    expect(toDecimalString({ amount: 7, currencyCode: 'KWD' })).toBe('0.007');
    expect(toDecimalString({ amount: 1299, currencyCode: 'JPY' })).toBe('1299');
  });

  it('parses backend decimal strings into minor units without floats', () => {
    expect(parseMoney('12.5', 'GBP')).toEqual({ amount: 1250, currencyCode: 'GBP' });
    expect(parseMoney('0.29', 'USD').amount).toBe(29); // 0.29 * 100 is 28.999… in floats
    expect(parseMoney('1299.0', 'JPY').amount).toBe(1299);
    expect(parseMoney('1.2345', 'KWD').amount).toBe(1235);
    expect(() => parseMoney('12,50', 'EUR')).toThrow(/not a decimal amount/);
  });

  it('refuses to mix currencies and fractional quantities', () => {
    expect(() => addMoney({ amount: 1, currencyCode: 'GBP' }, { amount: 1, currencyCode: 'EUR' })).toThrow(
      /GBP with EUR/,
    );
    expect(() => multiplyMoney({ amount: 1, currencyCode: 'GBP' }, 1.5)).toThrow(/whole number/);
    expect(discountPercent({ amount: 7500, currencyCode: 'GBP' }, { amount: 6000, currencyCode: 'GBP' })).toBe(20);
  });
});
