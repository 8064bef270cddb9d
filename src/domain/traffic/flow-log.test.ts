import { describe, expect, it } from 'vitest';
import { autoMapping } from './csv-flows';
import { FlowLogReader, problemText, readFlowLogText } from './flow-log';
import { FlowAggregator } from './records';

const ZEEK_HEADER = [
  '#separator \\x09',
  '#unset_field\t-',
  '#fields\tts\tuid\tid.orig_h\tid.orig_p\tid.resp_h\tid.resp_p\tproto\tduration\torig_bytes\tresp_bytes',
].join('\n');

describe('Zeek conn.log (TSV)', () => {
  it('reports bad lines by line number and goes on', () => {
    const text = [
      ZEEK_HEADER,
      '1.0\tC1\t10.0.0.1\t1000\t10.0.0.2\t502\ttcp\t1.0\t10\t20',
      '1.0\tC2\t10.0.0.1\t1000',
      '1.0\tC3\tnot-an-ip\t1000\t10.0.0.2\t502\ttcp\t-\t-\t-',
      '1.0\tC4\t10.0.0.1\t1000\t10.0.0.2\t99999\ttcp\t-\t-\t-',
      '1.0\tC5\t10.0.0.1\t1000\t10.0.0.2\t502\t???\t-\t-\t-',
      '1.0\tC6\t10.0.0.1\t1000\t10.0.0.2\t502\ttcp\t-\t-\t-',
    ].join('\n');
    const { summary, aggregator } = readFlowLogText(text);
    expect(summary.records).toBe(2);
    expect(summary.badLines).toBe(4);
    expect(summary.problems.map(problemText)).toEqual([
      'line 5: expected 10 fields as the #fields header lists, found 4',
      'line 6: id.orig_h "not-an-ip" is not an IP address',
      'line 7: id.resp_p "99999" is not a port (0–65535)',
      'line 8: proto "???" is not a transport (tcp, udp, icmp)',
    ]);
    expect(aggregator.flows()).toEqual([
      expect.objectContaining({ src: '10.0.0.1', dst: '10.0.0.2', port: 502, count: 2, bytes: 30 }),
    ]);
  });

  it('a header without the connection fields cannot be used (fatal, with its line)', () => {
    const { summary } = readFlowLogText('#separator \\x09\n#fields\tts\tuid\tquery\n1\tC\tx\n');
    expect(summary.fatal).toEqual({ line: 2, message: expect.stringContaining('lacks id.orig_h') });
    expect(summary.records).toBe(0);
  });

  it('a record before #fields is a bad line', () => {
    const { summary } = readFlowLogText('#separator \\x09\n1\tC1\t10.0.0.1\n');
    expect(summary.problems).toEqual([
      { line: 2, message: 'a connection record before the #fields header line' },
    ]);
  });

  it('skips a huge line without holding it, fed in chunks', () => {
    const reader = new FlowLogReader(new FlowAggregator(), { maxLineChars: 1000 });
    reader.push(`${ZEEK_HEADER}\n1.0\tC1\t10.0.0.1\t1\t10.0.0.2\t502\ttcp\t-\t-\t-\n`);
    for (let i = 0; i < 50; i++) reader.push('x'.repeat(10_000));
    reader.push('\n1.0\tC2\t10.0.0.1\t1\t10.0.0.2\t502\ttcp\t-\t-\t-');
    const summary = reader.end();
    expect(summary.records).toBe(2);
    expect(summary.problems).toEqual([
      { line: 5, message: 'the line is 500,000 characters long (the limit is 1,000); skipped' },
    ]);
  });

  it('keeps only the first 100 problems but counts them all', () => {
    const bad = Array.from({ length: 250 }, () => 'garbage').join('\n');
    const { summary } = readFlowLogText(`${ZEEK_HEADER}\n${bad}\n`);
    expect(summary.badLines).toBe(250);
    expect(summary.problems).toHaveLength(100);
  });

  it('accepts CRLF line ends and chunk boundaries anywhere', () => {
    const text = `${ZEEK_HEADER}\r\n1.0\tC1\t10.0.0.1\t1\t10.0.0.2\t502\ttcp\t-\t-\t-\r\n`
      .replaceAll('\n', '\r\n')
      .replaceAll('\r\r', '\r');
    const reader = new FlowLogReader();
    for (const ch of text) reader.push(ch);
    expect(reader.end()).toMatchObject({ records: 1, badLines: 0 });
  });
});

