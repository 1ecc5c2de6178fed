import { formatMoney } from '@shoplet/core';
import { describe, expect, it } from 'vitest';
import { type AjaxCart, toThemeCart } from '../src/theme-cart-map.js';

// The AJAX Cart API counts every currency in hundredths of its major unit (Liquid's "cents").
function ajaxCart(currency: string, hundredths: number): AjaxCart {
  return {
    token: 't1',
    item_count: 1,
    currency,
    items: [
      {
        key: '1:a',
        variant_id: 1,
        quantity: 1,
        final_price: hundredths,
        final_line_price: hundredths,
        product_title: 'Linen shirt',
        handle: 'linen-shirt',
        variant_title: 'M',
      },
    ],
    items_subtotal_price: hundredths,
    total_price: hundredths,
    attributes: {},
  };
}

describe('theme cart money', () => {
  it('reads GBP, JPY and KWD amounts in each currency’s own minor units', () => {
    expect(toThemeCart(ajaxCart('GBP', 5900), '/checkout').total).toEqual({ amount: 5900, currencyCode: 'GBP' });
    const yen = toThemeCart(ajaxCart('JPY', 890000), '/checkout');
    expect(yen.lines[0]!.unitPrice).toEqual({ amount: 8900, currencyCode: 'JPY' });
    expect(formatMoney(yen.total, 'en')).toBe('¥8,900');
    const dinar = toThemeCart(ajaxCart('KWD', 1250), '/checkout');
    expect(dinar.subtotal).toEqual({ amount: 12500, currencyCode: 'KWD' });
    expect(formatMoney(dinar.subtotal, 'en')).toContain('12.500');
  });
});
