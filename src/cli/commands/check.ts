/** `ot-zones check FILE`: the same policy engine as the editor, for pipelines and CI. */
import { reviewAcceptances } from '../../domain/diff/acceptance';
import { evaluate } from '../../domain/engine/evaluate';
import type { Severity } from '../../domain/model/schema';
import { choice, expectPositionals, parseCommandArgs } from '../args';
import type { Command } from '../command';
import { EXIT } from '../errors';
import { loadModelFile, STDIN } from '../load';
import { countAtOrAbove, jsonReport, SEVERITIES, textReport } from '../report';
import { today } from '../today';

const usage = 'ot-zones check FILE [--format text|json] [--fail-on error|warning|info] [--verbose]';

export const checkCommand: Command = {
  name: 'check',
  summary: 'check a model file against the IEC 62443 policy rules',
  usage,
  help: `Usage: ${usage}

Checks a model file with the same rules as the editor and lists the findings.

Arguments:
  FILE                  the model file (.json); "-" reads standard input

Options:
  --format text|json    text (default): one line per finding, grouped by severity, and a
                        summary line. json: exactly one JSON object on stdout:
                        { "model",
                          "summary": { "error", "warning", "info", "suppressed", "accepted" },
                          "findings": [ { "rule", "severity", "subject": { "kind", "id" },
                                          "message", "reference", "fix", "key", "status" } ],
                          "acceptances": { "expired": [ … ], "stale": [ … ] } }
                        with findings ordered by severity, rule, then subject id. "key" is the
                        finding's stable key (rule:kind:id) used by policy.acceptances and diff;
                        "status" is "accepted" while an acceptance holds, else "open"; the
                        error/warning/info counts are open findings only.
  --fail-on LEVEL       the lowest severity that makes the check fail: error (default),
                        warning or info. Accepted findings (policy.acceptances, until their
                        "expires" day) never fail the check; expired ones do again.
  -v, --verbose         text format: also print each finding's fix hint and reference
  -h, --help            show this help

Exit status:
  0  no open finding at or above the --fail-on level
  1  at least one open finding at or above the --fail-on level
  2  the file cannot be checked (missing, not JSON, not a valid model, dangling reference)
     or the command line is wrong; stderr names every problem with its JSON path

Environment:
  OT_ZONES_TODAY        the day acceptances are judged on (YYYY-MM-DD; default: today, UTC)

Examples:
  ot-zones check plant.json
  ot-zones check plant.json --format json --fail-on warning > findings.json`,

  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        format: { type: 'string' },
        'fail-on': { type: 'string' },
        verbose: { type: 'boolean', short: 'v' },
      },
      usage,
    );
    const [file] = expectPositionals(positionals, ['FILE'], usage);
    const format = choice(values.format, ['text', 'json'] as const, 'format', 'text', usage);
    const failOn = choice<Severity>(values['fail-on'], SEVERITIES, 'fail-on', 'error', usage);

    const { model, migratedFrom } = await loadModelFile(file!, io);
    if (migratedFrom !== undefined)
      io.stderr(`note: ${file} uses format version ${migratedFrom}; it was checked as the current version\n`);
    const evaluation = evaluate(model);
    const review = reviewAcceptances(model, evaluation.findings, today());

    if (format === 'json') io.stdout(`${JSON.stringify(jsonReport(model, evaluation, review), null, 2)}\n`);
    else
      io.stdout(
        textReport(model, evaluation, review, {
          failOn,
          verbose: values.verbose === true,
          color: io.color,
          source: file === STDIN ? '<stdin>' : file!,
        }),
      );
    return countAtOrAbove(review.open, failOn) > 0 ? EXIT.findings : EXIT.ok;
  },
};
