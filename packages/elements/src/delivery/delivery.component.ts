import type { DeliveryEstimate, DeliveryMessages, DeliveryPolicy, DeliveryPromisePart } from '@shoplet/core';
import { formatDeliveryPromise } from '@shoplet/core';
import { DEV_MODE, deliveryWindow, describePolicyProblem, findPolicyProblem, warnOnce } from '@shoplet/core/internal';
import { html, nothing, type PropertyValues, svg } from 'lit';
import { emit } from '../events/emit.js';
import { customString } from '../i18n/strings.js';
import type { DeliveryStrings } from '../i18n/types.js';
import { OptionalProduct } from '../internal/optional-product.js';
import { ShopletElement } from '../internal/shoplet-element.js';
import { theme } from '../internal/theme.js';
import { CountdownController } from './countdown-controller.js';
import { deliveryStyles } from './delivery.styles.js';
import { clientDeliveryPolicy } from './policy-source.js';

const TAG = 'shoplet-delivery-promise';
const COUNTRY = /^[A-Za-z]{2}$/;

/** The string that rewords each piece of the sentence. */
const STRING_KEYS = {
  within: 'deliveryWithin',
  plain: 'deliveryArrives',
  rangeSeparator: 'deliveryRange',
  hours: 'deliveryHours',
  minutes: 'deliveryMinutes',
  durationJoin: 'deliveryDurationJoin',
} as const satisfies Partial<Record<keyof DeliveryMessages, keyof DeliveryStrings>>;

/** A piece of the sentence as shown; an arrival date carries its `YYYY-MM-DD` for `<time>`. */
type ShownPart = DeliveryPromisePart & { datetime?: string };

const truck = svg`<svg viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor"
  stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round"><path d="M3 6h11v10H3zM14 9h4l3 3v4h-7"/>
  <circle cx="7" cy="17.5" r="1.75"/><circle cx="17" cy="17.5" r="1.75"/></svg>`;

/**
 * @tagname shoplet-delivery-promise
 * @summary When the parcel arrives: "Order within 2 h 13 min — arrives Thu 27 Nov – Mon 1 Dec", in
 * the shopper's language, from the shop's delivery policy. The countdown updates every minute; after
 * the day's cut-off only the dates show. Without a policy (or without transit to the shopper's
 * country, or for a sold-out product) it renders nothing: no date is ever invented.
 *
 * The policy comes from the `policy` property (or JSON attribute), else the client's configured
 * policy, else the adapter's `deliveryPolicy()`.
 *
 * @csspart base - The sentence.
 * @csspart countdown - The time left before the cut-off.
 * @csspart date - An arrival date (a `<time>`).
 *
 * @cssprop --shoplet-delivery-font-size - Text size (0.875em).
 * @cssprop --shoplet-delivery-color - Text colour.
 * @cssprop --shoplet-delivery-countdown-color - Colour of the time left.
 *
 * @event shoplet-error - The `policy` is invalid (the message names the field).
 *
 * @example
 * <shoplet-delivery-promise product="linen-shirt" country="DE"></shoplet-delivery-promise>
 */
export class ShopletDeliveryPromise extends ShopletElement {
  static override styles = [theme, deliveryStyles];

  static override properties = {
    product: { reflect: true },
    country: { reflect: true },
    policy: {
      // JSON; a broken value warns once and counts as absent.
      converter: (value: string | null) => {
        try {
          return value?.trim() ? (JSON.parse(value) as DeliveryPolicy) : undefined;
        } catch {
          warnOnce(
            'invalid-attribute',
            `<${TAG} policy>: not valid JSON; write the policy as JSON or set the property.`,
          );
        }
      },
    },
    now: { attribute: false },
    clientPolicy: { state: true },
  };

  /** Product handle: nothing is promised while it loads, or when it is sold out. */
  declare product: string | undefined;
  /** ISO country of the destination; defaults to the client's country (else the policy's `'*'`). */
  declare country: string | undefined;
  /** Dispatch and transit rules; wins over the client's. As an attribute, JSON. */
  declare policy: DeliveryPolicy | undefined;
  /** The clock, for tests and previews; default `Date.now`. */
  declare now: (() => number) | undefined;
  declare private clientPolicy: DeliveryPolicy | null | undefined;

