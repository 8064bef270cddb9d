import { describe, expect, it } from 'vitest';
import { detectFormat, importForeign } from '../../src/domain/import/interop';
import { smallModel } from '../cli';
import { fixture } from './fixtures';

describe('format detection', () => {
  it.each([
    ['ot-drawio/plant-network.drawio', 'drawio'],
    ['startleft/drawio-basic-example.drawio', 'drawio'],
    ['startleft/aws_minimal.drawio.xml', 'drawio'],
    ['otm/EXAMPLE.json', 'otm'],
    ['threat-dragon/iot-device.json', 'threat-dragon'],
    ['threagile/stub/threagile.yaml', 'threagile'],
  ])('%s is %s', (file, format) => {
    expect(detectFormat(fixture(file))).toBe(format);
    expect(importForeign(fixture(file)).format).toBe(format);
  });

  it('a StartLeft mapping file, an ot-zones model and plain XML are none of them', () => {
    expect(detectFormat(fixture('startleft/iriusrisk-drawio-mapping.yaml'))).toBeUndefined();
    expect(() => importForeign(fixture('startleft/iriusrisk-drawio-mapping.yaml'))).toThrow(
      /not a format ot-zones imports/,
    );
    expect(() => importForeign(JSON.stringify(smallModel()))).toThrow(/already an ot-zones model file/);
    expect(() => importForeign('<svg/>')).toThrow(/XML, but not a format/);
    expect(() => importForeign('   ')).toThrow(/empty/);
  });

  it('--from overrides detection (and refuses what does not fit)', () => {
    expect(() => importForeign(fixture('otm/EXAMPLE.json'), { from: 'drawio' })).toThrow(
      /expected <mxfile>|XML/,
    );
  });
});
