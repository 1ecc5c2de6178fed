import { css } from 'lit';

// The card's styles load with the card (lazy/tag-interaction.ts).

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
`;
