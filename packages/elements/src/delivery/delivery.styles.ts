import { css } from 'lit';

/**
 * Styles of `<shoplet-delivery-promise>`, after the shared `theme`.
 *
 * @example
 * static styles = [theme, deliveryStyles];
 */
export const deliveryStyles = css`
  :host {
    display: block;
  }
  .promise {
    display: flex;
    gap: 0.5em;
    align-items: flex-start;
    margin: 0;
    font-size: var(--shoplet-delivery-font-size, 0.875em);
    color: var(--shoplet-delivery-color, var(--_text));
  }
  svg {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    margin-top: 0.05em;
    color: var(--_muted);
  }
  .countdown {
    font-weight: 600;
    color: var(--shoplet-delivery-countdown-color, var(--_success));
    font-variant-numeric: tabular-nums;
  }
  time {
    font-weight: 600;
  }
`;
