/**
 * The header's right-hand group, in the order people scan it: sharing first, then the views and
 * workshop tools, then the file menus (Import, Export) and the documents menu at the right end.
 * One explicit list: adding a feature's buttons means adding one line here.
 */

import { AnalysisHeaderItems } from '../analysis/HeaderItems';
import { BandsHeaderItems } from '../bands/HeaderItems';
import { CollabHeaderItems } from '../collab/HeaderItems';
import { CompareHeaderItems } from '../compare/HeaderItems';
import { ExportHeaderItems } from '../export/HeaderItems';
import { ImportHeaderItems } from '../import/HeaderItems';
import { PersistenceHeaderItems } from '../persistence/HeaderItems';
import { RiskHeaderItems } from '../risk/HeaderItems';
import { TablesHeaderItems } from '../tables/HeaderItems';
import { TrafficHeaderItems } from '../traffic/HeaderItems';
import { WorkshopHeaderItems } from '../workshop/HeaderItems';

export function HeaderItems() {
  return (
    <>
      <CollabHeaderItems />
      <AnalysisHeaderItems />
      <CompareHeaderItems />
      <TrafficHeaderItems />
      <TablesHeaderItems />
      <WorkshopHeaderItems />
      <BandsHeaderItems />
      <RiskHeaderItems />
      <ImportHeaderItems />
      <ExportHeaderItems />
      <PersistenceHeaderItems />
    </>
  );
}
