import { css } from 'lit';

export const imageStyles = css`
  :host {
    display: block;
  }
  .media {
    position: relative;
    background: var(--_surface);
    border-radius: var(--shoplet-image-radius, var(--_radius));
  }
  .media img {
    display: block;
    width: 100%;
    height: 100%;
    object-fit: cover;
    border-radius: inherit;
  }
  .placeholder {
    display: grid;
    place-items: center;
    height: 100%;
    min-height: 8rem;
    padding: 1rem;
    color: var(--_muted);
    text-align: center;
  }
  .tags {
    position: absolute;
    inset: 0;
  }
  ::slotted(shoplet-tag) {
    transition: opacity 0.2s ease;
  }
  :host([show-tags='hover']) .media:not(:hover):not(:focus-within) ::slotted(shoplet-tag),
  :host([show-tags='tap']) .media:not(.revealed):not(:focus-within) ::slotted(shoplet-tag) {
    opacity: 0;
  }
  @media (hover: none) {
    :host([show-tags='hover']) .media:not(.revealed):not(:focus-within) ::slotted(shoplet-tag) {
      opacity: 0;
    }
  }
  .list {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0.75rem 0 0;
    padding: 0;
    list-style: none;
  }
  .list button {
    display: inline-flex;
    gap: 0.5em;
    align-items: center;
    min-height: 2.75rem;
    padding: 0.25rem 0.75rem 0.25rem 0.25rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_bg);
    font-size: 0.875em;
  }
  .list img {
    width: 2.25rem;
    height: 2.25rem;
    border-radius: 50%;
    object-fit: cover;
  }
  .list .price {
    color: var(--_muted);
  }
`;
