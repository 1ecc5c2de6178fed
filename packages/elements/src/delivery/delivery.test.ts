import { expect, fixture, html } from '@open-wc/testing';
import { createShoplet, type DeliveryPolicy, type Shoplet, withTrust } from '@shoplet/core';
import { makeProduct, makeVariant, memoryAdapter, memoryStorage } from '@shoplet/core/testing';
import './delivery.js';
import { setStrings } from '../i18n/strings.js';
import type { StringOverrides } from '../i18n/types.js';
import { expectAccessible } from '../test-utils/axe.js';
import { until } from '../test-utils/wait.js';
import type { ShopletDeliveryPromise } from './delivery.component.js';

const policy: DeliveryPolicy = {
  timeZone: 'Europe/London',
  cutoff: '14:00',
  processingDays: 0,
  workDays: [1, 2, 3, 4, 5],
  holidays: [],
  transit: { GB: [1, 3], '*': [3, 6] },
};
/** Wednesday 26 Nov 2025, 11:47 in London: 2 h 13 min before the cut-off. */
const WED_1147 = Date.parse('2025-11-26T11:47:00Z');
const WED_1500 = Date.parse('2025-11-26T15:00:00Z');

function client(options: { locale?: string; deliveryPolicy?: DeliveryPolicy | null; soldOut?: boolean } = {}) {
  const products = [
    makeProduct({ handle: 'mug', title: 'Stoneware mug' }),
    makeProduct({ handle: 'vase', title: 'Vase', variants: [makeVariant({ id: 'vase-1', quantityAvailable: 0 })] }),
  ];
  const adapter = memoryAdapter({ products, deliveryPolicy: options.deliveryPolicy ?? null });
  return createShoplet({
    adapter,
    locale: options.locale ?? 'en-GB',
    country: 'GB',
    storage: memoryStorage(),
    syncTabs: false,
  });
}

const text = (el: Element) => el.shadowRoot!.querySelector('[part="base"]')?.textContent?.replace(/\s+/g, ' ').trim();
const shown = (el: ShopletDeliveryPromise) => until(() => text(el), 'the delivery promise');

async function promise(shop: Shoplet, now: number, extra: Partial<ShopletDeliveryPromise> = {}) {
  const el = await fixture<ShopletDeliveryPromise>(
    html`<shoplet-delivery-promise .client=${shop} .policy=${policy} .now=${() => now}></shoplet-delivery-promise>`,
  );
  Object.assign(el, extra);
  await el.updateComplete;
  return el;
}