describe('Zeek conn.log (JSON lines)', () => {
  it('reads "id.orig_h", "id_orig_h" and nested spellings, and ECS records', () => {
    const text = [
      '{"ts":1.5,"id.orig_h":"10.0.0.1","id.orig_p":1,"id.resp_h":"10.0.0.2","id.resp_p":502,"proto":"tcp","orig_bytes":5}',
      '{"ts":"2024-01-01T00:00:00Z","id_orig_h":"10.0.0.1","id_resp_h":"10.0.0.2","id_resp_p":502,"proto":"tcp"}',
      '{"id":{"orig_h":"fd00::1","resp_h":"fd00::2","resp_p":4840},"proto":"tcp"}',
      '{"source":{"ip":"10.0.0.3"},"destination":{"ip":"10.0.0.4","port":53},"network":{"transport":"udp"}}',
    ].join('\n');
    const { summary, aggregator } = readFlowLogText(text);
    expect(summary).toMatchObject({ format: 'zeek-json', records: 4, badLines: 0 });
    const flows = aggregator.flows();
    expect(flows.find((f) => f.dst === '10.0.0.2')).toMatchObject({
      count: 2,
      bytes: 5,
      firstSeen: 1.5,
      lastSeen: 1704067200,
    });
    expect(flows.find((f) => f.src === 'fd00::1')).toMatchObject({ port: 4840, transport: 'tcp' });
    expect(flows.find((f) => f.src === '10.0.0.3')).toMatchObject({ port: 53, transport: 'udp' });
  });

  it('reports lines that are not JSON objects or lack the address', () => {
    const { summary } = readFlowLogText(
      '{"id.orig_h":"10.0.0.1","id.resp_h":"10.0.0.2","id.resp_p":1,"proto":"tcp"}\n{oops\n[1]\n{"x":1}\n',
    );
    expect(summary.problems.map((p) => p.line)).toEqual([2, 3, 4]);
    expect(summary.problems[0]!.message).toMatch(/^not JSON/);
    expect(summary.problems[1]!.message).toBe('not a JSON object (one connection record per line expected)');
    expect(summary.problems[2]!.message).toMatch(/^no id\.orig_h \(or source\.ip\) field/);
  });
});

describe('CSV flow records', () => {
  it('maps common and NetFlow/IPFIX column names automatically', () => {
    expect(autoMapping(['src_ip', 'dst_ip', 'dst_port', 'proto'])).toEqual({
      src: 'src_ip',
      dst: 'dst_ip',
      port: 'dst_port',
      transport: 'proto',
    });
    expect(
      autoMapping([
        'sourceIPv4Address',
        'destinationIPv4Address',
        'destinationTransportPort',
        'protocolIdentifier',
        'packetDeltaCount',
        'octetDeltaCount',
        'flowStartSeconds',
        'flowEndSeconds',
      ]),
    ).toEqual({
      src: 'sourceIPv4Address',
      dst: 'destinationIPv4Address',
      port: 'destinationTransportPort',
      transport: 'protocolIdentifier',
      bytes: 'octetDeltaCount',
      firstSeen: 'flowStartSeconds',
      lastSeen: 'flowEndSeconds',
    });
  });

  it('reads IPFIX numbers (6 = tcp), counts, quoted fields and semicolons', () => {
    const text = [
      'sourceIPv4Address;destinationIPv4Address;destinationTransportPort;protocolIdentifier;count;octetDeltaCount',
      '10.0.0.1;10.0.0.2;502;6;3;100',
      '"10.0.0.1";10.0.0.2;502;6;4;50',
      '10.0.0.1;10.0.0.2;161;17;;',
    ].join('\n');
    const { summary, aggregator } = readFlowLogText(text);
    expect(summary).toMatchObject({ format: 'csv', records: 3, badLines: 0 });
    expect(aggregator.flows()).toEqual([
      expect.objectContaining({ port: 502, transport: 'tcp', count: 7, bytes: 150 }),
      expect.objectContaining({ port: 161, transport: 'udp', count: 1 }),
    ]);
  });

  it('names the column and line of a bad value', () => {
    const { summary } = readFlowLogText(
      'src_ip,dst_ip,dst_port,proto\n10.0.0.1,10.0.0.2,http,tcp\n10.0.0.1,10.0.0.2,"80,tcp\n',
    );
    expect(summary.problems.map(problemText)).toEqual([
      'line 2: column "dst_port" "http" is not a port (0–65535)',
      expect.stringMatching(/^line 3: /),
    ]);
  });

  it('a header without an address column cannot be used; a mapping from the dialog fixes it', () => {
    const text = 'from,to,service,l4\n10.0.0.1,10.0.0.2,502,tcp\n';
    expect(readFlowLogText(text).summary.fatal?.message).toContain('no column for source address');
    const { summary } = readFlowLogText(text, {
      mapping: { src: 'from', dst: 'to', port: 'service', transport: 'l4' },
    });
    expect(summary).toMatchObject({ records: 1, badLines: 0 });
  });
});
