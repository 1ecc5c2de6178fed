import { css } from 'lit';

export const productStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    max-width: var(--shoplet-product-max-width, 22rem);
  }
  :host([layout='row']) {
    max-width: var(--shoplet-product-max-width, 40rem);
  }
  :host([layout='compact']) {
    max-width: var(--shoplet-product-max-width, 28rem);
  }
  .base {
    display: grid;
    gap: var(--_space);
    padding: var(--_space);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-height: var(--shoplet-product-min-height, 8rem);
  }
  .row {
    grid-template-columns: minmax(7rem, 40%) 1fr;
    align-items: start;
  }
  .compact {
    grid-template-columns: 4.5rem 1fr auto;
    align-items: center;
    min-height: 0;
  }
  .media {
    aspect-ratio: 4 / 5;
    background: var(--_surface);
    border-radius: calc(var(--_radius) - 2px);
    overflow: hidden;
  }
  .media img {
    display: block;
    width: 100%;
    height: 100%;
    object-fit: cover;
  }
  .body {
    display: grid;
    gap: 0.5rem;
    align-content: start;
    min-width: 0;
  }
  .vendor {
    margin: 0;
    font-size: 0.8125em;
  }
  .title {
    margin: 0;
    font-weight: 600;
    font-size: 1.0625em;
  }
  .compact .title {
    font-size: 1em;
  }
  .actions {
    display: flex;
    gap: 0.5rem;
    flex-wrap: wrap;
  }
  .skeleton {
    height: 1em;
    border-radius: 4px;
    background: var(--_surface);
  }
  .skeleton.wide {
    width: 70%;
  }
  .skeleton.narrow {
    width: 35%;
  }
  .unavailable {
    display: flex;
    align-items: center;
    color: var(--_muted);
    min-height: 0;
  }
  .unavailable p {
    margin: 0;
  }
`;
