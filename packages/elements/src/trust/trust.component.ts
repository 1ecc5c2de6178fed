import type { ReturnsInfo, ReviewSummary } from '@shoplet/core';
import { warnOnce } from '@shoplet/core/internal';
import { html, nothing, type PropertyValues, svg, type TemplateResult } from 'lit';
import { OptionalProduct } from '../internal/optional-product.js';
import { safeUrl } from '../internal/safe-url.js';
import { ShopletElement } from '../internal/shoplet-element.js';
import { theme } from '../internal/theme.js';
import { trustStyles } from './trust.styles.js';

const TAG = 'shoplet-trust-strip';

const icon = (path: TemplateResult) =>
  html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor"
    stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round">${path}</svg>`;
const lock = svg`<rect x="4" y="10" width="16" height="11" rx="2"/><path d="M8 10V7a4 4 0 0 1 8 0v3"/>`;
const card = svg`<rect x="2.5" y="5" width="19" height="14" rx="2"/><path d="M2.5 10h19M6 15h4"/>`;
const parcel = svg`<path d="M3 7l9-4 9 4v10l-9 4-9-4zM3 7l9 4 9-4M12 11v10"/>`;

/** A review summary worth showing: finite numbers, a rating within its scale, at least one review. */
function validReviews(r: ReviewSummary | null | undefined): r is ReviewSummary {
  return (
    !!r &&
    Number.isFinite(r.rating) &&
    Number.isFinite(r.scale) &&
    r.scale > 0 &&
    r.rating >= 0 &&
    r.rating <= r.scale &&
    Number.isInteger(r.count) &&
    r.count > 0
  );
}

/**
 * @tagname shoplet-trust-strip
 * @summary Why a shopper can buy here with confidence: who processes the payment ("Secure
 * checkout by Shopify"), that Shoplet never sees card details, the return policy summary with its
 * link, and the product's review summary. Only what is configured or known is shown; a missing
 * field is left out, and with nothing known the strip renders nothing.
 *
 * Sources: `provider` (else the adapter's `capabilities.checkoutProvider`); `returns` /
 * `returns-summary` + `returns-url` (else the client's `returns` configuration); `reviews` (else the
 * reviews of `product`, when the backend has them).
 *
 * @csspart base - The list.
 * @csspart item - Every entry; each also has its own part below.
 * @csspart payment - Who processes the payment.
 * @csspart card-details - The card-details statement.
 * @csspart returns - The return policy summary.
 * @csspart returns-link - The link to the full return policy.
 * @csspart reviews - The review summary.
 *
 * @cssprop --shoplet-trust-font-size - Text size (0.875em).
 * @cssprop --shoplet-trust-border - Line above the strip.
 * @cssprop --shoplet-trust-padding - Space around the list.
 * @cssprop --shoplet-star-color - Filled star colour.
 *
 * @example
 * <shoplet-trust-strip product="linen-shirt" returns-summary="Free returns within 30 days" returns-url="/returns">
 * </shoplet-trust-strip>
 */
export class ShopletTrustStrip extends ShopletElement {
  static override styles = [theme, trustStyles];

  static override properties = {
    product: { reflect: true },
    provider: { reflect: true },
    returns: { attribute: false },
    returnsSummary: { attribute: 'returns-summary' },
    returnsUrl: { attribute: 'returns-url' },
    reviews: { attribute: false },
  };

  /** Product handle whose review summary to show. */
  declare product: string | undefined;

  /** Who processes the payment; default the adapter's `capabilities.checkoutProvider`. */
  declare provider: string | undefined;

  /** The return policy; wins over `returns-summary`/`returns-url` and the client's configuration. */
  declare returns: ReturnsInfo | null | undefined;

  /** One-line return policy summary ("Free returns within 30 days"). */
  declare returnsSummary: string | undefined;

  /** Link to the full return policy (`http(s)` or relative to the page). */
  declare returnsUrl: string | undefined;

  /** A review summary to show instead of the product's. */
  declare reviews: ReviewSummary | null | undefined;

  readonly #source = new OptionalProduct(this, () => this.product);

  protected override willUpdate(changed: PropertyValues<this>): void {
    const info = this.#returnPolicy;
    if ((changed.has('returns') || changed.has('returnsUrl')) && info?.url && !safeUrl(info.url)) {
      warnOnce(
        'invalid-attribute',
        `<${TAG}> returns url "${info.url}" is not an http(s) link; showing the summary only.`,
      );
    }
  }

  get #paymentProvider(): string | null {
    const provider = (this.provider ?? this.shop?.adapter.capabilities.checkoutProvider)?.trim();
    return provider || null;
  }

  get #returnPolicy(): ReturnsInfo | null {
    if (this.returns !== undefined) return this.returns?.summary?.trim() ? this.returns : null;
    if (this.returnsSummary?.trim()) {
      return { summary: this.returnsSummary, ...(this.returnsUrl ? { url: this.returnsUrl } : {}) };
    }
    // `returns` is an optional part of a client.
    const configured = (this.shop as { returns?: ReturnsInfo | null } | undefined)?.returns;
    return configured?.summary?.trim() ? configured : null;
  }

  get #reviewSummary(): ReviewSummary | null {
    const r = this.reviews !== undefined ? this.reviews : this.#source.product?.reviews;
    return validReviews(r) ? r : null;
  }

  get #resolvedLocale(): string {
    return this.locale || this.shop?.locale || document.documentElement.lang || navigator.language || 'en';
  }

  #renderReviews(r: ReviewSummary) {
    const locale = this.#resolvedLocale;
    let rating: string;
    let count: string;
    try {
      rating = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(r.rating);
      count = new Intl.NumberFormat(locale).format(r.count);
    } catch {
      rating = String(Math.round(r.rating * 10) / 10);
      count = String(r.count);
    }
    const scale = String(r.scale);
    // `t` picks the plural by the number and formats it for the locale.
    const sentence = this.t('trustRated', { rating, scale, count: r.count });
    const fill = `${Math.round((r.rating / r.scale) * 1000) / 10}%`;
    return html`<li part="item reviews">
      <span class="stars" .style=${`--_fill:${fill}`} aria-hidden="true"></span>
      <span aria-hidden="true"><span class="rating">${rating}</span> (${count})</span>
      <span class="vh">${sentence}</span>
    </li>`;
  }

  protected override render() {
    const provider = this.#paymentProvider;
    const returns = this.#returnPolicy;
    const reviews = this.#reviewSummary;
    if (!provider && !returns && !reviews) return nothing;
    const returnsUrl = safeUrl(returns?.url);
    return html`<ul part="base" aria-label=${this.t('trustLabel')}>
      ${reviews ? this.#renderReviews(reviews) : nothing}
      ${
        provider
          ? html`<li part="item payment">${icon(lock)}<span>${this.t('trustPayment', { provider })}</span></li>
            <li part="item card-details">${icon(card)}<span>${this.t('trustCardDetails')}</span></li>`
          : nothing
      }
      ${
        returns
          ? html`<li part="item returns">
            ${icon(parcel)}
            <span>${returns.summary}${
              returnsUrl
                ? html` · <a part="returns-link" href=${returnsUrl}>${this.t('trustReturnsLink')}</a>`
                : nothing
            }</span>
          </li>`
          : nothing
      }
    </ul>`;
  }
}
