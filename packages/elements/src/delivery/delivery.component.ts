import {
  type DeliveryEstimate,
  type DeliveryMessages,
  type DeliveryPolicy,
  type DeliveryPromisePart,
  estimateDelivery,
  formatDeliveryPromise,
  type Shoplet,
  ShopletError,
  validateDeliveryPolicy,
  warnOnce,
} from '@shoplet/core';
import { html, nothing, type PropertyValues, svg } from 'lit';
import { property, state } from 'lit/decorators.js';
import { emit } from '../internal/events.js';
import { translate } from '../internal/i18n.js';
import { ShopletElement } from '../internal/shoplet-element.js';
import { theme } from '../internal/theme.js';
import { OptionalProduct } from '../trust/optional-product.js';
import { deliveryStrings } from './delivery.strings.js';
import { deliveryStyles } from './delivery.styles.js';
import { clientDeliveryPolicy } from './policy-source.js';

const TAG = 'shoplet-delivery-promise';

/** Reads the `policy` attribute as JSON; a broken value warns once and counts as absent. */
const policyConverter = {
  fromAttribute(value: string | null): DeliveryPolicy | undefined {
    if (value === null || value.trim() === '') return undefined;
    try {
      return JSON.parse(value) as DeliveryPolicy;
    } catch {
      warnOnce('invalid-attribute', `<${TAG} policy>: not valid JSON; write the policy as JSON or set the property.`);
      return undefined;
    }
  },
};

const truck = svg`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor"
  stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round"><path d="M3 6h11v10H3zM14 9h4l3 3v4h-7"/>
  <circle cx="7" cy="17.5" r="1.75"/><circle cx="17" cy="17.5" r="1.75"/></svg>`;

/**
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

  /** The built-in strings by language (`setStrings` overrides them). */
  static readonly defaultStrings = deliveryStrings;

  /** Product handle: nothing is promised while it loads, or when it is sold out. */
  @property({ reflect: true }) product: string | undefined;

  /** ISO country of the destination; defaults to the client's country (else the policy's `'*'`). */
  @property({ reflect: true }) country: string | undefined;

  /** Dispatch and transit rules; wins over the client's. As an attribute, JSON. */
  @property({ converter: policyConverter }) policy: DeliveryPolicy | undefined;

  /** The clock, for tests and previews; default `Date.now`. */
  @property({ attribute: false }) now: (() => number) | undefined;

  @state() private clientPolicy: DeliveryPolicy | null = null;
  private policyFor: Shoplet | undefined;
  private checkedPolicy: DeliveryPolicy | undefined;
  private validPolicy = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private shown: DeliveryEstimate | null = null;
  private readonly source = new OptionalProduct(this, () => this.product);

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopTimer();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back in the page after a move: the minute may have changed meanwhile.
    if (this.hasUpdated) this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('policy')) this.checkPolicy();
    if (changed.has('country') && this.country !== undefined && !/^[A-Za-z]{2}$/.test(this.country)) {
      warnOnce(
        'invalid-attribute',
        `<${TAG} country="${this.country}">: use an ISO code such as "DE"; using the shop's.`,
      );
    }
    const shop = this.shop;
    if (shop !== this.policyFor) {
      this.policyFor = shop;
      this.clientPolicy = null;
      if (shop) {
        void clientDeliveryPolicy(shop).then((p) => {
          if (this.policyFor === shop) this.clientPolicy = p;
        });
      }
    }
  }

  private checkPolicy(): void {
    const policy = this.policy;
    this.checkedPolicy = policy;
    this.validPolicy = false;
    if (policy === undefined) return;
    try {
      validateDeliveryPolicy(policy, `<${TAG}>.policy`);
      this.validPolicy = true;
    } catch (err) {
      const error = err instanceof ShopletError ? err : new ShopletError('invalid_config', String(err));
      warnOnce('invalid-attribute', error.message);
      emit(this, 'shoplet-error', {
        code: error.code,
        message: error.message,
        field: error.field ?? 'policy',
        ...(this.product ? { product: this.product } : {}),
      });
    }
  }

  private get activePolicy(): DeliveryPolicy | null {
    if (this.policy !== undefined) return this.validPolicy && this.checkedPolicy === this.policy ? this.policy : null;
    return this.clientPolicy;
  }

  private get destination(): string | undefined {
    if (this.country && /^[A-Za-z]{2}$/.test(this.country)) return this.country.toUpperCase();
    return this.shop?.country;
  }

  private get resolvedLocale(): string {
    return this.locale || this.shop?.locale || document.documentElement.lang || navigator.language || 'en';
  }

  /** The estimate to show now, or `null` when there is nothing true to promise. */
  private currentEstimate(nowMs: number): DeliveryEstimate | null {
    const policy = this.activePolicy;
    if (!policy) return null;
    if (this.source.named) {
      const product = this.source.product;
      if (!product?.variants.some((v) => v.availableForSale)) return null;
    }
    try {
      return estimateDelivery(policy, { now: nowMs, country: this.destination });
    } catch (err) {
      warnOnce('delivery-policy', `no delivery promise: ${err instanceof Error ? err.message : String(err)}`);
      return null;
    }
  }

  /** Sentences from the element's strings, when its language has them; else core's built-ins. */
  private messages(): DeliveryMessages | undefined {
    const lang = this.resolvedLocale.toLowerCase().split('-')[0];
    const within = this.t('deliveryWithin');
    if (lang !== 'en' && within === translate('en', 'deliveryWithin')) return undefined;
    return {
      within,
      plain: this.t('deliveryArrives'),
      rangeSeparator: this.t('deliveryRange'),
      duration: (hours, minutes) =>
        [
          hours > 0 ? this.t('deliveryHours', { hours }) : '',
          minutes > 0 || hours === 0 ? this.t('deliveryMinutes', { minutes }) : '',
        ]
          .filter(Boolean)
          .join(this.t('deliveryDurationJoin')),
    };
  }

  private stopTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** One timer: wakes when the shown minute changes (or each minute after the cut-off). */
  private schedule(estimate: DeliveryEstimate | null): void {
    this.stopTimer();
    if (!estimate || !this.isConnected) return;
    const left = estimate.orderWithinMs;
    const delay = left !== null && left > 0 ? (left % 60_000 || 60_000) + 20 : 60_000;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.requestUpdate();
    }, delay);
  }

  protected override updated(): void {
    this.schedule(this.shown);
  }

  protected override render() {
    const nowMs = (this.now ?? Date.now)();
    const estimate = this.currentEstimate(nowMs);
    this.shown = estimate;
    if (!estimate) return nothing;
    const promise = formatDeliveryPromise(estimate, this.resolvedLocale, nowMs, this.messages());
    const isoDates = [estimate.earliest, estimate.latest];
    let dateIndex = 0;
    const part = (p: DeliveryPromisePart) => {
      if (p.type === 'duration') return html`<strong class="countdown" part="countdown">${p.value}</strong>`;
      if (p.type === 'date') return html`<time part="date" datetime=${isoDates[dateIndex++] ?? ''}>${p.value}</time>`;
      return p.value;
    };
    return html`<p class="promise" part="base">${truck}<span>${promise.parts.map(part)}</span></p>`;
  }
}
