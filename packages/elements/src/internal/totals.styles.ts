import { css } from 'lit';

/**
 * The subtotal/shipping/total list (`<dl class="totals">` with a `.grand` row), shared by the cart
 * drawer and the checkout steps so both read alike.
 *
 * @example
 * static override styles = [theme, totalsStyles, cartStyles];
 */
export const totalsStyles = css`
  .totals {
    display: grid;
    gap: 0.25rem;
    margin: 0;
  }
  .totals div {
    display: flex;
    justify-content: space-between;
  }
  .totals dd {
    margin: 0;
  }
  .grand {
    font-weight: 700;
    border-top: 1px solid var(--_border);
    padding-top: 0.375rem;
  }
`;
