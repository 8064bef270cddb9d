/**
 * A saved version opened read-only (History → Open, in its own tab): the version's model from
 * the HTTP API, no live connection, nothing can be changed.
 */
import { emptyModel, useEditor } from '../store/editor-store';
import { api } from './api';
import { useCollab } from './collab-store';
import { failureFor } from './failure';
import { fetchVersion } from './HistoryDialog';
import type { SharedLink } from './link';

export function versionFromHash(hash: string): string | null {
  const query = hash.split('?')[1];
  return query ? new URLSearchParams(query).get('version') : null;
}

export async function startVersionView(link: SharedLink, versionId: string): Promise<void> {
  useEditor.getState().replaceModel(emptyModel('Version'), { documentId: `version:${link.id}` });
  useEditor.getState().setReadOnly(true);
  useCollab.setState({
    shared: { id: link.id, token: link.token, role: 'view' },
    version: { id: versionId, name: '' },
    loaded: false,
  });
  const [model, list] = await Promise.all([
    fetchVersion(link.token, link.id, versionId),
    api.listVersions(link.token, link.id),
  ]);
  if (typeof model === 'string') {
    useCollab.setState({ failure: failureFor(404, model, link) });
    return;
  }
  const info = list.ok && Array.isArray(list.data) ? list.data.find((v) => v.id === versionId) : undefined;
  useEditor.getState().replaceModel(model, { documentId: `version:${link.id}` });
  useCollab.setState({ loaded: true, version: { id: versionId, name: info?.name ?? 'Saved version' } });
}
