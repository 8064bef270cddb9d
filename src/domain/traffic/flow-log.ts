/**
 * Reading one flow log, in chunks: the format is recognised from its first line (Zeek TSV starts
 * with "#", JSON lines with "{", anything else is CSV with a header), each line is parsed, records
 * go into a shared FlowAggregator, and bad lines are counted and reported by line number without
 * stopping the read. Memory stays bounded: one line at a time, the aggregated flows, and the first
 * MAX_PROBLEMS problems.
 */
import { type CsvFlowMapping, CsvFlowParser } from './csv-flows';
import { LineSplitter, MAX_LINE_CHARS } from './line-splitter';
import { FlowAggregator, type LineProblem, type ParsedLine } from './records';
import { parseZeekJsonLine } from './zeek-json';
import { ZeekTsvParser } from './zeek-tsv';

export type FlowLogFormat = 'zeek' | 'zeek-json' | 'csv';
export const FLOW_LOG_FORMATS: readonly FlowLogFormat[] = ['zeek', 'zeek-json', 'csv'];

export const MAX_PROBLEMS = 100;

export interface FlowLogOptions {
  /** Default: recognised from the first line. */
  format?: FlowLogFormat;
  /** For CSV: field → column name (default: the automatic mapping). */
  mapping?: CsvFlowMapping;
  maxLineChars?: number;
}

export interface FlowLogSummary {
  format: FlowLogFormat | undefined;
  /** Lines read (up to the fatal line, when there is one). */
  lines: number;
  /** Lines that gave a record. */
  records: number;
  /** Lines that could not be used. */
  badLines: number;
  /** The first MAX_PROBLEMS problems, by line. */
  problems: LineProblem[];
  /** Set when the file cannot be read at all (a header without the needed fields). */
  fatal?: LineProblem;
  /** For CSV: the header and the mapping used. */
  csvHeader?: string[];
  csvMapping?: CsvFlowMapping;
}

interface LineParser {
  line(text: string): ParsedLine;
}

export function sniffFormat(firstLine: string): FlowLogFormat {
  const t = firstLine.replace(/^\uFEFF/, '').trimStart();
  if (t.startsWith('#')) return 'zeek';
  if (t.startsWith('{')) return 'zeek-json';
  return 'csv';
}

export class FlowLogReader {
  private parser: LineParser | undefined;
  private csv: CsvFlowParser | undefined;
  private readonly splitter: LineSplitter;
  readonly summary: FlowLogSummary = { format: undefined, lines: 0, records: 0, badLines: 0, problems: [] };

  constructor(
    readonly aggregator: FlowAggregator = new FlowAggregator(),
    private readonly options: FlowLogOptions = {},
  ) {
    this.summary.format = options.format;
    this.splitter = new LineSplitter(
      {
        line: (text, lineNo) => this.onLine(text, lineNo),
        tooLong: (lineNo, chars) =>
          this.problem(
            lineNo,
            `the line is ${chars.toLocaleString('en')} characters long (the limit is ${(options.maxLineChars ?? MAX_LINE_CHARS).toLocaleString('en')}); skipped`,
          ),
      },
      options.maxLineChars,
    );
  }

  push(chunk: string): void {
    if (this.summary.fatal) return;
    this.splitter.push(chunk);
  }

  end(): FlowLogSummary {
    if (!this.summary.fatal) this.splitter.end();
    // A file that cannot be used is read no further than the line that says so.
    this.summary.lines = this.summary.fatal ? this.summary.fatal.line : this.splitter.lines;
    if (this.csv) {
      if (this.csv.header) this.summary.csvHeader = this.csv.header;
      const mapping = this.csv.activeMapping;
      if (mapping) this.summary.csvMapping = mapping;
    }
    return this.summary;
  }

  private onLine(text: string, lineNo: number) {
    if (this.summary.fatal) return;
    if (!this.parser) {
      if (text.trim() === '') return;
      this.parser = this.createParser(this.options.format ?? sniffFormat(text));
    }
    const parsed = this.parser.line(lineNo === 1 ? text.replace(/^\uFEFF/, '') : text);
    if (parsed === null) return;
    if ('record' in parsed) {
      this.summary.records++;
      this.aggregator.add(parsed.record);
      return;
    }
    if (parsed.fatal) {
      this.summary.fatal = { line: lineNo, message: parsed.problem };
      return;
    }
    this.problem(lineNo, parsed.problem);
  }

  private problem(line: number, message: string) {
    if (this.summary.fatal) return;
    this.summary.badLines++;
    if (this.summary.problems.length < MAX_PROBLEMS) this.summary.problems.push({ line, message });
  }

  private createParser(format: FlowLogFormat): LineParser {
    this.summary.format = format;
    if (format === 'zeek') return new ZeekTsvParser();
    if (format === 'zeek-json') return { line: parseZeekJsonLine };
    this.csv = new CsvFlowParser(this.options.mapping);
    return this.csv;
  }
}

/** Reads a whole text at once (tests, small files). */
export function readFlowLogText(
  text: string,
  options: FlowLogOptions = {},
  aggregator = new FlowAggregator(),
): { summary: FlowLogSummary; aggregator: FlowAggregator } {
  const reader = new FlowLogReader(aggregator, options);
  reader.push(text);
  return { summary: reader.end(), aggregator };
}

/** "line 7: id.resp_p "x" is not a port" — how every surface words a problem. */
export function problemText(p: LineProblem): string {
  return `line ${p.line}: ${p.message}`;
}
