import { css } from 'lit';

export const cartStyles = css`
  :host {
    display: contents;
  }
  dialog {
    position: fixed;
    inset: 0 0 0 auto;
    width: min(var(--shoplet-cart-width, 26rem), 100vw);
    max-width: 100vw;
    height: 100dvh;
    max-height: 100dvh;
    margin: 0;
    padding: 0;
    border: 0;
    background: var(--_bg);
    color: var(--_text);
    color-scheme: inherit;
    box-shadow: -1rem 0 3rem rgb(0 0 0 / 0.25);
    transform: translateX(0);
    transition:
      transform 0.25s ease-out,
      overlay 0.25s allow-discrete,
      display 0.25s allow-discrete;
  }
  dialog:not([open]) {
    transform: translateX(100%);
  }
  @starting-style {
    dialog[open] {
      transform: translateX(100%);
    }
  }
  dialog::backdrop {
    background: var(--shoplet-backdrop, rgb(0 0 0 / 0.45));
  }
  @media (prefers-reduced-motion: reduce) {
    dialog {
      transition: none;
    }
  }
  .panel {
    display: flex;
    flex-direction: column;
    min-height: 100%;
  }
  .header {
    position: sticky;
    top: 0;
    z-index: 1;
    display: flex;
    align-items: center;
    gap: 0.5rem;
    padding: var(--_space) calc(var(--_space) * 1.5);
    background: var(--_bg);
    border-bottom: 1px solid var(--_border);
  }
  h2 {
    flex: 1;
    margin: 0;
    font-size: 1.125em;
  }
  .icon {
    width: 2.75rem;
    height: 2.75rem;
    border: 0;
    border-radius: 50%;
    background: var(--_surface);
    font-size: 1.125rem;
    line-height: 1;
  }
  .body {
    display: grid;
    gap: var(--_space);
    align-content: start;
    padding: calc(var(--_space) * 1.5);
  }
  .link {
    padding: 0.25rem;
    border: 0;
    background: none;
    text-decoration: underline;
    min-height: 2rem;
  }
  .wide {
    width: 100%;
  }
  .error.shown {
    display: grid;
    gap: 0.5rem;
    padding: var(--_space);
    border: 1px solid var(--_error);
    border-radius: var(--_radius);
    color: var(--_error);
  }
  .error p {
    margin: 0;
  }
  .notice.shown {
    padding: 0.5rem var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .state {
    display: grid;
    gap: var(--_space);
    justify-items: center;
    padding: 2rem 0;
    margin: 0;
    text-align: center;
  }
  .lines {
    display: grid;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .lines[aria-busy='true'] {
    cursor: progress;
  }
  .line {
    display: grid;
    grid-template-columns: 4rem 1fr auto;
    gap: var(--_space);
    align-items: start;
    padding-bottom: var(--_space);
    border-bottom: 1px solid var(--_border);
  }
  .line-media {
    width: 4rem;
    aspect-ratio: 4 / 5;
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface);
    overflow: hidden;
  }
  .line-media img {
    display: block;
    width: 100%;
    height: 100%;
    object-fit: cover;
  }
  .line-info {
    display: grid;
    gap: 0.25rem;
    min-width: 0;
  }
  .line-info p {
    margin: 0;
  }
  .line-title {
    font-weight: 600;
  }
  .line-options,
  .line-unit {
    font-size: 0.875em;
  }
  .line-total {
    margin: 0;
    font-weight: 600;
  }
  .line-controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    margin-top: 0.25rem;
  }
  .stepper {
    display: inline-flex;
    align-items: center;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .stepper button {
    width: 2.5rem;
    height: 2.5rem;
    border: 0;
    background: none;
    font-size: 1.125rem;
  }
  .stepper input {
    width: 3rem;
    height: 2.5rem;
    border: 0;
    background: transparent;
    color: inherit;
    font: inherit;
    text-align: center;
    -moz-appearance: textfield;
  }
  .stepper input::-webkit-inner-spin-button,
  .stepper input::-webkit-outer-spin-button {
    -webkit-appearance: none;
    margin: 0;
  }
  .footer {
    display: grid;
    gap: var(--_space);
  }
  .discount {
    display: grid;
    gap: 0.25rem;
  }
  .discount label {
    font-weight: 600;
    font-size: 0.9375em;
  }
  .discount-row {
    display: flex;
    gap: 0.5rem;
  }
  .discount-row input {
    flex: 1;
    min-width: 0;
    min-height: 2.75rem;
    padding: 0.5rem 0.625rem;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_bg);
    color: var(--_text);
    font: inherit;
  }
  .discount-row input[aria-invalid='true'] {
    border-color: var(--_error);
  }
  .field-error {
    margin: 0;
    color: var(--_error);
    font-size: 0.875em;
  }
  .codes {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
    margin: 0.25rem 0 0;
    padding: 0;
    list-style: none;
  }
  .code {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    padding: 0 0 0 0.625rem;
    border-radius: 999px;
    background: var(--_surface);
    font-size: 0.875em;
  }
  .code-remove {
    width: 2rem;
    height: 2rem;
    border: 0;
    border-radius: 50%;
    background: none;
  }
  /* The drawer's grand total is a touch larger than the checkout's (totals.styles.ts). */
  .grand {
    font-size: 1.0625em;
  }
`;
