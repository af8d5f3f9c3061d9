// What a page sends and what its Content-Security-Policy blocks, recorded for a test to assert on.
import type { BrowserContext, Page } from '@playwright/test';

/** Every request the browser makes for the page, its workers and any window it opens. */
export function recordRequests(context: BrowserContext): string[] {
  const urls: string[] = [];
  context.on('request', (r) => urls.push(r.url()));
  return urls;
}

/** Requests that would leave this origin: in-page data: and blob: addresses never do. */
export const foreign = (urls: readonly string[], origin: string): string[] =>
  urls.filter((url) => !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin);

/** Records every CSP violation from the page's first script on; call the result to read them. */
export async function watchPolicy(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as { cspViolations?: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
  });
  return () => page.evaluate(() => (window as { cspViolations?: string[] }).cspViolations ?? []);
}
