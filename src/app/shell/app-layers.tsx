/**
 * What each feature mounts once at the app root: banners (persistence, first, lifted above the
 * header), drawers, dialogs and canvas overlays. One explicit list, in a fixed order.
 */

import { AnalysisLayers } from '../analysis/AppLayers';
import { CollabLayers } from '../collab/AppLayers';
import { CompareLayers } from '../compare/AppLayers';
import { ImportLayers } from '../import/AppLayers';
import { PersistenceLayers } from '../persistence/AppLayers';
import { RiskLayers } from '../risk/AppLayers';
import { TablesLayers } from '../tables/AppLayers';
import { TrafficLayers } from '../traffic/AppLayers';
import { WorkshopLayers } from '../workshop/AppLayers';

export function AppLayers() {
  return (
    <>
      <PersistenceLayers />
      <AnalysisLayers />
      <CollabLayers />
      <CompareLayers />
      <ImportLayers />
      <RiskLayers />
      <TablesLayers />
      <TrafficLayers />
      <WorkshopLayers />
    </>
  );
}
