/**
 * "New from template": the bundled starting points. The files are canonical model JSON generated
 * by build-templates.ts from defs/; they are loaded lazily (only when the dialog opens) and
 * validated like any user file, so a broken template fails loudly instead of half-loading.
 */
import { formatIssue } from '../../domain/model/issues';
import { parseModel } from '../../domain/model/parse';
import type { Model } from '../../domain/model/schema';

export const TEMPLATE_IDS = [
  'purdue-reference',
  'water-utility',
  'discrete-manufacturing',
  'pharma-batch',
] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

const LOADERS: Record<TemplateId, () => Promise<{ default: unknown }>> = {
  'purdue-reference': () => import('./purdue-reference.json'),
  'water-utility': () => import('./water-utility.json'),
  'discrete-manufacturing': () => import('./discrete-manufacturing.json'),
  'pharma-batch': () => import('./pharma-batch.json'),
};

export interface TemplateInfo {
  id: TemplateId;
  name: string;
  description: string;
  counts: { zones: number; assets: number; conduits: number };
  /** A validated model; each call of loadTemplate returns a fresh one. */
  model: Model;
}

/** Validates a template's JSON; throws with every problem's path when the bundled file is broken. */
export function templateModel(id: string, json: unknown): Model {
  const result = parseModel(json);
  if (!result.ok)
    throw new Error(`template "${id}" is invalid:\n${result.issues.map(formatIssue).join('\n')}`);
  return result.model;
}

export async function loadTemplate(id: TemplateId): Promise<TemplateInfo> {
  const json = (await LOADERS[id]()).default;
  const model = templateModel(id, json);
  return {
    id,
    name: model.meta.name,
    description: model.meta.description ?? '',
    counts: { zones: model.zones.length, assets: model.assets.length, conduits: model.conduits.length },
    model,
  };
}

export function loadTemplates(): Promise<TemplateInfo[]> {
  return Promise.all(TEMPLATE_IDS.map(loadTemplate));
}
