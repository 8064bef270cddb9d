/**
 * Broken and hostile model files opened through Import → Open: each is refused with its problems
 * named (JSON path or line and column), as text, and the diagram on screen stays as it was.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { serializeModel } from '../src/domain/serialize/model-json';
import { hostileModel } from '../test-support/fuzz/arbitraries';
import { waitSaved } from './persistence-fixtures';
import { installProbes } from './security-probes';

type FileInput = { name: string; mimeType: string; buffer: Buffer } | string;

const good = serializeModel(hostileModel());
const utf16 = Buffer.from(good, 'utf16le');
const utf16WithBom = Buffer.concat([Buffer.from([0xff, 0xfe]), utf16]);
/** Wrong in form (schema): reported first, as references cannot be checked on a malformed model. */
const malformed = (() => {
  const doc = JSON.parse(good);
  doc.zones[0].kind = '<img src=x onerror=window.__pwned=1>';
  doc.meta['<script>window.__pwned=1</script>'] = true;
  return JSON.stringify(doc, null, 2);
})();
/** Well-formed but with references that lead nowhere. */
const dangling = (() => {
  const doc = JSON.parse(good);
  doc.assets[0].zoneId = '"><svg onload=window.__pwned=2>'; // not the id of zone 0, which is =1
  doc.conduits[0].zoneIds[1] = "javascript:window.__pwned=1'";
  return JSON.stringify(doc, null, 2);
})();
const file = (name: string, content: string | Buffer): FileInput => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.isBuffer(content) ? content : Buffer.from(content),
});

/** The 50 MB file goes by path: Playwright hands the browser the file, not 50 MB over the wire. */
function fiftyMegabytes(): string {
  const path = join(tmpdir(), 'otz-robust-50mb.json');
  writeFileSync(path, `{"format":"ot-zones","version":1,"meta":{"name":"${'x'.repeat(50 * 1024 * 1024)}"}}`);
  return path;
}

const CASES: Array<{ what: string; input: () => FileInput; shows: RegExp[] }> = [
  {
    what: 'a truncated file',
    input: () => file('truncated.json', good.slice(0, 700)),
    shows: [/\(root\)\s*not valid JSON at line \d+, column \d+: /],
  },
  {
    what: 'binary data',
    input: () =>
      file('picture.json', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])),
    shows: [/not a text file/],
  },
  // With its byte order mark the browser decodes UTF-16 itself (tested below); without, we name it.
  {
    what: 'UTF-16 without a byte order mark',
    input: () => file('notepad.json', utf16),
    shows: [/saved as UTF-16/],
  },
  {
    what: '10,000-deep nesting',
    input: () => file('deep.json', `${'['.repeat(10_000)}${']'.repeat(10_000)}`),
    shows: [/nested deeper than 64 levels/],
  },
  { what: 'a 50 MB file', input: fiftyMegabytes, shows: [/too large \(50\.0 MB; the limit is 20 MB\)/] },
  {
    what: 'hostile text in the wrong fields',
    input: () => file('malformed.json', malformed),
    shows: [
      /zones\[0\]\.kind\s*Invalid option/,
      /meta\s*Unrecognized key: "<script>window\.__pwned=1<\/script>"/,
    ],
  },
  {
    what: 'hostile references',
    input: () => file('dangling.json', dangling),
    shows: [
      /assets\[0\]\.zoneId\s*unknown zone "\\"><svg onload=window\.__pwned=2>"/,
      /conduits\[0\]\.zoneIds\[1\]\s*unknown zone "javascript:window\.__pwned=1'"/,
    ],
  },
];

async function diagramState(page: Page) {
  return {
    name: await page.getByTestId('document-name').textContent(),
    nodes: await page.locator('.react-flow__node').count(),
  };
}

test('broken and hostile files are refused with every problem named, and the diagram stays as it was', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const probes = await installProbes(page);
  await page.goto('/');
  await waitSaved(page);
  const before = await diagramState(page);
  expect(before.nodes).toBeGreaterThan(10);

  const dialog = page.getByTestId('import-problems');
  for (const c of CASES) {
    await page.getByTestId('open-json-input').setInputFiles(c.input());
    await expect(dialog, c.what).toBeVisible({ timeout: 30_000 });
    await expect(dialog).toContainText('Your current diagram is unchanged.');
    const problems = dialog.getByRole('list', { name: 'Problems' });
    for (const shown of c.shows) await expect(problems, c.what).toContainText(shown);
    if (c.what === 'hostile references')
      await dialog.screenshot({ path: 'e2e/screenshots/hostile-import-problems.png' });
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
    expect(await diagramState(page), c.what).toEqual(before);
  }

  expect(await probes.pwned()).toBeUndefined();
  expect(probes.dialogs).toEqual([]);
  expect(probes.pageErrors).toEqual([]);
  expect(await probes.violations()).toEqual([]);
});

for (const [what, bytes] of [
  ['UTF-8 with a byte order mark', Buffer.from(`\uFEFF${good}`)],
  ['UTF-16 with a byte order mark (Notepad "Unicode")', utf16WithBom],
] as const)
  test(`a file in ${what} opens like any other`, async ({ page }) => {
    await page.goto('/');
    await waitSaved(page);
    await page.getByTestId('open-json-input').setInputFiles(file('bom.json', bytes));
    await expect(page.getByTestId('document-name')).toHaveText(hostileModel().meta.name);
    await expect(page.locator('.react-flow__node')).toHaveCount(
      hostileModel().zones.length + hostileModel().assets.length,
    );
  });
