/** The open model against the loaded traffic, recomputed when either changes (derived, never stored). */
import { useMemo } from 'react';
import { compareFlows, type FlowComparison } from '../../domain/traffic/compare';
import { useEditor } from '../store/editor-store';
import { mergedFlows, useTraffic } from './traffic-store';

export function useTrafficComparison(): FlowComparison | null {
  const model = useEditor((s) => s.model);
  const files = useTraffic((s) => s.files);
  const flows = useMemo(() => mergedFlows(files), [files]);
  return useMemo(() => (files.length ? compareFlows(model, flows) : null), [model, flows, files.length]);
}
