/** One line per event on stderr: a message and a JSON object of details. */
export interface Log {
  info(message: string, details?: Record<string, unknown>): void;
  warn(message: string, details?: Record<string, unknown>): void;
  error(message: string, details?: Record<string, unknown>): void;
}

export function consoleLog(quiet = false): Log {
  const line = (level: string, message: string, details?: Record<string, unknown>) =>
    process.stderr.write(`[ot-zones] ${level} ${message}${details ? ` ${JSON.stringify(details)}` : ''}\n`);
  return {
    info: (m, d) => {
      if (!quiet) line('info', m, d);
    },
    warn: (m, d) => line('warn', m, d),
    error: (m, d) => line('error', m, d),
  };
}
