import { css } from 'lit';

/**
 * Design tokens and base rules every Shoplet element shares. Every colour follows the page's
 * `color-scheme` (light or dark) unless a `--shoplet-*` property overrides it.
 *
 * @example
 * static styles = [theme, css`:host { display: block; }`];
 */
export const theme = css`
  :host {
    --_text: var(--shoplet-color-text, light-dark(#1b1b1f, #f1f1f4));
    --_muted: var(--shoplet-color-muted, light-dark(#5c5c66, #b3b3bd));
    --_bg: var(--shoplet-color-background, light-dark(#ffffff, #1c1c21));
    --_surface: var(--shoplet-color-surface, light-dark(#f4f4f6, #2a2a31));
    --_border: var(--shoplet-color-border, light-dark(#d6d6dc, #44444d));
    --_accent: var(--shoplet-color-accent, light-dark(#1b1b1f, #f1f1f4));
    --_accent-text: var(--shoplet-color-accent-text, light-dark(#ffffff, #1b1b1f));
    --_sale: var(--shoplet-color-sale, light-dark(#b3261e, #ff8a80));
    --_error: var(--shoplet-color-error, light-dark(#b3261e, #ff8a80));
    --_success: var(--shoplet-color-success, light-dark(#1e6b35, #8fd6a1));
    --_radius: var(--shoplet-radius, 8px);
    --_space: var(--shoplet-spacing, 0.75rem);
    --_focus: var(--shoplet-focus-ring, 2px solid light-dark(#0b57d0, #a8c7fa));
    box-sizing: border-box;
    color: var(--_text);
    font-family: var(--shoplet-font-family, inherit);
    font-size: var(--shoplet-font-size, 1rem);
    line-height: 1.4;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  [hidden] {
    display: none !important;
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  :focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  .vh {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  .muted {
    color: var(--_muted);
  }
  .primary {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-height: 2.75rem;
    padding: 0.5rem 1rem;
    border: 0;
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_accent-text);
    font-weight: 600;
  }
  .primary[aria-disabled='true'],
  .primary:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .secondary {
    min-height: 2.75rem;
    padding: 0.5rem 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: transparent;
  }
`;
