// Finds a Chromium for the browser tests and screenshots, without downloading anything at run time.
// Order: $CHROME_PATH, the system Chromium/Chrome, then the binary shipped inside @sparticuz/chromium.
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Flags that keep headless Chromium quiet and offline in containers and CI. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const SYSTEM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

function onPath(name) {
  const dirs = ['/usr/bin', ...(process.env.PATH ?? '').split(delimiter)];
  for (const dir of dirs) {
    if (!dir) continue;
    const candidate = join(dir, name);
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

async function fromSparticuz() {
  try {
    const { default: chromium } = await import('@sparticuz/chromium');
    const path = await chromium.executablePath();
    return path && existsSync(path) ? path : null;
  } catch {
    // Not installed, or this Node version cannot unpack it: try nothing else, report below.
    return null;
  }
}

/**
 * The Chromium to launch and the flags to launch it with.
 *
 * @example
 * const { executablePath, args } = await resolveBrowser();
 * await chromium.launch({ executablePath, args, headless: true });
 * @returns {Promise<{ executablePath: string, args: string[] }>}
 */
export async function resolveBrowser() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) {
      throw new Error(`CHROME_PATH is set to "${fromEnv}" but no file is there. Fix the path or unset it.`);
    }
    return { executablePath: fromEnv, args: [...CHROMIUM_ARGS] };
  }
  for (const name of SYSTEM_NAMES) {
    const found = onPath(name);
    if (found) return { executablePath: found, args: [...CHROMIUM_ARGS] };
  }
  const bundled = await fromSparticuz();
  if (bundled) return { executablePath: bundled, args: [...CHROMIUM_ARGS] };
  throw new Error(
    'No Chromium found for the browser tests. Install one with `apt-get install -y chromium` ' +
      '(Debian/Ubuntu), or set CHROME_PATH to a Chrome/Chromium executable.',
  );
}
