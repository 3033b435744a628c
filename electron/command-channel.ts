import type { WebContents } from 'electron';
import { IPC_CHANNELS } from './ipc-channels';

const MAX_QUEUED = 20;

/**
 * Carries menu commands and shell events to the page. Commands that arrive before the page listens
 * (a file double-clicked to launch the app, a menu pick during a reload) are queued and delivered
 * once the preload reports that the page has subscribed, instead of being sent into the void.
 */
export class CommandChannel {
  private target: WebContents | null = null;
  private ready = false;
  private queue: string[] = [];

  /** Points the channel at the main window's contents; commands wait until it reports ready. */
  attach(contents: WebContents): void {
    this.target = contents;
    this.ready = false;
    contents.on('did-start-navigation', (details) => {
      // A new document means a new page with no listener yet.
      if (contents === this.target && details.isMainFrame && !details.isSameDocument) this.ready = false;
    });
    contents.once('destroyed', () => {
      if (contents !== this.target) return;
      this.target = null;
      this.ready = false;
    });
  }

  /** Called when the page in `contents` has subscribed to commands. */
  markReady(contents: WebContents): void {
    if (contents !== this.target) return;
    this.ready = true;
    const queued = this.queue;
    this.queue = [];
    for (const command of queued) this.send(command);
  }

  send(command: string): void {
    const target = this.target;
    if (target !== null && this.ready && !target.isDestroyed()) {
      target.send(IPC_CHANNELS.menuCommand, command);
      return;
    }
    this.queue.push(command);
    if (this.queue.length > MAX_QUEUED) this.queue.shift();
  }

  get queuedCount(): number {
    return this.queue.length;
  }
}
