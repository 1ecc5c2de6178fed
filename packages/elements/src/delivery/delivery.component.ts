import {
  DEV_MODE,
  type DeliveryEstimate,
  type DeliveryMessages,
  type DeliveryPolicy,
  deliveryWindow,
  formatLoadedDeliveryPromise,
  loadDeliveryWording,
  policyFault,
  warnOnce,
} from '@shoplet/core';
import { html, nothing, type PropertyValues, svg } from 'lit';
import { translate } from '../i18n/strings.js';
import { ShopletElement } from '../internal/shoplet-element.js';
import { theme } from '../internal/theme.js';
import { OptionalProduct } from '../internal/optional-product.js';
import type { DeliveryStrings } from '../i18n/types.js';

type DeliveryStringKey = keyof DeliveryStrings;
import { deliveryStyles } from './delivery.styles.js';
import { clientDeliveryPolicy } from './policy-source.js';

const TAG = 'shoplet-delivery-promise';
const COUNTRY = /^[A-Za-z]{2}$/;

/** Which string rewords each piece of the sentence. */
const KEYS: Partial<Record<keyof DeliveryMessages, DeliveryStringKey>> = {
  within: 'deliveryWithin',
  plain: 'deliveryArrives',
  rangeSeparator: 'deliveryRange',
  hours: 'deliveryHours',
  minutes: 'deliveryMinutes',
  durationJoin: 'deliveryDurationJoin',
};

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
  private timer: ReturnType<typeof setTimeout> | undefined;
  readonly #source = new OptionalProduct(this, () => this.product);
  /** Settles once a wrong `policy` has been reported. */
  #reported: Promise<void> | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const { policy, country, shop } = this;
    if (changed.has('policy') && policy !== undefined && policyFault(policy)) {
      // The words of the error load with it: a correct policy never needs them. The browser fetches
      // the module once; a failed load is tried again with the next wrong policy.
      this.#reported = import('./lazy/policy-error.js').then(
        (m) => m.reportPolicy(this, policy, `<${TAG}>.policy`),
        () => {},
      );
    }
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
  }

  /** Resolves once the element has rendered and reported a wrong `policy`. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await this.#reported;
    return done;
  }

  /** The estimate to show now; `null` or `undefined` when there is nothing true to promise. */
  #estimate(now: number): DeliveryEstimate | null | undefined {
    const policy = this.policy === undefined ? this.clientPolicy : this.policy;
    const { named, product } = this.#source;
    if (!policy || policyFault(policy) || (named && !product?.variants.some((v) => v.availableForSale))) return null;
    const country = this.country;
    try {
      const estimate = deliveryWindow(policy, now, country && COUNTRY.test(country) ? country : this.shop?.country);
      if (DEV_MODE && estimate === undefined) {
        warnOnce('delivery-policy', 'no delivery promise: policy.holidays leave no work day in the next two years.');
      }
      return estimate;
    } catch {
      // A clock that gives no time.
      if (DEV_MODE) warnOnce('delivery-policy', 'no delivery promise: `now` gives no time.');
    }
  }

  protected override render() {
    // The element's language, else the browser's.
    const locale = this.language || navigator.language || 'en';
    // German, French, Spanish or Japanese sentences load before the first promise in one of them.
    if (loadDeliveryWording(locale)?.then(() => this.requestUpdate())) return nothing;
    const now = (this.now ?? Date.now)();
    const estimate = this.#estimate(now);
    const left = estimate?.orderWithinMs;
    // One timer: wakes when the shown minute changes (or each minute after the cut-off). Back in the
    // page after a move, the element updates again (ShopletElement looks for its store) and restarts it.
    clearTimeout(this.timer);
    this.timer =
      estimate && this.isConnected
        ? setTimeout(() => this.requestUpdate(), left ? (left % 60_000 || 60_000) + 20 : 60_000)
        : undefined;
    if (!estimate) return nothing;
    const lower = locale.toLowerCase();
    // The element's strings set for its language reword their piece; an English one does not reword German.
    const own = Object.entries(KEYS).flatMap(([name, key]) => {
      const value = this.t(key as DeliveryStringKey);
      return value === key || (!lower.startsWith('en') && value === translate('en', key as DeliveryStringKey))
        ? []
        : [[name, value]];
    });
    const [parts] = formatLoadedDeliveryPromise(
      estimate,
      locale,
      now,
      own.length ? Object.fromEntries(own) : undefined,
    );
    const dates = [estimate.earliest, estimate.latest];
    return html`<p class="promise" part="base">${truck}<span>${parts.map(({ type, value }) =>
      type === 'duration'
        ? html`<strong class="countdown" part="countdown">${value}</strong>`
        : type === 'date'
          ? html`<time part="date" datetime=${dates.shift() as string}>${value}</time>`
          : value,
    )}</span></p>`;
  }
}
