/**
 * Conduit routing and label placement in the SVG export, per plant size: how long the orthogonal
 * routes and label spots take, next to the whole SVG export. Prints a table (median of runs).
 *   node bin/run-ts.mjs bench/export-routing.ts [S M L]
 */
import { evaluate } from '../src/domain/engine/evaluate';
import { conduitDrawing, exportSvg, svgContext } from '../src/domain/export/svg';
import { generatePlant, type PlantSize } from '../src/domain/generate/plant-generator';
import { median } from './stats';

const sizes = (process.argv.slice(2).filter((a) => /^(S|M|L|XL)$/.test(a)) as PlantSize[]).length
  ? (process.argv.slice(2) as PlantSize[])
  : (['S', 'M', 'L'] as PlantSize[]);

console.log('| plant | conduits | routing + labels (ms) | whole SVG export (ms) |');
console.log('|---|---|---|---|');
for (const size of sizes) {
  const model = generatePlant(size);
  const evaluation = evaluate(model);
  const runs = size === 'S' ? 7 : 3;
  const routing: number[] = [];
  const whole: number[] = [];
  for (let i = 0; i < runs; i++) {
    const ctx = svgContext(model, { evaluation });
    let t = performance.now();
    conduitDrawing(ctx);
    routing.push(performance.now() - t);
    t = performance.now();
    exportSvg(model, { evaluation });
    whole.push(performance.now() - t);
  }
  console.log(
    `| ${size} | ${model.conduits.length} | ${median(routing).toFixed(0)} | ${median(whole).toFixed(0)} |`,
  );
}
