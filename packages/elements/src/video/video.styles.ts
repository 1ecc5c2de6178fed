import { css } from 'lit';

export const videoStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  .layout {
    display: grid;
    gap: 0.75rem;
  }
  @container (min-width: 44rem) {
    :host(:is([rail='auto'], [rail='beside'])) .layout {
      grid-template-columns: minmax(0, 1fr) minmax(12rem, 16rem);
      align-items: start;
    }
    :host(:is([rail='auto'], [rail='beside'])) .rail {
      flex-direction: column;
      overflow: visible;
    }
  }
  .frame {
    position: relative;
    aspect-ratio: var(--_aspect, 16 / 9);
    background: var(--_surface);
    border-radius: var(--shoplet-video-radius, var(--_radius));
  }
  .player {
    position: absolute;
    inset: 0;
    overflow: hidden;
    border-radius: inherit;
    background: #000;
  }
  .player.floating {
    position: fixed;
    inset: auto 1rem 1rem auto;
    width: var(--shoplet-mini-player-width, 16rem);
    aspect-ratio: var(--_aspect, 16 / 9);
    max-height: 60vh;
    z-index: 2147483000;
    box-shadow: 0 8px 32px rgb(0 0 0 / 0.4);
  }
  video {
    display: block;
    width: 100%;
    height: 100%;
    object-fit: cover;
  }
  .tags {
    position: absolute;
    inset: 0;
    pointer-events: none;
  }
  ::slotted(shoplet-tag) {
    pointer-events: auto;
  }
  ::slotted(shoplet-tag[data-off]) {
    display: none;
  }
  ::slotted(shoplet-tag) {
    animation: shoplet-tag-in 0.25s ease-out;
  }
  @keyframes shoplet-tag-in {
    from {
      opacity: 0;
    }
  }
  .controls {
    position: absolute;
    z-index: 3;
    inset: auto 0 0;
    display: flex;
    align-items: center;
    gap: 0.25rem;
    padding: 0.25rem 0.5rem;
    background: linear-gradient(transparent, rgb(0 0 0 / 0.65));
    color: #fff;
  }
  .ctl {
    display: inline-grid;
    place-items: center;
    min-width: 2.75rem;
    min-height: 2.75rem;
    padding: 0;
    border: 0;
    border-radius: 50%;
    background: transparent;
    color: #fff;
  }
  .ctl[aria-pressed='true'] {
    background: rgb(255 255 255 / 0.25);
  }
  .seek {
    flex: 1;
    min-width: 3rem;
    accent-color: #fff;
  }
  .time {
    font-size: 0.75rem;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  @container (max-width: 24rem) {
    .time {
      display: none;
    }
  }
  .failed {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    margin: 0;
    padding: 1rem;
    color: #fff;
    text-align: center;
  }
  .mini-bar {
    position: absolute;
    z-index: 3;
    inset: 0.25rem 0.25rem auto auto;
    display: flex;
    gap: 0.25rem;
  }
  .mini-bar .ctl {
    background: rgb(0 0 0 / 0.55);
  }
  .rail {
    display: flex;
    gap: 0.5rem;
    margin: 0;
    padding: 0 0 0.25rem;
    list-style: none;
    overflow-x: auto;
  }
  :host([rail='overlay']) .layout {
    position: relative;
  }
  :host([rail='overlay']) .rail {
    position: absolute;
    inset: auto 0.5rem 3.5rem;
  }
  .rail li {
    display: flex;
    flex: none;
    align-items: stretch;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    transition: box-shadow 0.2s ease;
  }
  .rail li.on {
    border-color: var(--_accent);
    box-shadow: 0 0 0 2px var(--_accent);
  }
  .rail button {
    border: 0;
    background: transparent;
    min-height: 2.75rem;
  }
  .choose {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    padding: 0.25rem 0.5rem 0.25rem 0.25rem;
    text-align: start;
    font-size: 0.875em;
  }
  .choose img,
  .choose .noimg {
    width: 2.5rem;
    height: 2.5rem;
    flex: none;
    border-radius: calc(var(--_radius) / 2);
    object-fit: cover;
    background: var(--_surface);
  }
  .choose .name {
    font-weight: 600;
  }
  .choose .price {
    color: var(--_muted);
  }
  .jump {
    padding: 0 0.6rem;
    border-inline-start: 1px solid var(--_border) !important;
    font-size: 0.8125em;
    font-variant-numeric: tabular-nums;
    color: var(--_muted);
  }
  @media (prefers-reduced-motion: reduce) {
    ::slotted(shoplet-tag) {
      animation: none;
    }
    .rail li {
      transition: none;
    }
  }
`;
