import { css } from 'lit';

export const checkoutStyles = css`
  :host {
    display: block;
  }
  .step {
    display: grid;
    gap: var(--_space);
    margin: 0;
  }
  .step-head {
    display: grid;
    gap: 0.125rem;
  }
  .step-count {
    margin: 0;
    font-size: 0.8125em;
  }
  h3 {
    margin: 0;
    font-size: 1.125em;
  }
  h3:focus {
    outline: none;
  }
  h3:focus-visible {
    outline: var(--_focus);
  }
  .field {
    display: grid;
    gap: 0.25rem;
  }
  .row {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    gap: var(--_space);
  }
  label {
    font-weight: 600;
    font-size: 0.9375em;
  }
  label .muted {
    font-weight: 400;
  }
  input:not([type='radio']),
  select {
    width: 100%;
    min-height: 2.75rem;
    padding: 0.5rem 0.625rem;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_bg);
    color: var(--_text);
    font: inherit;
  }
  [aria-invalid='true'] {
    border-color: var(--_error) !important;
  }
  .hint {
    margin: 0;
    font-size: 0.8125em;
  }
  .field-error,
  .form-error {
    margin: 0;
    color: var(--_error);
    font-size: 0.875em;
  }
  .form-error:empty {
    display: none;
  }
  .choices {
    display: grid;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    border: 0;
  }
  .choice {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.625rem;
    align-items: start;
    padding: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    font-weight: 400;
    cursor: pointer;
  }
  .choice:has(input:checked) {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }
  .choice input {
    margin: 0.2rem 0 0;
    accent-color: var(--_accent);
  }
  .choice-body {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 0.125rem 0.5rem;
  }
  .choice-name {
    font-weight: 600;
  }
  .choice-note {
    grid-column: 1 / -1;
    font-size: 0.875em;
  }
  .step-actions {
    display: flex;
    gap: 0.5rem;
    justify-content: space-between;
  }
  .step-actions .primary {
    flex: 1;
  }
  .order-code {
    margin: 0;
    font-size: 1.25em;
    font-weight: 700;
  }
  .order-lines {
    display: grid;
    gap: 0.25rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .order-lines li {
    display: flex;
    justify-content: space-between;
    gap: 0.5rem;
  }
  .handoff-text {
    margin: 0;
  }
  .trust {
    display: flex;
    gap: 0.375rem;
    align-items: center;
    margin: var(--_space) 0 0;
    color: var(--_muted);
    font-size: 0.8125em;
  }
`;
