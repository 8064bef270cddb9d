/**
 * Text arriving in chunks (a file stream in the CLI, File.stream() in a Web Worker) cut into lines
 * with their 1-based numbers, holding at most one line in memory. A line longer than the limit is
 * skipped and reported (never buffered whole), so a hostile file cannot exhaust memory.
 * Accepts LF and CRLF line ends.
 */

export const MAX_LINE_CHARS = 64 * 1024;

export interface LineSink {
  line(text: string, lineNo: number): void;
  tooLong(lineNo: number, chars: number): void;
}

export class LineSplitter {
  private partial = '';
  private lineNo = 0;
  /** Characters of the current line dropped because it was too long (0 when it is not). */
  private dropped = 0;

  constructor(
    private readonly sink: LineSink,
    private readonly maxChars = MAX_LINE_CHARS,
  ) {}

  push(chunk: string): void {
    let start = 0;
    for (;;) {
      const nl = chunk.indexOf('\n', start);
      if (nl < 0) break;
      this.finish(chunk.slice(start, nl));
      start = nl + 1;
    }
    this.keep(chunk.slice(start));
  }

  /** The last line (when the text does not end in a line break). */
  end(): void {
    if (this.partial !== '' || this.dropped > 0) this.finish('');
  }

  get lines(): number {
    return this.lineNo;
  }

  private keep(rest: string) {
    if (rest === '') return;
    if (this.dropped > 0) {
      this.dropped += rest.length;
      return;
    }
    if (this.partial.length + rest.length > this.maxChars) {
      this.dropped = this.partial.length + rest.length;
      this.partial = '';
      return;
    }
    this.partial += rest;
  }

  private finish(tail: string) {
    this.lineNo++;
    if (this.dropped > 0 || this.partial.length + tail.length > this.maxChars) {
      const chars = this.dropped + this.partial.length + tail.length;
      this.dropped = 0;
      this.partial = '';
      this.sink.tooLong(this.lineNo, chars);
      return;
    }
    let text = this.partial === '' ? tail : this.partial + tail;
    this.partial = '';
    if (text.endsWith('\r')) text = text.slice(0, -1);
    this.sink.line(text, this.lineNo);
  }
}
