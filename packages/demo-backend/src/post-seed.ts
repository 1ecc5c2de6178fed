import type { SimpleGraphQLClient } from '@vendure/testing';
import { parse } from 'graphql';
import { demoShippingMethods, demoTaxRates } from './initial-data.js';

/**
 * The coupon code of the demo shop's welcome promotion (10% off the order).
 *
 * @example
 * ```ts
 * await shop.cart.applyDiscount(WELCOME_COUPON);
 * ```
 */
export const WELCOME_COUPON = 'WELCOME10';

type Items<T> = { items: T[] };

async function admin<T>(client: SimpleGraphQLClient, query: string, variables?: Record<string, unknown>): Promise<T> {
  return client.query<T>(parse(query), variables);
}

/**
 * What `initialData` cannot express, done once through the Admin API right after the first seed:
 * shipping method codes, delivery windows and descriptions, the `demo-payment` method code, tax
 * rates per zone, tax-inclusive prices, the WELCOME10 promotion and a fresh search index.
 *
 * @example
 * ```ts
 * await finishSeeding(new SimpleGraphQLClient(config, 'http://127.0.0.1:3100/admin-api'));
 * ```
 */
export async function finishSeeding(client: SimpleGraphQLClient): Promise<void> {
  await client.asSuperAdmin();

  const { shippingMethods } = await admin<{ shippingMethods: Items<{ id: string; name: string }> }>(
    client,
    '{ shippingMethods { items { id name } } }',
  );
  for (const method of demoShippingMethods) {
    const existing = shippingMethods.items.find((m) => m.name === method.name);
    if (!existing) throw new Error(`Seeded shipping method "${method.name}" is missing.`);
    await admin(client, 'mutation($input: UpdateShippingMethodInput!) { updateShippingMethod(input: $input) { id } }', {
      input: {
        id: existing.id,
        code: method.code,
        translations: [{ languageCode: 'en', name: method.name, description: method.description }],
        customFields: { minDays: method.minDays, maxDays: method.maxDays },
      },
    });
  }

  const { paymentMethods } = await admin<{ paymentMethods: Items<{ id: string; name: string }> }>(
    client,
    '{ paymentMethods { items { id name } } }',
  );
  const payment = paymentMethods.items[0];
  if (!payment) throw new Error('Seeded payment method is missing.');
  await admin(client, 'mutation($input: UpdatePaymentMethodInput!) { updatePaymentMethod(input: $input) { id } }', {
    input: {
      id: payment.id,
      code: 'demo-payment',
      translations: [
        {
          languageCode: 'en',
          name: payment.name,
          description: 'Test mode: nothing is charged and no card number is asked for.',
        },
      ],
    },
  });

  const { taxRates } = await admin<{ taxRates: Items<{ id: string; zone: { name: string } }> }>(
    client,
    '{ taxRates { items { id zone { name } } } }',
  );
  for (const rate of taxRates.items) {
    const value = demoTaxRates[rate.zone.name];
    if (value === undefined) continue;
    await admin(client, 'mutation($input: UpdateTaxRateInput!) { updateTaxRate(input: $input) { id } }', {
      input: { id: rate.id, value },
    });
  }

  const { activeChannel } = await admin<{ activeChannel: { id: string } }>(client, '{ activeChannel { id } }');
  await admin(
    client,
    'mutation($input: UpdateChannelInput!) { updateChannel(input: $input) { ... on Channel { id } ... on ErrorResult { message } } }',
    { input: { id: activeChannel.id, pricesIncludeTax: true } },
  );

  const created = await admin<{ createPromotion: { id?: string; message?: string } }>(
    client,
    'mutation($input: CreatePromotionInput!) { createPromotion(input: $input) { ... on Promotion { id } ... on ErrorResult { message } } }',
    {
      input: {
        enabled: true,
        couponCode: WELCOME_COUPON,
        conditions: [],
        actions: [{ code: 'order_percentage_discount', arguments: [{ name: 'discount', value: '10' }] }],
        translations: [{ languageCode: 'en', name: 'Welcome: 10% off', description: '10% off your first order.' }],
      },
    },
  );
  if (!created.createPromotion.id)
    throw new Error(`Creating ${WELCOME_COUPON} failed: ${created.createPromotion.message}`);

  await reindexAndWait(client);
}

async function reindexAndWait(client: SimpleGraphQLClient): Promise<void> {
  await admin(client, 'mutation { reindex { id } }');
  // Job ids do not round-trip through the testing id strategy, so wait for the queue to drain.
  for (let attempt = 0; attempt < 120; attempt++) {
    const { jobs } = await admin<{ jobs: Items<{ state: string; queueName: string }> }>(
      client,
      '{ jobs(options: { take: 100 }) { items { state queueName } } }',
    );
    const failed = jobs.items.find((job) => job.state === 'FAILED');
    if (failed) throw new Error(`Seeding job "${failed.queueName}" failed`);
    if (!jobs.items.some((job) => job.state === 'PENDING' || job.state === 'RUNNING')) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('Seeding jobs (search index) did not finish within 30 s');
}
