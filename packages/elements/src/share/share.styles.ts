import { css } from 'lit';

/**
 * Styles of the `<shoplet-share>` button, after the shared `theme`. The menu's styles
 * (`shareMenuStyles`) load with the menu.
 *
 * @example
 * static styles = [theme, shareStyles];
 */
export const shareStyles = css`
  :host {
    position: relative;
    display: inline-block;
  }
  .trigger {
    display: inline-flex;
    gap: 0.4em;
    align-items: center;
  }
  svg {
    width: 1.15em;
    height: 1.15em;
  }
`;
