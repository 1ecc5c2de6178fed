import { css } from 'lit';

/**
 * Styles of `<shoplet-trust-strip>`, after the shared `theme`.
 *
 * @example
 * static styles = [theme, trustStyles];
 */
export const trustStyles = css`
  :host {
    display: block;
  }
  ul {
    display: grid;
    gap: 0.5rem;
    margin: 0;
    padding: var(--shoplet-trust-padding, 0.75rem 0 0);
    list-style: none;
    border-top: var(--shoplet-trust-border, 1px solid var(--_border));
    font-size: var(--shoplet-trust-font-size, 0.875em);
  }
  li {
    display: flex;
    gap: 0.5em;
    align-items: flex-start;
  }
  svg {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    color: var(--_muted);
  }
  a {
    color: inherit;
    text-underline-offset: 0.15em;
  }
  .stars {
    position: relative;
    display: inline-block;
    flex: none;
    width: 5.5em;
    height: 1.1em;
    background: linear-gradient(90deg, var(--shoplet-star-color, #b26b00) var(--_fill), var(--_border) var(--_fill));
    mask: var(--_star-mask) repeat-x left / 1.1em 1.1em;
    -webkit-mask: var(--_star-mask) repeat-x left / 1.1em 1.1em;
    --_star-mask: url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24'%3E%3Cpath d='M12 2l3 6.9 7.4.6-5.6 4.9 1.7 7.3L12 17.8 5.5 21.7l1.7-7.3L1.6 9.5 9 8.9z'/%3E%3C/svg%3E");
  }
  .rating {
    font-weight: 600;
  }
`;
