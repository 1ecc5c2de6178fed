import { css } from 'lit';

/**
 * Styles of the `<shoplet-share>` menu, adopted by the element when the menu first loads.
 *
 * @example
 * adoptStyles(root, [...ShopletShare.elementStyles, shareMenuStyles]);
 */
export const shareMenuStyles = css`
  .menu {
    position: absolute;
    z-index: var(--shoplet-share-z-index, 10);
    inset-block-start: calc(100% + 0.25rem);
    inset-inline-start: 0;
    min-width: var(--shoplet-share-menu-width, 14rem);
    padding: 0.25rem;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 8px 24px rgb(0 0 0 / 0.16);
  }
  :host([align='end']) .menu {
    inset-inline-start: auto;
    inset-inline-end: 0;
  }
  ul {
    display: grid;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .target {
    display: grid;
    width: 100%;
    min-height: 2.5rem;
    padding: 0.5rem 0.75rem;
    border: 0;
    border-radius: calc(var(--_radius) - 2px);
    background: transparent;
    color: inherit;
    font: inherit;
    text-align: start;
    text-decoration: none;
    align-content: center;
  }
  .target:hover,
  .target:focus-visible {
    background: var(--_surface);
  }
  .note {
    font-size: 0.8125em;
  }
  .fallback {
    display: grid;
    gap: 0.25rem;
    padding: 0.5rem 0.75rem;
    font-size: 0.875em;
  }
  .fallback input {
    width: 100%;
    font: inherit;
    padding: 0.25rem 0.5rem;
    border: 1px solid var(--_border);
    border-radius: 4px;
    background: var(--_bg);
    color: inherit;
  }
`;
