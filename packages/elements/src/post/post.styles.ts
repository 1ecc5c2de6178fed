import { css } from 'lit';

export const postStyles = css`
  :host {
    display: block;
  }
  .head {
    display: flex;
    justify-content: space-between;
    gap: 1rem;
    margin: 0 0 0.5rem;
  }
  .title {
    margin: 0;
    font-weight: 600;
  }
  .creator {
    margin: 0.5rem 0 0;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .creator a {
    color: inherit;
  }
  .loading {
    aspect-ratio: var(--shoplet-post-aspect, 4 / 5);
    background: var(--_surface);
    border-radius: var(--_radius);
  }
  .error {
    padding: 1rem;
    border: 1px solid var(--_error);
    border-radius: var(--_radius);
    color: var(--_text);
  }
  .error p {
    margin: 0;
  }
  .error code {
    color: var(--_error);
  }
`;
