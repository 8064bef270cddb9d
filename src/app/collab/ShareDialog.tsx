/**
 * Share a local diagram: upload it to the team server (POST /api/documents with the admin
 * token), show the edit and view links with copy buttons, then open the shared copy. The local
 * diagram stays in this browser as it was.
 */
import { useEffect, useId, useState } from 'react';
import { useEditor } from '../store/editor-store';
import { DANGER, INPUT, Modal, PRIMARY, SECONDARY } from '../ui/Modal';
import { readAdminToken, writeAdminToken } from './admin-token';
import { api, type CreatedDocument, type Links } from './api';
import { useCollab } from './collab-store';
import { readDisplayName } from './display-name';
import { openSharedLink } from './navigation';

export function ShareDialog() {
  const open = useCollab((s) => s.dialog === 'share');
  const shared = useCollab((s) => s.shared);
  if (!open) return null;
  return shared ? <SharedLinks token={shared.token} id={shared.id} /> : <ShareForm />;
}

/** An open shared document: fresh edit and view links, and revoking every link handed out so far. */
function SharedLinks({ token, id }: { token: string; id: string }) {
  const [links, setLinks] = useState<Links | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirmRevoke, setConfirmRevoke] = useState(false);
  useEffect(() => {
    void api.newLinks(token, id).then((r) => (r.ok ? setLinks(r.data.links) : setError(r.error)));
  }, [token, id]);
  const revoke = async () => {
    const result = await api.revokeLinks(token, id);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    // This tab's own link was revoked too: continue with the new edit link.
    await openSharedLink(result.data.links.edit);
  };
  return (
    <Modal
      open
      onClose={close}
      title="Links to this shared diagram"
      testId="share-dialog"
      footer={
        <>
          {confirmRevoke ? (
            <button type="button" className={DANGER} onClick={() => void revoke()}>
              Revoke all links now
            </button>
          ) : (
            <button type="button" className={SECONDARY} onClick={() => setConfirmRevoke(true)}>
              Revoke links…
            </button>
          )}
          <button type="button" className={PRIMARY} onClick={close}>
            Done
          </button>
        </>
      }
    >
      {links ? (
        <>
          <CopyField label="Edit link (can change the diagram)" value={links.edit} testId="edit-link" />
          <CopyField label="View link (read-only)" value={links.view} testId="view-link" />
        </>
      ) : error ? null : (
        <p className="text-slate-500">Asking the server for links…</p>
      )}
      {confirmRevoke ? (
        <p className="mt-3 rounded bg-amber-50 dark:bg-amber-500/20 px-3 py-2 text-amber-950 dark:text-amber-300 text-sm">
          Every link handed out so far stops working at once, for everyone, and people who are connected are
          disconnected. This page reopens with a new link.
        </p>
      ) : null}
      {error ? (
        <p
          role="alert"
          className="mt-3 rounded bg-red-50 dark:bg-red-500/20 px-3 py-2 text-red-800 dark:text-red-300 text-sm"
        >
          {error}
        </p>
      ) : null}
    </Modal>
  );
}

const close = () => useCollab.setState({ dialog: null });

function CopyField({ label, value, testId }: { label: string; value: string; testId: string }) {
  const id = useId();
  const [copied, setCopied] = useState(false);
  return (
    <div className="mt-3">
      <label htmlFor={id} className="block font-medium text-slate-800">
        {label}
      </label>
      <div className="mt-1 flex gap-2">
        <input
          id={id}
          readOnly
          value={value}
          data-testid={testId}
          className={`${INPUT} font-mono text-xs`}
          onFocus={(e) => e.currentTarget.select()}
        />
        <button
          type="button"
          className={SECONDARY}
          onClick={() => {
            void navigator.clipboard?.writeText(value).then(
              () => setCopied(true),
              () => setCopied(false),
            );
          }}
        >
          {copied ? 'Copied' : 'Copy'}
        </button>
      </div>
    </div>
  );
}

function ShareForm() {
  const [token, setToken] = useState(() => readAdminToken() ?? '');
  const [remember, setRemember] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<CreatedDocument | null>(null);
  const tokenId = useId();
  const name = useEditor((s) => s.model.meta.name) || 'Untitled diagram';

  const share = async () => {
    if (!token.trim()) {
      setError('Enter the admin token.');
      return;
    }
    setBusy(true);
    setError(null);
    const result = await api.createDocument(token.trim(), useEditor.getState().model, readDisplayName());
    setBusy(false);
    if (!result.ok) {
      if (result.status === 401) writeAdminToken(null);
      setError(
        result.status === 401
          ? 'The server did not accept this admin token.'
          : result.status === 0 || result.status === 405 || result.status === 404
            ? 'No team server answers here: this copy of the app runs without one (e.g. on a static host). Start it with "ot-zones serve" to share.'
            : result.error,
      );
      return;
    }
    writeAdminToken(remember ? token.trim() : null);
    setCreated(result.data);
  };

  if (created)
    return (
      <Modal
        open
        onClose={close}
        title="Shared"
        testId="share-dialog"
        footer={
          <>
            <button type="button" className={SECONDARY} onClick={close}>
              Stay on the local copy
            </button>
            <button type="button" className={PRIMARY} onClick={() => void openSharedLink(created.links.edit)}>
              Open the shared diagram
            </button>
          </>
        }
      >
        <p>
          “<span className="font-medium">{name}</span>” is now on the team server. Anyone with a link can open
          it; links expire.
        </p>
        <CopyField label="Edit link (can change the diagram)" value={created.links.edit} testId="edit-link" />
        <CopyField label="View link (read-only)" value={created.links.view} testId="view-link" />
        <p className="mt-3 text-slate-500 text-xs">
          The copy in this browser stays as it is; changes made in the shared diagram are kept on the server.
        </p>
      </Modal>
    );

  return (
    <Modal
      open
      onClose={close}
      title="Share on the team server"
      testId="share-dialog"
      footer={
        <>
          <button type="button" className={SECONDARY} onClick={close}>
            Cancel
          </button>
          <button type="button" className={PRIMARY} disabled={busy} onClick={() => void share()}>
            {busy ? 'Sharing…' : 'Share'}
          </button>
        </>
      }
    >
      <p>
        Uploads “<span className="font-medium">{name}</span>” to the team server this app runs on, and gives
        you an edit link and a view link to hand out.
      </p>
      <form
        className="mt-3"
        onSubmit={(e) => {
          e.preventDefault();
          void share();
        }}
      >
        <label htmlFor={tokenId} className="block font-medium text-slate-800">
          Admin token
        </label>
        <input
          id={tokenId}
          type="password"
          autoComplete="off"
          className={INPUT}
          value={token}
          onChange={(e) => setToken(e.target.value)}
          aria-describedby={`${tokenId}-why`}
        />
        <p id={`${tokenId}-why`} className="mt-1 text-slate-500 text-xs">
          Only the server's administrator can create shared diagrams. The token is the one the server printed
          at its first start (or set as OTZ_ADMIN_TOKEN). The links you hand out carry their own, limited
          tokens.
        </p>
        <label className="mt-2 flex items-center gap-2 text-slate-700 text-xs">
          <input type="checkbox" checked={remember} onChange={(e) => setRemember(e.target.checked)} />
          Remember the token in this browser, so you are asked once
        </label>
      </form>
      {error ? (
        <p
          role="alert"
          className="mt-3 rounded bg-red-50 dark:bg-red-500/20 px-3 py-2 text-red-800 dark:text-red-300 text-sm"
        >
          {error}
        </p>
      ) : null}
    </Modal>
  );
}
