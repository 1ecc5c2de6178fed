import { LanguageCode, PaymentMethodHandler } from '@vendure/core';

/**
 * A payment method handler for the demo shop: it asks for no card data and settles at once.
 * Its code is `demo-payment`; the seeded payment method that uses it has the same code and is
 * named "Demo payment — test mode, no card needed".
 *
 * @example
 * ```ts
 * mergeConfig(testConfig, { paymentOptions: { paymentMethodHandlers: [demoPaymentHandler] } });
 * ```
 */
export const demoPaymentHandler = new PaymentMethodHandler({
  code: 'demo-payment',
  description: [{ languageCode: LanguageCode.en, value: 'Demo payment — test mode, no card needed' }],
  args: {},
  createPayment: (_ctx, order, amount) => ({
    amount,
    state: 'Settled' as const,
    transactionId: `demo-${order.code}`,
    metadata: { public: { testMode: true } },
  }),
  settlePayment: () => ({ success: true }),
});
