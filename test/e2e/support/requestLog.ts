// Records every request a page makes, so the privacy test can prove nothing left localhost.
import type { Page } from 'playwright-core';

export function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

export function nonLocalRequests(urls: readonly string[]): string[] {
  return urls.filter((url) => {
    if (url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank') return false;
    const host = new URL(url).hostname;
    return host !== 'localhost' && host !== '127.0.0.1';
  });
}
