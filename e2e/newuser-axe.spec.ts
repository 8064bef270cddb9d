/**
 * Issue 18: axe-core (Deque's rules, WCAG 2.x A/AA and best practices, plus the experimental
 * label-content-name-mismatch) on the main screens — demo, inspector, analysis, a dialog and the
 * presentation — with no serious or critical violation and exactly one level-one heading.
 * One spec, a few states: axe is slow.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { openEditor, zoneNode } from './editor-helpers';

/** Audits the page, or only `within` (the part that changed since the full-page audit: axe is slow). */
async function audit(page: Page, state: string, within?: string) {
  let builder = new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice', 'experimental'])
    // The diagram's minimap is an SVG picture of the canvas, labelled as a whole.
    .exclude('.react-flow__minimap');
  if (within) builder = builder.include(within);
  const result = await builder.analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const summary = bad.map(
    (v) =>
      `${state}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(' | ')}`,
  );
  expect(summary, summary.join('\n')).toEqual([]);
  const mismatch = result.violations.find((v) => v.id === 'label-content-name-mismatch');
  expect(mismatch?.nodes.map((n) => n.target.join(' ')) ?? [], state).toEqual([]);
  return result;
}

test('no serious or critical axe violations on the main screens; one h1', async ({ page }) => {
  test.setTimeout(120_000);
  await openEditor(page);
  await expect(page.locator('h1')).toHaveCount(1);
  const demo = await audit(page, 'demo');
  expect(demo.violations.map((v) => v.id)).not.toContain('page-has-heading-one');

  await zoneNode(page, 'z-supervisory').locator('.zone-hit').first().click();
  await expect(
    page.getByRole('region', { name: 'Inspector' }).locator('[data-inspecting="zone"]'),
  ).toBeVisible();
  await audit(page, 'inspector', '[aria-label="Inspector"]');

  await page.getByRole('button', { name: 'Analysis' }).click();
  await expect(page.getByRole('region', { name: 'Analysis' })).toBeVisible();
  await audit(page, 'analysis', '[aria-label="Analysis"]');
  await page
    .getByRole('region', { name: 'Analysis' })
    .getByRole('button', { name: /close/i })
    .first()
    .click();

  await page.getByRole('button', { name: 'Templates' }).click();
  const dialog = page.getByRole('dialog', { name: 'New from template' });
  await expect(dialog).toBeVisible();
  await audit(page, 'templates dialog', 'dialog[open]');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await page.getByRole('button', { name: 'Present' }).click();
  await expect(page.getByTestId('presentation-step')).toBeVisible();
  await audit(page, 'presentation');
});