  #policyFor: unknown;
  readonly #source = new OptionalProduct(this, () => this.product);
  readonly #countdown = new CountdownController(this);
  #shown: ShownPart[] | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    const { country, shop } = this;
    if (DEV_MODE && changed.has('country') && country !== undefined && !COUNTRY.test(country)) {
      warnOnce('invalid-attribute', `<${TAG} country="${country}">: use an ISO code such as "DE"; using the shop's.`);
    }
    if (shop !== this.#policyFor) {
      this.#policyFor = shop;
      this.clientPolicy = null;
      if (shop) {
        void clientDeliveryPolicy(shop).then((p) => {
          if (this.#policyFor === shop) this.clientPolicy = p;
        });
      }
    }
    const now = (this.now ?? Date.now)();
    const estimate = this.#estimate(now);
    this.#countdown.follow(estimate ? estimate.orderWithinMs : undefined);
    this.#shown = estimate ? this.#format(estimate, now) : undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('policy')) this.#reportPolicy();
  }

  /** A wrong `policy` warns once and fires `shoplet-error` naming the field and the fix. */
  #reportPolicy(): void {
    const { policy } = this;
    const problem = policy === undefined ? undefined : findPolicyProblem(policy);
    if (!problem) return;
    const path = `<${TAG}>.policy`;
    const message = describePolicyProblem(problem, path);
    warnOnce('invalid-attribute', message);
    emit(this, 'shoplet-error', {
      code: 'invalid_config',
      message,
      field: path + problem.field,
      ...(this.product ? { product: this.product } : {}),
    });
  }

  /** The estimate to show now; `null` or `undefined` when there is nothing true to promise. */
  #estimate(now: number): DeliveryEstimate | null | undefined {
    const policy = this.policy === undefined ? this.clientPolicy : this.policy;
    const { named, product } = this.#source;
    if (!policy || findPolicyProblem(policy) || (named && !product?.variants.some((v) => v.availableForSale))) {
      return null;
    }
    if (!Number.isFinite(now)) {
      if (DEV_MODE) warnOnce('delivery-policy', 'no delivery promise: `now` gives no time.');
      return null;
    }
    const country = this.country;
    const estimate = deliveryWindow(policy, now, country && COUNTRY.test(country) ? country : this.shop?.country);
    if (DEV_MODE && estimate === undefined) {
      warnOnce('delivery-policy', 'no delivery promise: policy.holidays leave no work day in the next two years.');
    }
    return estimate;
  }

  /** The sentence in the element's language, with the pieces the page reworded for that language. */
  #format(estimate: DeliveryEstimate, now: number): ShownPart[] {
    const locale = this.language || navigator.language || 'en';
    const reworded: Partial<DeliveryMessages> = {};
    for (const [name, key] of Object.entries(STRING_KEYS) as [keyof typeof STRING_KEYS, keyof DeliveryStrings][]) {
      const value = customString(locale, key, this.strings);
      if (typeof value === 'string') reworded[name] = value;
    }
    const messages = Object.keys(reworded).length ? reworded : undefined;
    const { parts } = formatDeliveryPromise(estimate, locale, now, messages);
    let dates = 0;
    return parts.map((part) =>
      part.type === 'date' ? { ...part, datetime: dates++ === 0 ? estimate.earliest : estimate.latest } : part,
    );
  }

  protected override render() {
    if (!this.#shown) return nothing;
    return html`<p class="promise" part="base">${truck}<span>${this.#shown.map(({ type, value, datetime }) =>
      type === 'duration'
        ? html`<strong class="countdown" part="countdown">${value}</strong>`
        : type === 'date'
          ? html`<time part="date" datetime=${datetime ?? nothing}>${value}</time>`
          : value,
    )}</span></p>`;
  }
}
