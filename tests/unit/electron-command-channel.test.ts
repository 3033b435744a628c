import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));

import type { WebContents } from 'electron';
import { CommandChannel } from '../../electron/command-channel';
import { IPC_CHANNELS } from '../../electron/ipc-channels';

/** Just enough of a WebContents: records sends and lets the test fire its events. */
function fakeContents() {
  const listeners = new Map<string, ((...args: unknown[]) => void)[]>();
  const sent: unknown[][] = [];
  let destroyed = false;
  const contents = {
    sent,
    on: (event: string, listener: (...args: unknown[]) => void) => listeners.set(event, [...(listeners.get(event) ?? []), listener]),
    once: (event: string, listener: (...args: unknown[]) => void) => listeners.set(event, [...(listeners.get(event) ?? []), listener]),
    emit: (event: string, ...args: unknown[]) => (listeners.get(event) ?? []).forEach((listener) => listener(...args)),
    send: (...args: unknown[]) => sent.push(args),
    isDestroyed: () => destroyed,
    destroy: () => {
      destroyed = true;
      contents.emit('destroyed');
    },
  };
  return { contents, asWebContents: contents as unknown as WebContents };
}

describe('menu command channel', () => {
  it('holds commands until the page says it listens, then delivers them in order', () => {
    const channel = new CommandChannel();
    const { contents, asWebContents } = fakeContents();
    channel.send('open-path:/w/a.soc2');
    channel.attach(asWebContents);
    channel.send('step:gaps');
    expect(contents.sent).toEqual([]);

    channel.markReady(asWebContents);
    expect(contents.sent).toEqual([
      [IPC_CHANNELS.menuCommand, 'open-path:/w/a.soc2'],
      [IPC_CHANNELS.menuCommand, 'step:gaps'],
    ]);
    channel.send('dashboard');
    expect(contents.sent.at(-1)).toEqual([IPC_CHANNELS.menuCommand, 'dashboard']);
    expect(channel.queuedCount).toBe(0);
  });

  it('ignores readiness reported by other web contents', () => {
    const channel = new CommandChannel();
    const main = fakeContents();
    const other = fakeContents();
    channel.attach(main.asWebContents);
    channel.send('new');
    channel.markReady(other.asWebContents);
    expect(main.contents.sent).toEqual([]);
    expect(other.contents.sent).toEqual([]);
  });

  it('queues again while the page reloads, but not for in-page navigation', () => {
    const channel = new CommandChannel();
    const { contents, asWebContents } = fakeContents();
    channel.attach(asWebContents);
    channel.markReady(asWebContents);

    contents.emit('did-start-navigation', { isMainFrame: true, isSameDocument: true });
    channel.send('step:scope');
    expect(contents.sent).toHaveLength(1);

    contents.emit('did-start-navigation', { isMainFrame: true, isSameDocument: false });
    channel.send('step:audit');
    expect(contents.sent).toHaveLength(1);
    channel.markReady(asWebContents);
    expect(contents.sent.at(-1)).toEqual([IPC_CHANNELS.menuCommand, 'step:audit']);
  });

  it('never sends to destroyed contents and keeps the queue bounded', () => {
    const channel = new CommandChannel();
    const { contents, asWebContents } = fakeContents();
    channel.attach(asWebContents);
    channel.markReady(asWebContents);
    contents.destroy();
    for (let i = 0; i < 50; i++) channel.send(`step:${i}`);
    expect(contents.sent).toEqual([]);
    expect(channel.queuedCount).toBe(20);
  });
});
