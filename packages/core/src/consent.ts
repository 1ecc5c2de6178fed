import { atom, type ReadableAtom } from 'nanostores';
import type { StorageLike } from './adapter.js';

/**
 * A consent purpose. Shoplet itself only asks for `analytics`; others are for integrators.
 *
 * @example
 * const purpose: ConsentPurpose = 'analytics';
 */
export type ConsentPurpose = 'analytics' | 'marketing' | (string & {});

/**
 * Options of {@link createConsent}.
 *
 * @example
 * const options: ConsentOptions = { storage: localStorage, required: true };
 */
export interface ConsentOptions {
  /** Where decisions are remembered; memory when omitted. Nothing is written until a decision. */
  storage?: StorageLike;
  /** When true, every purpose is denied until granted (opt-in, e.g. GDPR). Default false. */
  required?: boolean;
  storageKey?: string;
}

/**
 * The shopper's consent decisions.
 *
 * @example
 * const consent: Consent = createConsent({ required: true });
 */
export interface Consent {
  /** Explicit decisions by purpose (`{ analytics: true }`); purposes without one follow `required`. */
  readonly $consent: ReadableAtom<Readonly<Record<string, boolean>>>;
  readonly required: boolean;
  grant(purpose: ConsentPurpose): void;
  revoke(purpose: ConsentPurpose): void;
  granted(purpose: ConsentPurpose): boolean;
}

/**
 * Creates the consent store. Hook it to your consent banner: call `grant('analytics')` when the
 * shopper accepts, `revoke('analytics')` when they withdraw. The decision is remembered in the
 * injected storage (recording a consent choice is what that storage is for); before any decision
 * nothing is written.
 *
 * @example
 * const consent = createConsent({ storage: localStorage, required: true });
 * consent.granted('analytics'); // false
 * acceptButton.onclick = () => consent.grant('analytics');
 * consent.$consent.subscribe((c) => console.log(c)); // { analytics: true }
 */
export function createConsent(options: ConsentOptions = {}): Consent {
  const { storage, required = false, storageKey = 'shoplet:consent' } = options;
  let initial: Record<string, boolean> = {};
  try {
    const raw = storage?.getItem(storageKey);
    const parsed: unknown = raw ? JSON.parse(raw) : null;
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
      initial = Object.fromEntries(Object.entries(parsed).filter(([, v]) => typeof v === 'boolean'));
    }
  } catch {
    // Unreadable or corrupt: ask again.
  }
  const $consent = atom<Readonly<Record<string, boolean>>>(initial);

  const decide = (purpose: ConsentPurpose, value: boolean) => {
    const next = { ...$consent.get(), [purpose]: value };
    try {
      storage?.setItem(storageKey, JSON.stringify(next));
    } catch {
      // Remembered for this page only.
    }
    $consent.set(next);
  };

  return {
    $consent,
    required,
    grant: (purpose) => decide(purpose, true),
    revoke: (purpose) => decide(purpose, false),
    granted: (purpose) => $consent.get()[purpose] ?? !required,
  };
}
