/**
 * The cross-tab protocol: every tab announces on a BroadcastChannel what it saved, deleted or
 * added to the list, so other tabs showing the same document learn at once that theirs is stale
 * (the revision check on save protects the data even without these messages).
 */
export const CHANNEL_NAME = 'ot-zones-documents';

export type ChannelMessage =
  | { type: 'saved'; tab: string; documentId: string; revision: number }
  | { type: 'deleted'; tab: string; documentId: string }
  | { type: 'listed'; tab: string };

/** The part of BroadcastChannel we use. */
export interface Channel {
  postMessage(message: ChannelMessage): void;
  close(): void;
  // biome-ignore lint/suspicious/noExplicitAny: BroadcastChannel's handler is typed with `this` and MessageEvent<any>
  onmessage: ((event: MessageEvent<any>) => void) | null;
}

/** One tab's end of the channel: its own messages are ignored, a closed channel costs only the early warning. */
export class TabSync {
  readonly tab = `tab-${globalThis.crypto?.randomUUID?.() ?? Math.random().toString(36).slice(2)}`;
  private channel: Channel | null = null;

  open(factory: (() => Channel | null) | undefined, onMessage: (message: ChannelMessage) => void): void {
    try {
      this.channel = factory?.() ?? null;
      if (this.channel)
        this.channel.onmessage = (event) => {
          const message = event.data as ChannelMessage;
          if (message.tab !== this.tab) onMessage(message);
        };
    } catch {
      this.channel = null; // no cross-tab messages; revision checks on save still protect the data
    }
  }

  saved(documentId: string, revision: number): void {
    this.post({ type: 'saved', tab: this.tab, documentId, revision });
  }

  deleted(documentId: string): void {
    this.post({ type: 'deleted', tab: this.tab, documentId });
  }

  listed(): void {
    this.post({ type: 'listed', tab: this.tab });
  }

  close(): void {
    this.channel?.close();
  }

  private post(message: ChannelMessage): void {
    try {
      this.channel?.postMessage(message);
    } catch {
      // a closed channel only costs the other tabs their early warning
    }
  }
}
