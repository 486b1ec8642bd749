import { BrowserWindow, ipcMain } from 'electron';
import type { IpcMainInvokeEvent } from 'electron';
import type { z } from 'zod';
import { IPC } from '../shared/ipc-contract';
import type { IpcArgs, IpcName, IpcResult } from '../shared/ipc-contract';
import { isAppUrl } from './security';
import { isAppWindow } from './windows';

/** The contract seen entry by entry, so a generic lookup keeps its argument type. */
const CONTRACT: {
  readonly [K in IpcName]: { readonly channel: string; readonly args: z.ZodType<IpcArgs<K>> };
} = IPC;

/**
 * True when an IPC call comes from the main frame of one of our own windows showing our
 * own origin; child frames, foreign pages and unknown windows are all refused.
 */
export function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  if (frame === null || frame !== event.sender.mainFrame) return false;
  if (!isAppUrl(frame.url)) return false;
  const win = BrowserWindow.fromWebContents(event.sender);
  return win !== null && isAppWindow(win);
}

/** Says what is wrong with IPC arguments, field by field. */
function describeIssues(error: z.ZodError): string {
  return error.issues
    .map(
      (issue) =>
        `${issue.path.length > 0 ? issue.path.join('.') : '(arguments)'}: ${issue.message}`,
    )
    .join('; ');
}

/**
 * Registers the handler of one contract entry behind the two checks every channel needs:
 * the sender must be trusted and the arguments must match the contract's schema. This is
 * the only code that touches ipcMain.
 */
export function handle<N extends IpcName>(
  name: N,
  handler: (args: IpcArgs<N>, event: IpcMainInvokeEvent) => Promise<IpcResult<N>>,
): void {
  const { channel, args: schema } = CONTRACT[name];
  ipcMain.handle(channel, async (event, raw: unknown) => {
    if (!isTrustedSender(event)) {
      throw new Error(
        `IPC ${channel} refused: the caller is not the main frame of a Quarterdeck window.`,
      );
    }
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      throw new Error(`IPC ${channel} refused: invalid arguments: ${describeIssues(parsed.error)}`);
    }
    return handler(parsed.data, event);
  });
}
