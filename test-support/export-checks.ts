/** Assertions shared by exporter tests: markup that cannot run code or fetch anything. Not used by production code. */
import { expect } from 'vitest';
import { allElements, type XmlElement } from './xml';

/** No script, no event handlers, no links or external references, no embedded HTML. */
export function expectInertMarkup(root: XmlElement): void {
  for (const el of allElements(root)) {
    expect(el.name.toLowerCase()).not.toMatch(/^(script|foreignobject|iframe|object|embed|image|use|a)$/);
    for (const [name, value] of Object.entries(el.attributes)) {
      expect(name.toLowerCase()).not.toMatch(/^on|href$/);
      expect(value).not.toMatch(/url\(|javascript:/i);
    }
  }
}

/** Bidi controls never reach an output file. */
export function expectNoBidiControls(text: string): void {
  expect(text).not.toMatch(/[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/);
}
