import { test, expect } from '@playwright/test';
import { CSP_PORT } from '../playwright.config';
import { appReady, chooseRole, muatUlang } from './helpers';

test('the app runs under the documented Content-Security-Policy', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as any).__csp = ((window as any).__csp || []).concat(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const response = await page.goto(`http://127.0.0.1:${CSP_PORT}/kinerja/`);
  expect(response!.headers()['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
  await appReady(page);
  await chooseRole(page, 'admin_kepegawaian', 'Putu');
  await muatUlang(page);
  await expect(page.getByTestId('salam')).toHaveText('Halo, Putu');
  expect(await page.evaluate(() => (window as any).__csp || [])).toEqual([]);
  expect(violations).toEqual([]);
});
