import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FlowLogReader, readFlowLogText } from './flow-log';

const ZEEK = '#separator \\x09\n#fields\tts\tid.orig_h\tid.resp_h\tid.resp_p\tproto\n';
const good = '1.0\t10.0.0.1\t10.0.0.2\t502\ttcp';

/** Lines that are good records, near misses, or junk (control characters, huge numbers, quotes). */
const line = fc.oneof(
  fc.constant(good),
  fc.string({ maxLength: 80 }),
  fc
    .array(fc.oneof(fc.constant('10.0.0.1'), fc.constant('-'), fc.string({ maxLength: 10 })), {
      maxLength: 7,
    })
    .map((f) => f.join('\t')),
  fc.constantFrom('{"id.orig_h":"10.0.0.1"}', '{', '"a,b', '\u0000\u202e', '9'.repeat(400)),
);

describe('flow-log reader on hostile input', () => {
  it('never throws; every line is a record, a problem or nothing; chunking does not change the result', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('', ZEEK, 'src_ip,dst_ip,dst_port,proto\n'),
        fc.array(line, { maxLength: 40 }),
        fc.integer({ min: 1, max: 50 }),
        (head, lines, size) => {
          const text = head + lines.join('\n');
          const whole = readFlowLogText(text, { maxLineChars: 300 });
          const reader = new FlowLogReader(undefined, { maxLineChars: 300 });
          for (let i = 0; i < text.length; i += size) reader.push(text.slice(i, i + size));
          const chunked = reader.end();
          expect(chunked).toEqual(whole.summary);
          expect(whole.summary.records + whole.summary.badLines).toBeLessThanOrEqual(whole.summary.lines);
          for (const p of whole.summary.problems) expect(p.line).toBeGreaterThanOrEqual(1);
        },
      ),
      { numRuns: 300 },
    );
  });
});
