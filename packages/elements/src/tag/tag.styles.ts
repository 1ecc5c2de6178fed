import { css } from 'lit';

export const tagStyles = css`
  :host {
    position: absolute;
    width: 0;
    height: 0;
    z-index: 1;
  }
  :host(:hover),
  :host(:focus-within) {
    z-index: 2;
  }
  .hotspot {
    position: absolute;
    width: var(--shoplet-hotspot-size, 1.75rem);
    height: var(--shoplet-hotspot-size, 1.75rem);
    transform: translate(-50%, -50%);
    padding: 0;
    border: 2px solid var(--shoplet-hotspot-border, #ffffff);
    border-radius: 50%;
    background: var(--shoplet-hotspot-color, rgb(27 27 31 / 0.75));
    box-shadow: 0 1px 4px rgb(0 0 0 / 0.35);
    transition: transform 0.15s ease;
  }
  .hotspot::after {
    content: '';
    position: absolute;
    inset: 35%;
    border-radius: 50%;
    background: var(--shoplet-hotspot-border, #ffffff);
  }
  .hotspot:hover,
  .hotspot.open {
    transform: translate(-50%, -50%) scale(1.15);
  }
  @media (prefers-reduced-motion: reduce) {
    .hotspot {
      transition: none;
    }
  }
  .card {
    position: absolute;
    top: calc(var(--shoplet-hotspot-size, 1.75rem) / 2 + 0.5rem);
    left: 0;
    transform: translateX(calc(-50% + var(--_dx, 0px)));
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.5rem;
    align-items: center;
    width: max-content;
    max-width: min(16rem, var(--_max-width, 16rem));
    padding: 0.5rem;
    background: var(--_bg);
    color: var(--_text);
    border-radius: var(--_radius);
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.25);
    font-size: 0.875rem;
    pointer-events: none;
  }
  .card.above {
    top: auto;
    bottom: calc(var(--shoplet-hotspot-size, 1.75rem) / 2 + 0.5rem);
  }
  .card img {
    width: 3rem;
    height: 3rem;
    object-fit: cover;
    border-radius: calc(var(--_radius) / 2);
  }
  .card p {
    margin: 0;
  }
  .card .name {
    font-weight: 600;
  }
`;
