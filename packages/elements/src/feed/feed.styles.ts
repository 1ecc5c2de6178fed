import { css } from 'lit';

export const feedStyles = css`
  :host {
    position: relative;
    display: block;
    height: 36rem;
    overflow: hidden;
    background: var(--shoplet-feed-background, #000);
    border-radius: var(--_radius);
  }
  .scroller {
    height: 100%;
    overflow-y: auto;
    overscroll-behavior: contain;
    scroll-snap-type: y mandatory;
    scrollbar-width: none;
  }
  .scroller::-webkit-scrollbar {
    display: none;
  }
  .item {
    display: grid;
    place-items: center;
    height: 100%;
    scroll-snap-align: start;
    scroll-snap-stop: always;
    overflow: hidden;
    contain: strict;
  }
  .item > shoplet-video {
    height: 100%;
    max-width: 100%;
    aspect-ratio: 9 / 16;
    --shoplet-video-radius: 0;
  }
  .item > shoplet-image {
    width: 100%;
    color: #fff;
  }
  .nav {
    position: absolute;
    inset: 0.5rem 0.5rem auto auto;
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }
  .ctl {
    min-width: 2.75rem;
    min-height: 2.75rem;
    border: 0;
    border-radius: 50%;
    background: rgb(0 0 0 / 0.55);
    color: #fff;
    font-size: 1.1rem;
  }
  .ctl:disabled {
    opacity: 0.4;
    cursor: default;
  }
  .error {
    padding: 1rem;
    color: #fff;
  }
  .error p {
    margin: 0 0 0.5rem;
  }
  @media (prefers-reduced-motion: reduce) {
    .scroller {
      scroll-behavior: auto;
    }
  }
`;
