import { css } from 'lit';

export const sheetStyles = css`
  :host {
    display: contents;
  }
  dialog {
    width: min(var(--shoplet-sheet-width, 56rem), calc(100vw - 2rem));
    max-height: calc(100dvh - 2rem);
    padding: 0;
    border: 0;
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
    color-scheme: inherit;
    box-shadow: 0 1.5rem 4rem rgb(0 0 0 / 0.35);
  }
  dialog::backdrop {
    background: var(--shoplet-backdrop, rgb(0 0 0 / 0.5));
  }
  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    gap: calc(var(--_space) * 2);
    padding: calc(var(--_space) * 2);
  }
  @media (max-width: 40rem) {
    .layout {
      grid-template-columns: 1fr;
    }
  }
  .close {
    position: absolute;
    top: 0.5rem;
    right: 0.5rem;
    width: 2.75rem;
    height: 2.75rem;
    border: 0;
    border-radius: 50%;
    background: var(--_surface);
    font-size: 1.25rem;
    line-height: 1;
    z-index: 1;
  }
  .main-image {
    aspect-ratio: var(--_ratio, 4 / 5);
    background: var(--_surface);
    border-radius: var(--_radius);
    overflow: hidden;
    margin: 0;
  }
  .main-image img {
    display: block;
    width: 100%;
    height: 100%;
    object-fit: cover;
  }
  .thumbs {
    display: flex;
    gap: 0.5rem;
    margin: 0.5rem 0 0;
    padding: 0;
    list-style: none;
    flex-wrap: wrap;
  }
  .thumbs button {
    width: 3.5rem;
    height: 3.5rem;
    padding: 0;
    border: 2px solid transparent;
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface);
    overflow: hidden;
  }
  .thumbs button[aria-pressed='true'] {
    border-color: var(--_accent);
  }
  .thumbs img {
    width: 100%;
    height: 100%;
    object-fit: cover;
  }
  .info {
    display: grid;
    gap: 0.75rem;
    align-content: start;
  }
  h2 {
    margin: 0;
    padding-right: 2.5rem;
    font-size: 1.375em;
  }
  .description {
    color: var(--_text);
    font-size: 0.9375em;
    border-top: 1px solid var(--_border);
    padding-top: 0.75rem;
  }
  .description img {
    max-width: 100%;
    height: auto;
  }
  .description a {
    color: inherit;
  }
  .state {
    padding: 3rem 2rem;
    text-align: center;
  }
`;
