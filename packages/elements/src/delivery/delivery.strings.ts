// Optional members: no built-in table lists them. The wording comes from the core's
// `formatDeliveryPromise` (en, de, fr, es, ja); a string set with `setStrings` or an element's
// `strings` for the shopper's language replaces that piece of it.
declare module '../internal/i18n.js' {
  interface ShopletStrings {
    /** Delivery promise while today's cut-off applies; `{duration}` and `{dates}` are filled. */
    deliveryWithin?: string;
    /** Delivery promise after the cut-off. */
    deliveryArrives?: string;
    /** Between the earliest and the latest arrival date. */
    deliveryRange?: string;
    /** Hours of the countdown (`'{hours} h'`). */
    deliveryHours?: string;
    /** Minutes of the countdown (`'{minutes} min'`). */
    deliveryMinutes?: string;
    /** Between hours and minutes (`2 h 13 min`). */
    deliveryDurationJoin?: string;
  }
}

/**
 * The strings that reword `<shoplet-delivery-promise>`, for example
 * `setStrings('en', { deliveryWithin: 'Order in the next {duration} for {dates}' })`.
 *
 * @example
 * const key: DeliveryStringKey = 'deliveryArrives';
 */
export type DeliveryStringKey =
  | 'deliveryWithin'
  | 'deliveryArrives'
  | 'deliveryRange'
  | 'deliveryHours'
  | 'deliveryMinutes'
  | 'deliveryDurationJoin';
