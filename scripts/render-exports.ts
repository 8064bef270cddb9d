/**
 * Renders the SVG export of the demo, every template and generated S and M plants, and rasterises
 * each to PNG in Chromium, for before/after comparison and the README picture:
 *   node bin/run-ts.mjs scripts/render-exports.ts OUT_DIR [--readme]
 * With --readme it also rewrites docs/images/demo-diagram.{svg,png}.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { evaluate } from '../src/domain/engine/evaluate';
import { exportSvg } from '../src/domain/export/svg';
import { generatePlant } from '../src/domain/generate/plant-generator';
import type { Model } from '../src/domain/model/schema';
import { demoModel } from '../src/samples';
import { loadTemplates } from '../src/samples/templates/templates';

const out = process.argv[2] ?? 'shots';
const readme = process.argv.includes('--readme');
mkdirSync(out, { recursive: true });

const models: Array<[string, Model]> = [
  ['demo', demoModel()],
  ...(await loadTemplates()).map((t): [string, Model] => [`template-${t.id}`, t.model]),
  ['plant-s', generatePlant('S')],
  ...(process.argv.includes('--no-m') ? [] : [['plant-m', generatePlant('M')] as [string, Model]]),
];

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ deviceScaleFactor: 1 });
for (const [name, model] of models) {
  const svg = exportSvg(model, { evaluation: evaluate(model) });
  writeFileSync(join(out, `${name}.svg`), svg);
  const size = /width="([\d.]+)" height="([\d.]+)"/.exec(svg)!;
  await page.setViewportSize({ width: Math.ceil(Number(size[1])), height: Math.ceil(Number(size[2])) });
  await page.setContent(`<body style="margin:0">${svg.replace(/^<\?xml[^>]*>\n/, '')}</body>`);
  await page.screenshot({ path: join(out, `${name}.png`), fullPage: true });
  if (readme && name === 'demo') {
    writeFileSync('docs/images/demo-diagram.svg', svg);
    await page.screenshot({ path: 'docs/images/demo-diagram.png', fullPage: true });
  }
  console.log(name, size[1], size[2]);
}
await browser.close();
