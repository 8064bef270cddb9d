/** `ot-zones diff OLD NEW`: what changed between two model versions and what it does to security. */
import { compareModels } from '../../domain/diff/compare';
import { comparisonMarkdown } from '../../domain/diff/markdown';
import type { Severity } from '../../domain/model/schema';
import { plural } from '../../domain/text/plural';
import { choice, expectPositionals, parseCommandArgs } from '../args';
import type { Command } from '../command';
import { diffJson, diffText } from '../diff-report';
import { EXIT, InputError, inputErrorText, UsageError } from '../errors';
import { loadModelFile, STDIN } from '../load';
import { atOrAbove, SEVERITIES } from '../report';
import { styler } from '../text';
import { today } from '../today';

const usage =
  'ot-zones diff OLD NEW [--format text|md|json] [--fail-on error|warning|info|risk] [--include-layout]';

type FailOn = Severity | 'risk';
const FAIL_ON: readonly FailOn[] = [...SEVERITIES, 'risk'];

export const diffCommand: Command = {
  name: 'diff',
  summary: 'compare two versions of a model: changes, findings delta, security-relevant changes',
  usage,
  help: `Usage: ${usage}

Compares two model files element by element (zones, assets, conduits, notes, policy, meta by id;
flows inside their conduit by from, to, protocol and port), lists the findings the change
introduces and resolves (matched by their stable key, rule:kind:id), and flags security-relevant
changes: SL-T or SL-C lowered, a conduit weakened, a control removed, a flow open to any port or
skipping two or more Purdue levels, remote access / service provider / untrusted network switched
on, fewer filtering barriers between IT and a critical zone, an asset added to a safety zone, a
policy rule disabled or downgraded. Moving or resizing boxes is counted apart as layout-only.

Arguments:
  OLD, NEW              the two model files (.json); one of them may be "-" (standard input)

Options:
  --format text|md|json text (default) for terminals; md for a pull-request comment (summary
                        line, then tables naming each element by name and id); json:
                        { "summary": { "added", "removed", "changed", "layoutOnly",
                                       "findingsIntroduced", "findingsResolved", "risks" },
                          "changes": [ { "kind", "id", "change", "fields": [ { "path", "before", "after" } ] } ],
                          "findings": { "introduced": [ … ], "resolved": [ … ] },
                          "risks": [ { "kind", "subject": { "kind", "id" }, "message" } ],
                          "acceptances": { "added", "removed", "expired" } }
                        findings as in "check --format json"; a flow's id is
                        "<conduit id>/<from>><to>/<protocol>/<port>"; "before"/"after" are
                        null where the field is absent. Order: by kind, then id.
  --fail-on LEVEL       fail when an introduced, not accepted finding is at or above LEVEL
                        (error, warning, info), or with "risk" when there is any
                        security-relevant change. No default: without it diff never fails.
  --include-layout      also list layout-only changes (positions and sizes)
  -h, --help            show this help

Exit status:
  0  the models were compared (and the --fail-on condition, if given, is not met)
  1  the --fail-on condition is met
  2  an input cannot be read (missing, not JSON, not a valid model; stderr names every problem
     with its JSON path) or the command line is wrong

Environment:
  OT_ZONES_TODAY        the day acceptances are judged on (YYYY-MM-DD; default: today, UTC)

Examples:
  ot-zones diff main.json plant.json
  git show main:plant.json | ot-zones diff - plant.json --format md --fail-on risk`,

  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        format: { type: 'string' },
        'fail-on': { type: 'string' },
        'include-layout': { type: 'boolean' },
      },
      usage,
    );
    const [oldFile, newFile] = expectPositionals(positionals, ['OLD', 'NEW'], usage);
    const format = choice(values.format, ['text', 'md', 'json'] as const, 'format', 'text', usage);
    const failOn =
      values['fail-on'] === undefined
        ? undefined
        : choice<FailOn>(values['fail-on'], FAIL_ON, 'fail-on', 'error', usage);
    if (oldFile === STDIN && newFile === STDIN)
      throw new UsageError('only one of OLD and NEW can be "-"', usage);

    const day = today();
    // Read both before reporting, so one run names the problems of both files.
    const [before, after] = await Promise.allSettled([
      loadModelFile(oldFile!, io),
      loadModelFile(newFile!, io),
    ]);
    if (before.status === 'rejected') {
      if (after.status !== 'rejected') throw before.reason;
      if (!(before.reason instanceof InputError)) throw before.reason;
      io.stderr(inputErrorText(before.reason));
    }
    if (after.status === 'rejected') throw after.reason;
    if (before.status === 'rejected') throw before.reason; // not reached: kept for the type checker

    const comparison = compareModels(before.value.model, after.value.model, {
      today: day,
      includeLayout: values['include-layout'] === true,
    });
    const label = (f: string) => (f === STDIN ? '<stdin>' : f);

    const failing =
      failOn === undefined
        ? 0
        : failOn === 'risk'
          ? comparison.risks.length
          : comparison.findings.introduced.filter(
              (f) => f.status === 'open' && atOrAbove(f.finding.severity, failOn),
            ).length;
    if (format === 'json') io.stdout(`${JSON.stringify(diffJson(comparison), null, 2)}\n`);
    else if (format === 'md')
      io.stdout(
        comparisonMarkdown(comparison, { beforeLabel: label(oldFile!), afterLabel: label(newFile!) }),
      );
    else {
      const paint = styler(io.color);
      const verdict =
        failOn === undefined
          ? undefined
          : failing > 0
            ? paint(
                'red',
                failOn === 'risk'
                  ? `FAIL: ${plural(failing, 'security-relevant change')} (--fail-on risk)`
                  : `FAIL: ${plural(failing, 'introduced finding')} at or above --fail-on ${failOn}`,
              )
            : paint('green', `PASS at --fail-on ${failOn}`);
      io.stdout(
        diffText(comparison, { before: label(oldFile!), after: label(newFile!), color: io.color, verdict }),
      );
    }
    return failing > 0 ? EXIT.findings : EXIT.ok;
  },
};
