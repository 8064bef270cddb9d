/**
 * Shared documents (team server): a model kept in a Y.Doc, shared by Hocuspocus.
 *
 * API (pure TS + yjs; used by the browser app, the server and the benchmarks):
 * - `writeModel(doc, model, { previous, origin })` — write a model as one minimal transaction
 *   (pass `previous`, the model last read/written, so only the difference is written and only
 *   elements you saw are deleted).
 * - `new ModelProjection(doc).read()` → `{ model, repairs }` — the doc as a valid model, rebuilt
 *   incrementally with unchanged elements keeping their identity; `readModel(doc, previous?)`
 *   does the same in one shot. `repairs` lists what repair.ts changed (show it, record it).
 * - `repairModel(raw, previous?)` — the conflict rules (see repair.ts for each case).
 * - `buildShareLink` / `parseShareLink` — `<origin>/#/doc/<id>?token=<JWT>`; `collabUrl(origin)`
 *   is the WebSocket endpoint (`/collab`); the Hocuspocus document name is the document id and
 *   the provider's `token` is the link's token.
 * - `ORIGIN.api` / `ORIGIN.repair` — transaction origins of server writes (not the user's undo).
 * - `sharedTypes(doc)` — the scope for a per-user `new Y.UndoManager(sharedTypes(doc),
 *   { trackedOrigins: new Set([myOrigin]) })`, writing with `writeModel(…, { origin: myOrigin })`.
 * - WebSocket: `collabUrl(origin)` + `?name=<display name>` (recorded in history); a view token
 *   gets a read-only connection. Creating a shared document (POST /api/documents) needs the
 *   server's admin token.
 * Layout of the doc: layout.ts.
 */
export { jsonEqual } from './json';
export {
  COLLECTIONS,
  type CollectionName,
  isEmptyDoc,
  LAYOUT_VERSION,
  ORIGIN,
  sharedTypes,
} from './layout';
export {
  buildShareLink,
  COLLAB_PATH,
  collabUrl,
  isDocumentId,
  parseShareLink,
  type ShareLink,
} from './links';
export { ModelProjection, type ReadResult, readModel, readRawModel } from './read';
export { type RawModel, type Repair, type RepairKind, type RepairResult, repairModel } from './repair';
export { type WriteOptions, writeModel } from './write';
