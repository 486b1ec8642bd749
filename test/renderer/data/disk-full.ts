import { vi } from 'vitest';

type Add = IDBObjectStore['add'];

/**
 * Makes the `n`th object-store write after this call throw the DOMException a full disk or
 * quota raises, in the middle of whatever transaction is running. Undo with vi.restoreAllMocks().
 */
export function diskFullAtWrite(n: number): void {
  const original = Object.getOwnPropertyDescriptor(IDBObjectStore.prototype, 'add')?.value as Add;
  let writes = 0;
  vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (
    this: IDBObjectStore,
    ...args: Parameters<Add>
  ) {
    writes += 1;
    if (writes === n) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return original.apply(this, args);
  });
}