describe('<shoplet-delivery-promise>', () => {
  it('promises the window with a countdown in English, dates as <time>', async () => {
    const el = await promise(client(), WED_1147);
    expect(await shown(el)).to.equal('Order within 2 h 13 min — arrives Thu 27 Nov – Mon 1 Dec');
    expect(el.shadowRoot!.querySelector('[part="countdown"]')!.textContent).to.equal('2 h 13 min');
    const dates = [...el.shadowRoot!.querySelectorAll('time')].map((t) => t.dateTime);
    expect(dates).to.deep.equal(['2025-11-27', '2025-12-01']);
    await expectAccessible(el);
  });

  it('speaks German and Japanese from the locale', async () => {
    const de = await promise(client({ locale: 'de-DE' }), WED_1147);
    expect(await shown(de)).to.equal('Innerhalb von 2 Std. 13 Min. bestellen — Lieferung Do., 27. Nov. – Mo., 1. Dez.');
    const ja = await promise(client({ locale: 'ja-JP' }), WED_1147);
    expect(await shown(ja)).to.equal('あと2時間13分以内のご注文で11月27日(木)～12月1日(月)にお届け');
    await expectAccessible(ja);
  });

  it('uses core sentences for languages the elements do not translate, and setStrings-style overrides', async () => {
    const fr = await promise(client({ locale: 'fr-FR' }), WED_1147);
    expect(await shown(fr)).to.match(/^Commandez dans les 2 h 13 min — livraison jeu\. 27 nov\. – lun\. 1 déc\.$/);
    const custom = await promise(client(), WED_1147, {
      strings: { deliveryWithin: 'Order in the next {duration} for {dates}' },
    });
    expect(await shown(custom)).to.equal('Order in the next 2 h 13 min for Thu 27 Nov – Mon 1 Dec');
  });

  it('rewords one piece per language with setStrings, without lending English words to German', async () => {
    setStrings('de', { deliveryArrives: 'Zustellung {dates}', deliveryHours: '{hours} h' });
    setStrings('en', { deliveryWithin: 'Order in the next {duration} for {dates}' });
    try {
      const de = await promise(client({ locale: 'de-DE' }), WED_1147);
      expect(await shown(de)).to.equal('Innerhalb von 2 h 13 Min. bestellen — Lieferung Do., 27. Nov. – Mo., 1. Dez.');
      const deLate = await promise(client({ locale: 'de-DE' }), WED_1500);
      expect(await shown(deLate)).to.equal('Zustellung Fr., 28. Nov. – Di., 2. Dez.');
      const en = await promise(client(), WED_1147);
      expect(await shown(en)).to.equal('Order in the next 2 h 13 min for Thu 27 Nov – Mon 1 Dec');
    } finally {
      // Unset again, so the other tests see the built-in wording.
      const unset = (keys: string[]) => Object.fromEntries(keys.map((k) => [k, undefined])) as StringOverrides;
      setStrings('de', unset(['deliveryArrives', 'deliveryHours']));
      setStrings('en', unset(['deliveryWithin']));
    }
  });

  it('drops the countdown after the cut-off and starts from the next work day', async () => {
    const el = await promise(client(), WED_1500);
    expect(await shown(el)).to.equal('Arrives Fri 28 Nov – Tue 2 Dec');
    expect(el.shadowRoot!.querySelector('[part="countdown"]')).to.equal(null);
    await expectAccessible(el);
  });

  it('counts down by itself as the minute turns, stops while removed and catches up when back', async () => {
    // A clock that runs from the time set.
    let base = 0;
    let began = 0;
    const setClock = (at: number) => {
      base = at;
      began = Date.now();
    };
    const clock = () => base + (Date.now() - began);
    // 50 ms before the shown minute runs out: "2 h 13 min" turns into "2 h 12 min" on its own.
    setClock(WED_1147 - 50);
    const el = await fixture<ShopletDeliveryPromise>(
      html`<shoplet-delivery-promise .client=${client()} .policy=${policy} .now=${clock}></shoplet-delivery-promise>`,
    );
    expect(await shown(el)).to.contain('Order within 2 h 13 min');
    await until(() => text(el)?.includes('Order within 2 h 12 min'), 'the next minute');

    // Removed 100 ms before the minute turns: it does not update.
    setClock(WED_1147 - 60_000 - 100);
    el.requestUpdate();
    await el.updateComplete;
    expect(text(el)).to.contain('Order within 2 h 14 min');
    el.remove();
    await new Promise((r) => setTimeout(r, 300));
    expect(text(el)).to.contain('Order within 2 h 14 min');

    // Back in the page (moved): it shows the time left now (mid-minute, so the shown minute
    // does not depend on how many milliseconds the update takes).
    setClock(WED_1147 + 5 * 60_000 - 30_000);
    document.body.append(el);
    await until(() => text(el)?.includes('Order within 2 h 8 min'), 'the countdown after the move');
    el.remove();
  });

  it("uses the destination country's transit, else '*'", async () => {
    const el = await promise(client(), WED_1147, { country: 'DE' });
    expect(await shown(el)).to.equal('Order within 2 h 13 min — arrives Mon 1 Dec – Thu 4 Dec');
  });

  it('takes the policy from the adapter when no property is set', async () => {
    const shop = client({ deliveryPolicy: policy });
    const el = await fixture<ShopletDeliveryPromise>(
      html`<shoplet-delivery-promise .client=${shop} .now=${() => WED_1147}></shoplet-delivery-promise>`,
    );
    expect(await shown(el)).to.equal('Order within 2 h 13 min — arrives Thu 27 Nov – Mon 1 Dec');
  });

  it('takes the policy from the client configuration (withTrust) before the adapter', async () => {
    const configured = { ...policy, cutoff: '16:00' };
    const shop = withTrust(client({ deliveryPolicy: policy }), { delivery: configured });
    const el = await fixture<ShopletDeliveryPromise>(
      html`<shoplet-delivery-promise .client=${shop} .now=${() => WED_1147}></shoplet-delivery-promise>`,
    );
    expect(await shown(el)).to.equal('Order within 4 h 13 min — arrives Thu 27 Nov – Mon 1 Dec');
  });

  it('reads a JSON policy attribute', async () => {
    const el = await fixture<ShopletDeliveryPromise>(
      html`<shoplet-delivery-promise
        .client=${client()}
        .now=${() => WED_1147}
        policy=${JSON.stringify(policy)}
      ></shoplet-delivery-promise>`,
    );
    expect(await shown(el)).to.contain('arrives Thu 27 Nov');
  });

  it('renders nothing without a policy, for a sold-out product, or for an invalid policy (with an error event)', async () => {
    const shop = client();
    const none = await fixture<ShopletDeliveryPromise>(
      html`<shoplet-delivery-promise .client=${shop} .now=${() => WED_1147}></shoplet-delivery-promise>`,
    );
    // Let the adapter's (empty) answer arrive before looking.
    await shop.adapter.deliveryPolicy!();
    await new Promise((r) => setTimeout(r, 0));
    await none.updateComplete;
    expect(none.shadowRoot!.childElementCount).to.equal(0);
    expect(none.getBoundingClientRect().height).to.equal(0);

    const soldOut = await promise(shop, WED_1147, { product: 'vase' });
    await until(() => shop.products.store('vase').get().status === 'ready', 'the vase');
    await soldOut.updateComplete;
    expect(text(soldOut)).to.equal(undefined);
    const inStock = await promise(shop, WED_1147, { product: 'mug' });
    expect(await shown(inStock)).to.contain('Order within');

    const errors: CustomEvent[] = [];
    document.addEventListener('shoplet-error', (e) => errors.push(e), { once: true });
    const broken = await promise(shop, WED_1147, { policy: { ...policy, cutoff: '2pm' } });
    expect(text(broken)).to.equal(undefined);
    expect(errors[0]?.detail.field).to.equal('<shoplet-delivery-promise>.policy.cutoff');
    expect(errors[0]?.detail.code).to.equal('invalid_config');
    expect(errors[0]?.detail.message).to.equal(
      `<shoplet-delivery-promise>.policy.cutoff must be a 24-hour time 'HH:MM' such as '14:00' (got "2pm").`,
    );
  });

  it('reports a wrong policy set later, or as an attribute, by the time the update completes', async () => {
    const el = await promise(client(), WED_1147, { product: 'mug' });
    await shown(el);
    const errors: CustomEvent[] = [];
    el.addEventListener('shoplet-error', (e) => errors.push(e as CustomEvent));
    el.policy = { ...policy, workDays: [1, 9] };
    await el.updateComplete;
    expect(errors.map((e) => e.detail.field)).to.deep.equal(['<shoplet-delivery-promise>.policy.workDays[1]']);
    expect(errors[0]?.detail.message).to.contain('must be ISO weekdays');
    expect(errors[0]?.detail.product).to.equal('mug');
    expect(text(el)).to.equal(undefined);

    el.setAttribute('policy', JSON.stringify({ ...policy, transit: {} }));
    await el.updateComplete;
    expect(errors.map((e) => e.detail.field)).to.deep.equal([
      '<shoplet-delivery-promise>.policy.workDays[1]',
      '<shoplet-delivery-promise>.policy.transit',
    ]);
    el.policy = policy;
    await el.updateComplete;
    expect(text(el)).to.contain('Order within');
    expect(errors).to.have.length(2);
  });
});
