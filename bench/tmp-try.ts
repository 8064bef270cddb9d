import { exportSvg } from '../src/domain/export/svg';
import { demoModel } from '../src/samples';
import { generatePlant } from '../src/domain/generate/plant-generator';
let t = performance.now();
const s = exportSvg(demoModel());
console.log('demo', s.length, performance.now() - t);
t = performance.now();
console.log('S', exportSvg(generatePlant('S')).length, performance.now() - t);
