import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { trafficFixturePath } from '../test-support/traffic-files';
import { trafficModel } from '../test-support/traffic-fixtures';
import { openModel } from './persistence-fixtures';

test.describe.configure({ timeout: 150_000 });

const panel = (page: Page) => page.getByRole('region', { name: 'Traffic' });

/** The Zeek fixture's model, laid out: operations above control, the remote site beside the substation. */
function plant() {
  return {
    ...trafficModel(),
    diagram: {
      positions: {
        'z-site': { x: 0, y: 20, width: 240, height: 130 },
        'z-ops': { x: 280, y: 20, width: 330, height: 130 },
        'z-ctl': { x: 280, y: 300, width: 300, height: 130 },
        'z-remote': { x: 660, y: 20, width: 240, height: 130 },
        'z-sub': { x: 660, y: 300, width: 240, height: 130 },
        'a-hmi': { x: 16, y: 50 },
        'a-ews': { x: 175, y: 50 },
        'a-plc': { x: 16, y: 50 },
      },
    },
  };
}

const zeek = () => ({
  name: 'conn.log',
  mimeType: 'text/plain',
  buffer: readFileSync(trafficFixturePath('zeek-modbus-conn.log')),
});

test('loads a Zeek conn.log: verdicts, canvas overlay, document a flow, draft a conduit, undo', async ({
  page,
}) => {
  await openModel(page, plant());
  await page.getByTestId('traffic-file').setInputFiles(zeek());
  const traffic = panel(page);
  // Room for the drawer: the diagram shifted left so every zone shows beside it.
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await expect(traffic.getByTestId('traffic-summary')).toHaveText(
    '6 observed flows: 3 allowed, 2 violations, 1 intra-zone, 0 unclassified; 1 documented flow unexercised.',
  );
  await expect(traffic.locator('[data-file="conn.log"]')).toContainText('zeek · 9 records');

  // The canvas: two violation arrows with counts, allowed weight on the conduit, one unused flow.
  const overlay = page.getByTestId('traffic-overlay');
  await expect(overlay.locator('[data-traffic-violation]')).toHaveCount(2);
  await expect(overlay.locator('[data-traffic-badge="v:z-remote|z-sub"]')).toHaveText('⚠ 2');
  await expect(overlay.locator('[data-traffic-badge="a:c-ops-ctl"]')).toHaveText('✓ 5');
  await expect(overlay.locator('[data-traffic-badge="u:c-ops-ctl"]')).toHaveText('1 unused');
  await page.screenshot({ path: 'test-results/traffic-overlay.png' });

  // Clicking a violation badge lists its flows, with the reason and its reference.
  await overlay.locator('[data-traffic-badge="v:z-ctl|z-ops"]').click();
  const pair = traffic.locator('[data-pair="z-ctl|z-ops"]');
  await expect(pair.getByRole('button', { name: /Control → Operations/ })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  const flow = pair.locator('[data-flow="10.0.0.8>10.0.0.57:4446/tcp"]');
  await expect(flow).toContainText('documents no flow from "Control" to "Operations"');
  await expect(flow).toContainText('Reference: IEC 62443-3-3 SR 5.2 RE1');
  await page.screenshot({ path: 'test-results/traffic-violation.png' });

  // Document this flow: one undo step; the flow is then allowed.
  await flow.getByRole('button', { name: 'Document this flow' }).click();
  await expect(traffic.getByTestId('traffic-summary')).toContainText('4 allowed, 1 violation,');
  await page.keyboard.press('Control+z');
  await expect(traffic.getByTestId('traffic-summary')).toContainText('3 allowed, 2 violations,');

  // Draft from traffic: the remote site → substation Modbus gets a new one-way conduit.
  const draft = traffic.getByRole('region', { name: 'Draft from traffic' });
  const proposal = draft.locator('[data-proposal="new:z-remote|z-sub"]');
  await expect(proposal).toContainText('New conduit Remote site → Substation');
  await expect(proposal).toContainText('Modbus/TCP 502/tcp: Remote site → Substation (×2)');
  // Discard the other proposal, accept this one.
  await draft.locator('[data-proposal="conduit:c-ops-ctl"]').getByRole('button', { name: 'Discard' }).click();
  await expect(draft.locator('[data-proposal="conduit:c-ops-ctl"]')).toHaveCount(0);
  const edges = await page.locator('.react-flow__edge').count();
  await proposal.getByRole('button', { name: 'Accept' }).click();
  await expect(page.locator('.react-flow__edge')).toHaveCount(edges + 1);
  await expect(traffic.getByTestId('traffic-summary')).toContainText('4 allowed, 1 violation,');
  await expect(overlay.locator('[data-traffic-violation]')).toHaveCount(1);
  await page.screenshot({ path: 'test-results/traffic-drafted.png' });
  await page.keyboard.press('Control+z');
  await expect(page.locator('.react-flow__edge')).toHaveCount(edges);
});

test('a CSV without known columns: mapping dialog; bad lines by number; hostile text stays text', async ({
  page,
}) => {
  await openModel(page, plant());
  const csv = [
    'from,to,service,l4',
    '10.0.0.57,10.0.0.3,502,tcp',
    '<img src=x onerror=alert(1)>,10.0.0.3,502,tcp',
    '10.0.0.57,10.0.0.3,99999,tcp',
  ].join('\n');
  await page
    .getByTestId('traffic-file')
    .setInputFiles({ name: 'fw.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const traffic = panel(page);
  const file = traffic.locator('[data-file="fw.csv"]');
  await expect(file).toContainText('Cannot use it: line 1: the header has no column for source address');
  const mapping = file.getByTestId('traffic-mapping');
  await mapping.getByLabel('Source address').selectOption('from');
  await mapping.getByLabel('Destination address').selectOption('to');
  await mapping.getByLabel('Destination port').selectOption('service');
  await mapping.getByLabel('Transport (tcp/udp)').selectOption('l4');
  await mapping.getByRole('button', { name: 'Read again with this mapping' }).click();
  await expect(file).toContainText('csv · 1 record · 2 bad lines');
  await file.getByText('Bad lines (skipped)').click();
  const problems = file.getByTestId('traffic-problems');
  await expect(problems).toContainText(
    'line 3: column "from" "<img src=x onerror=alert(1)>" is not an IP address',
  );
  await expect(problems).toContainText('line 4: column "service" "99999" is not a port');
  await expect(problems.locator('img')).toHaveCount(0);
  await expect(traffic.getByTestId('traffic-summary')).toHaveText(
    '1 observed flow: 1 allowed, 0 violations, 0 intra-zone, 0 unclassified; 1 documented flow unexercised.',
  );
  await page.screenshot({ path: 'test-results/traffic-mapping.png' });
});

test('a large log reads in the background with a progress bar, and Cancel stops it', async ({ page }) => {
  await openModel(page, plant());
  const header = readFileSync(trafficFixturePath('zeek-modbus-conn.log'), 'utf8')
    .split('\n')
    .slice(0, 8)
    .join('\n');
  const line =
    '1093521678.945447\tC1\t10.0.0.57\t2387\t10.0.0.3\t502\ttcp\t-\t0.1\t0\t0\tSF\t-\t-\t0\tFafA\t2\t80\t2\t80\t-\n';
  const big = Buffer.from(`${header}\n${line.repeat(250_000)}`);
  await page
    .getByTestId('traffic-file')
    .setInputFiles({ name: 'big-conn.log', mimeType: 'text/plain', buffer: big });
  const traffic = panel(page);
  const progress = traffic.getByTestId('traffic-progress');
  await expect(progress).toContainText('Reading big-conn.log');
  await page.screenshot({ path: 'test-results/traffic-progress.png' });
  await progress.getByRole('button', { name: 'Cancel' }).click();
  await expect(progress).toHaveCount(0);
  await expect(traffic.locator('[data-file]')).toHaveCount(0);
  // The editor stayed responsive throughout, and a small file still loads afterwards.
  await page.getByTestId('traffic-file-more').setInputFiles(zeek());
  await expect(traffic.locator('[data-file="conn.log"]')).toContainText('zeek · 9 records');
});
