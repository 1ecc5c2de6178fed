import { css } from 'lit';

export const cartButtonStyles = css`
  :host {
    display: inline-block;
    position: relative;
    width: var(--shoplet-cart-button-size, 2.75rem);
    height: var(--shoplet-cart-button-size, 2.75rem);
    vertical-align: middle;
  }
  button {
    position: relative;
    display: grid;
    place-items: center;
    width: 100%;
    height: 100%;
    padding: 0;
    border: 0;
    border-radius: 50%;
    background: transparent;
    color: var(--_text);
  }
  button:hover {
    background: var(--_surface);
  }
  svg,
  ::slotted([slot='icon']) {
    width: 60%;
    height: 60%;
  }
  .badge {
    position: absolute;
    top: 0;
    right: 0;
    min-width: 1.25rem;
    height: 1.25rem;
    padding: 0 0.3rem;
    border-radius: 999px;
    background: var(--shoplet-badge-background, var(--_accent));
    color: var(--shoplet-badge-color, var(--_accent-text));
    font-size: 0.75rem;
    font-weight: 700;
    line-height: 1.25rem;
    text-align: center;
    font-variant-numeric: tabular-nums;
  }
  .badge[data-empty] {
    visibility: hidden;
  }
`;
