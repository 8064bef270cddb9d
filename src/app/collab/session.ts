/**
 * One open shared document: the Y.Doc, its cache in this browser (y-indexeddb, so a reload while
 * offline still opens it), the Hocuspocus connection to `/collab` on this origin, the store
 * binding and presence. `startShared(link)` is called once at start-up when the location names a
 * shared document; local documents never reach this module.
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket, WebSocketStatus } from '@hocuspocus/provider';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { collabUrl } from '../../domain/collab/links';
import { type DragOverlay, emptyModel, useEditor } from '../store/editor-store';
import { toast } from '../store/toasts';
import { api } from './api';
import { StoreBinding } from './binding';
import { codec } from './codec';
import {
  addRepairs,
  type Connection,
  type LinkRole,
  type OpenFailure,
  peerDragOverlay,
  useCollab,
} from './collab-store';
import { colorFor, readDisplayName } from './display-name';
import { failureFor } from './failure';
import { setSessionHandle } from './handle';
import { readClaims, type SharedLink } from './link';
import { type PresenceState, peersFrom } from './presence';

/** How often presence (pointer, drag) is sent at most. */
const PRESENCE_INTERVAL_MS = 50;

/** The collaboration endpoint; the display name goes along so the server can record it in the history. */
function socketUrl(): string {
  const name = readDisplayName();
  return `${collabUrl(window.location.origin)}${name ? `?name=${encodeURIComponent(name)}` : ''}`;
}

class Throttle {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private last = 0;
  constructor(
    private readonly ms: number,
    private readonly run: () => void,
  ) {}
  request(): void {
    if (this.timer) return;
    const wait = Math.max(0, this.last + this.ms - Date.now());
    this.timer = setTimeout(() => {
      this.timer = null;
      this.last = Date.now();
      this.run();
    }, wait);
  }
  cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}

export class SharedSession {
  readonly doc = new Y.Doc();
  readonly binding: StoreBinding;
  readonly provider: HocuspocusProvider;
  /** The socket connects once the person has a display name (the server records it in the history). */
  private readonly socket = new HocuspocusProviderWebsocket({ url: socketUrl(), autoConnect: false });
  private readonly cache: IndexeddbPersistence | null;
  /** My own changes (edits, undo, redo) since the server last acknowledged everything. */
  private localPending = 0;
  /** A connection was made or attempted (what the badge says while it is away). */
  private everConnected = false;
  private cursor: { x: number; y: number } | null = null;
  private readonly presence = new Throttle(PRESENCE_INTERVAL_MS, () => this.publishPresence());
  private readonly cleanups: (() => void)[] = [];

  constructor(
    readonly link: SharedLink,
    readonly role: LinkRole,
  ) {
    this.binding = new StoreBinding(this.doc, {
      codec,
      documentId: `shared:${link.id}`,
      onRepairs: (messages) => {
        addRepairs(messages);
        toast(
          messages.length === 1
            ? messages[0]!
            : `${messages.length} repairs after concurrent edits (see the list at the top).`,
        );
      },
    });
    this.cache = openCache(link.id, this.doc);
    this.cache?.on('synced', () => this.tryOpen());
    this.provider = new HocuspocusProvider({
      websocketProvider: this.socket,
      name: link.id,
      document: this.doc,
      token: link.token,
      onStatus: ({ status }) => this.onStatus(status),
      onSynced: () => this.tryOpen(),
      onAuthenticated: ({ scope }) => {
        if (scope === 'readonly') this.setRole('view');
      },
      onAuthenticationFailed: ({ reason }) => this.fail(failureFor(401, reason || '', link)),
      onUnsyncedChanges: ({ number }) => {
        // The provider also counts what the cache loaded; the badge counts my own changes.
        if (number === 0) this.localPending = 0;
        useCollab.setState({ unsynced: number === 0 ? 0 : this.localPending });
      },
      onAwarenessChange: () => this.onAwareness(),
    });
    this.provider.attach();
    const countMine = (transaction: Y.Transaction) => {
      const mine =
        transaction.origin === this.binding.origin || transaction.origin === this.binding.undoManager;
      if (!mine || transaction.changed.size === 0) return;
      this.localPending++;
      if (this.provider.unsyncedChanges > 0) useCollab.setState({ unsynced: this.localPending });
    };
    this.doc.on('afterTransaction', countMine);
    this.cleanups.push(() => this.doc.off('afterTransaction', countMine));
    this.publishPresence();
    this.watchStore();
    this.watchNetwork();
  }

  private get mayConnect(): boolean {
    return !useCollab.getState().failure && (typeof navigator === 'undefined' || navigator.onLine !== false);
  }

  /** Connects (again) with the current display name in the address. */
  connect(): void {
    const socket = this.socket;
    socket.configuration.url = socketUrl();
    if (!this.mayConnect) return;
    if (socket.status === WebSocketStatus.Disconnected || socket.webSocket === null) {
      socket.disconnect();
      void socket.connect();
      return;
    }
    // Close first; connect() does nothing while the old socket still counts as connected.
    const again = ({ status }: { status: WebSocketStatus }) => {
      if (status !== WebSocketStatus.Disconnected) return;
      socket.off('status', again);
      if (this.mayConnect) void socket.connect();
    };
    socket.on('status', again);
    socket.disconnect();
  }

