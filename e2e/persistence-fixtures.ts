/**
 * Test fixtures shared by the inspector, findings and persistence specs: put a known model in the
 * browser's document store and open it, as if the user had saved it earlier. This drives the
 * real start-up path (restore the last document) rather than a test-only hook.
 */
import { expect, type Page } from '@playwright/test';

export interface StoredDoc {
  id: string;
  name: string;
  text: string;
  previousText?: string;
}

/** Waits until the app has finished its start-up save. */
export async function waitSaved(page: Page): Promise<void> {
  await expect(page.locator('[data-save-status="saved"]')).toBeVisible();
}

/** Writes documents into IndexedDB (same layout as idb-document-store.ts) and marks one as last open. */
export async function writeDocuments(page: Page, docs: StoredDoc[], openId: string): Promise<void> {
  await page.evaluate(
    async ({ docs, openId }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('ot-zones');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const tx = db.transaction(['info', 'content', 'settings'], 'readwrite');
      const at = new Date().toISOString();
      for (const d of docs) {
        tx.objectStore('info').put({
          id: d.id,
          name: d.name,
          revision: 1,
          createdAt: at,
          updatedAt: at,
          size: d.text.length,
        });
        tx.objectStore('content').put(
          d.previousText
            ? { id: d.id, text: d.text, previous: { text: d.previousText, revision: 0, savedAt: at } }
            : { id: d.id, text: d.text },
        );
      }
      tx.objectStore('settings').put(openId, 'lastDocumentId');
      sessionStorage.setItem('ot-zones:document', openId); // this tab's document, kept across reloads
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { docs, openId },
  );
}

/** Opens the app on `model` (stored as the last open document). */
export async function openModel(page: Page, model: unknown, id = 'doc-e2e'): Promise<void> {
  await page.goto('/');
  await waitSaved(page);
  const name = (model as { meta: { name: string } }).meta.name;
  await writeDocuments(page, [{ id, name, text: JSON.stringify(model, null, 2) }], id);
  await page.reload();
  await expect(page.getByTestId('document-name')).toHaveText(name);
  await waitSaved(page);
}

/** Reads a stored document's text straight from IndexedDB. */
export async function storedText(page: Page, id: string): Promise<string | undefined> {
  return page.evaluate(async (id) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('ot-zones');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const tx = db.transaction(['content'], 'readonly');
    const req = tx.objectStore('content').get(id);
    const value = await new Promise<{ text: string } | undefined>((resolve, reject) => {
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    db.close();
    return value?.text;
  }, id);
}

/** A small plant: two zones with one asset each and a conduit carrying one Modbus flow. */
export function smallPlant(extra: { conduit?: Record<string, unknown> } = {}) {
  return {
    format: 'ot-zones',
    version: 1,
    meta: { name: 'Pump station' },
    zones: [
      { id: 'z-ops', name: 'Operations', kind: 'operations', slTarget: 3 },
      { id: 'z-ctl', name: 'Control', kind: 'control', slTarget: 2 },
    ],
    assets: [
      { id: 'a-hist', name: 'Historian', type: 'historian', zoneId: 'z-ops', slCapability: 3 },
      { id: 'a-plc', name: 'PLC-1', type: 'plc', zoneId: 'z-ctl', slCapability: 2 },
    ],
    conduits: [
      {
        id: 'c-1',
        name: 'Ops to control',
        zoneIds: ['z-ops', 'z-ctl'],
        type: 'filtering',
        controls: ['firewall', 'fail-close', 'logging'],
        flows: [{ from: 'z-ops', to: 'z-ctl', protocol: 'modbus', port: 502, description: 'setpoints' }],
        ...extra.conduit,
      },
    ],
    diagram: {
      positions: {
        'z-ops': { x: 0, y: 0, width: 420, height: 200 },
        'z-ctl': { x: 0, y: 360, width: 420, height: 200 },
        'a-hist': { x: 40, y: 70 },
        'a-plc': { x: 40, y: 70 },
      },
    },
  };
}
