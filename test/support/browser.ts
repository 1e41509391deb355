import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');

/**
 * Chromium from the system's package (browser downloads are impossible here): CHROMIUM_PATH, else the
 * usual places Debian and others install it.
 */
export const CHROMIUM = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'].find(
  (candidate): candidate is string => !!candidate && existsSync(candidate),
);

/**
 * `describe` for tests that drive a real browser. Without Chromium they are skipped, saying so, on a
 * developer's machine; in CI (`CI` set: .ci/run installs Chromium first) a missing browser is a failure.
 */
export function describeInBrowser(name: string, tests: () => void): void {
  if (CHROMIUM) return describe(name, tests);
  if (process.env.CI) {
    describe(name, () => {
      it('needs Chromium', () => {
        throw new Error('no Chromium found (CHROMIUM_PATH, /usr/bin/chromium): CI must run the browser tests (apt-get install -y chromium)');
      });
    });
    return;
  }
  describe.skip(`${name} [skipped: no Chromium; apt-get install -y chromium, or set CHROMIUM_PATH]`, tests);
  process.stderr.write(`skipped without Chromium: "${name}" (apt-get install -y chromium, or set CHROMIUM_PATH)\n`);
}

/** The web app as `npm install` builds it; rebuilt here only when a source changed since (milliseconds otherwise). */
export function buildWebApp(): void {
  execFileSync(process.execPath, [path.join(ROOT, 'src', 'scripts', 'build-web-if-changed.mjs')], { stdio: ['ignore', 'ignore', 'inherit'] });
}

const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * axe-core's violations on the page as it is now, the serious and critical ones. Injected through the
 * DevTools protocol, so the page's own Content-Security-Policy (scripts from the server only) stays on.
 */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    // In the page (this file is typed without the DOM's types): axe-core's global.
    const axe = (globalThis as unknown as { axe: { run(options: object): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run({ resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

const SCREENSHOTS = path.join(ROOT, 'docs', 'screenshots');

/** A screenshot for the README (docs/screenshots/), made from what the test just checked. */
export async function screenshot(page: Page, name: string, fullPage = true): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage, animations: 'disabled' });
}