  private tryOpen(): void {
    if (this.binding.open() && !useCollab.getState().loaded) useCollab.setState({ loaded: true });
  }

  private setRole(role: LinkRole): void {
    const shared = useCollab.getState().shared;
    if (shared && shared.role !== role) useCollab.setState({ shared: { ...shared, role } });
    useEditor.getState().setReadOnly(role === 'view');
    this.publishPresence();
  }

  private onStatus(status: WebSocketStatus): void {
    // After the first failed attempt it is "reconnecting" (still trying), not "connecting".
    if (status === WebSocketStatus.Connected || status === WebSocketStatus.Disconnected)
      this.everConnected = true;
    setConnection(
      status === WebSocketStatus.Connected
        ? 'connected'
        : typeof navigator !== 'undefined' && navigator.onLine === false
          ? 'offline'
          : this.everConnected
            ? 'reconnecting'
            : 'connecting',
    );
  }

  /** The display name changed: the server learns it on the next connection, so reconnect now. */
  renamed(): void {
    this.publishPresence();
    this.connect();
  }

  fail(failure: OpenFailure): void {
    useCollab.setState({ failure });
    this.socket.disconnect();
  }

  /** Checks the link with the HTTP API, which answers clearly for unknown documents and bad tokens. */
  async check(): Promise<void> {
    // The versions list answers like every document route (401/403/404) and is small, unlike the model.
    const result = await api.listVersions(this.link.token, this.link.id);
    if (!result.ok && result.status !== 0 && result.status < 500)
      this.fail(failureFor(result.status, result.error, this.link));
  }

  setCursor(point: { x: number; y: number } | null): void {
    this.cursor = point;
    this.presence.request();
  }

  /** Publishes name, pointer, selection and drag positions (throttled by the callers). */
  publishPresence(): void {
    const awareness = this.provider.awareness;
    if (!awareness) return;
    const { selection, dragOverlay } = useEditor.getState();
    const name = readDisplayName() ?? 'Guest';
    const state: PresenceState = {
      user: { name, color: colorFor(this.doc.clientID) },
      role: useCollab.getState().shared?.role ?? this.role,
      cursor: this.cursor,
      selection,
      drag: dragOverlay as DragOverlay | null,
    };
    awareness.setLocalState(state);
  }

  private onAwareness(): void {
    const awareness = this.provider.awareness;
    if (!awareness) return;
    const peers = peersFrom(awareness.getStates(), this.doc.clientID);
    const before = useCollab.getState().peerDrag;
    const drag = peerDragOverlay(peers);
    const same =
      drag === null ? before === null : before !== null && JSON.stringify(before) === JSON.stringify(drag);
    useCollab.setState({ peers, ...(same ? {} : { peerDrag: drag }) });
  }

  private watchStore(): void {
    this.cleanups.push(
      useEditor.subscribe((state, previous) => {
        if (state.selection !== previous.selection) this.presence.request();
        if (state.dragOverlay !== previous.dragOverlay) {
          // The end of a drag goes out at once, so nobody keeps seeing a ghost.
          if (state.dragOverlay === null) this.publishPresence();
          else this.presence.request();
        }
      }),
    );
  }

  /** The browser says it is offline: stop trying (edits go on and are kept); back online: reconnect. */
  private watchNetwork(): void {
    const offline = () => {
      setConnection('offline');
      this.socket.disconnect();
    };
    const online = () => {
      setConnection(this.everConnected ? 'reconnecting' : 'connecting');
      if (readDisplayName() !== null) this.connect();
    };
    window.addEventListener('offline', offline);
    window.addEventListener('online', online);
    this.cleanups.push(() => {
      window.removeEventListener('offline', offline);
      window.removeEventListener('online', online);
    });
  }

  destroy(): void {
    this.presence.cancel();
    for (const off of this.cleanups) off();
    this.provider.destroy();
    this.socket.destroy();
    this.binding.destroy();
    void this.cache?.destroy();
    this.doc.destroy();
  }
}

function setConnection(connection: Connection): void {
  if (useCollab.getState().connection !== connection) useCollab.setState({ connection });
}

function openCache(id: string, doc: Y.Doc): IndexeddbPersistence | null {
  try {
    return typeof indexedDB === 'undefined' ? null : new IndexeddbPersistence(`ot-zones-shared:${id}`, doc);
  } catch {
    return null;
  }
}

let session: SharedSession | null = null;

/** Opens the shared document the link names (once, at start-up). */
export function startShared(link: SharedLink): SharedSession {
  if (session) return session;
  const claims = readClaims(link.token);
  const role: LinkRole = claims?.role ?? 'edit';
  useEditor.getState().replaceModel(emptyModel('Shared diagram'), { documentId: `shared:${link.id}` });
  useEditor.getState().setReadOnly(role === 'view');
  useCollab.setState({
    shared: { id: link.id, token: link.token, role },
    connection: typeof navigator !== 'undefined' && navigator.onLine === false ? 'offline' : 'connecting',
    askName: readDisplayName() === null,
  });
  session = new SharedSession(link, role);
  setSessionHandle(session);
  if (!link.token) session.fail({ kind: 'invalid', message: 'The link has no access token.' });
  else {
    void session.check();
    // Without a name yet, the name dialog connects once it is answered.
    if (readDisplayName() !== null) session.connect();
  }
  return session;
}
