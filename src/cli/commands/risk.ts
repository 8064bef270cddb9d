/**
 * `ot-zones risk FILE [--format text|json] [--fail-on risk]`: the risk register scored on the
 * model's risk matrix (or the default one) and the SL-T each zone and conduit's worst unmitigated
 * risk suggests. JSON is a contract (issue 16): { risks: [{ id, subjectId, level, residualLevel,
 * score, residualScore }], suggestions: [{ subjectId, current, suggested }] }.
 */
import type { Model } from '../../domain/model/schema';
import { type RiskAssessment, riskAssessmentOf } from '../../domain/risk/scoring';
import { slText } from '../../domain/security-level';
import { plural } from '../../domain/text/plural';
import { choice, expectPositionals, parseCommandArgs } from '../args';
import type { Command } from '../command';
import { EXIT } from '../errors';
import { loadModelFile } from '../load';
import { oneLine } from '../text';

const usage = 'ot-zones risk FILE [--format text|json] [--fail-on risk]';

/** Risks whose residual level is above the matrix's tolerable level (closed risks no longer count). */
export function intolerable(assessment: RiskAssessment) {
  return assessment.scored.filter((s) => s.aboveTolerance && s.risk.status !== 'closed');
}

function riskJson(assessment: RiskAssessment) {
  return {
    risks: assessment.scored.map((s) => ({
      id: s.risk.id,
      subjectId: s.risk.subjectId,
      level: s.level?.id ?? null,
      residualLevel: s.residualLevel?.id ?? null,
      score: s.score,
      residualScore: s.residualScore,
    })),
    suggestions: assessment.suggestions.map((s) => ({
      subjectId: s.subjectId,
      current: s.current,
      suggested: s.suggested,
    })),
  };
}

function riskText(model: Model, assessment: RiskAssessment): string {
  const names = new Map([...model.zones, ...model.conduits].map((e) => [e.id, e.name]));
  const subject = (id: string) => {
    const name = names.get(id);
    return oneLine(name && name !== id ? `${name} (${id})` : id);
  };
  const { matrix } = assessment;
  const lines = [
    `Risk register: ${plural(assessment.scored.length, 'risk')}; tolerable up to ${matrix.tolerable.label}` +
      `${model.riskMatrix ? '' : ' (default example matrix)'}`,
  ];
  if (assessment.scored.length) lines.push('  score  level     residual          risk  (zone or conduit)');
  for (const s of assessment.scored) {
    const level = s.level?.label ?? '?';
    const residual = `${s.residualScore} ${s.residualLevel?.label ?? '?'}${s.aboveTolerance ? ' !' : ''}`;
    lines.push(
      `  ${String(s.score).padStart(5)}  ${level.padEnd(8)}  ${residual.padEnd(16)}  ${oneLine(s.risk.id)} ${oneLine(s.risk.title)}  (${subject(s.risk.subjectId)})`,
    );
  }
  if (assessment.suggestions.length) lines.push('', 'SL-T suggested by the worst unmitigated risk:');
  for (const s of assessment.suggestions) {
    const current = s.current === null ? 'none' : slText(s.current);
    lines.push(`  ${subject(s.subjectId)}: SL-T ${current}, suggested ${s.suggested}`);
  }
  const over = intolerable(assessment).length;
  if (over) lines.push('', `${plural(over, 'risk')} above tolerance after countermeasures ("!").`);
  return `${lines.join('\n')}\n`;
}

export const riskCommand: Command = {
  name: 'risk',
  summary: 'score the risk register and suggest SL-T per zone and conduit',
  usage,
  help: `Usage: ${usage}

Scores the model's risk register (IEC 62443-3-2 ZCR 5) on its risk matrix: each risk's score
(likelihood × consequence), its unmitigated and residual level, and per zone and conduit the
SL-T its worst unmitigated risk suggests. Without a "riskMatrix" in the file the default applies:
1–5 scales, 1–4 low, 5–9 medium, 10–16 high, 17–25 critical, tolerable up to medium, SL-T 1–4 —
an example to adapt to your organisation, not a value from the standard. A risk without residual
likelihood or consequence keeps its unmitigated value.

Options:
  --format F       text (default) or json:
                   { "risks": [ { "id", "subjectId", "level", "residualLevel", "score",
                   "residualScore" } ], "suggestions": [ { "subjectId", "current", "suggested" } ] }
                   ("current" is the SL-T as the file states it, or null)
  --fail-on risk   exit 1 when a residual level is above the tolerable level (closed risks
                   do not count)
  -h, --help       show this help

Exit status: 0 done; 1 with --fail-on risk and a residual risk above tolerance; 2 the file
cannot be used (every problem with its JSON path) or the command line is wrong.

Examples:
  ot-zones risk plant.json
  ot-zones risk plant.json --format json --fail-on risk > risks.json`,

  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      { format: { type: 'string' }, 'fail-on': { type: 'string' } },
      usage,
    );
    const format = choice(values.format, ['text', 'json'] as const, 'format', 'text', usage);
    const failOn =
      values['fail-on'] === undefined
        ? undefined
        : choice(values['fail-on'], ['risk'] as const, 'fail-on', 'risk', usage);
    const [file] = expectPositionals(positionals, ['FILE'], usage);
    const { model } = await loadModelFile(file!, io);
    const assessment = riskAssessmentOf(model);
    io.stdout(
      format === 'json' ? `${JSON.stringify(riskJson(assessment), null, 2)}\n` : riskText(model, assessment),
    );
    return failOn && intolerable(assessment).length > 0 ? EXIT.findings : EXIT.ok;
  },
};
