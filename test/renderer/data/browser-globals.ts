// dexie-export-import expects two browser globals Node lacks: `self`, read when it loads, and
// FileReader, which it uses to read Blobs. This is the smallest stand-in for both.
const scope = globalThis as { self?: unknown; FileReader?: unknown };
scope.self ??= globalThis;

class NodeFileReader {
  result: ArrayBuffer | null = null;
  onload: ((event: { target: NodeFileReader }) => void) | null = null;
  onerror: ((event: { target: { error: unknown } }) => void) | null = null;
  onabort: (() => void) | null = null;

  readAsArrayBuffer(blob: Blob): void {
    blob.arrayBuffer().then(
      (buffer) => {
        this.result = buffer;
        this.onload?.({ target: this });
      },
      (error: unknown) => this.onerror?.({ target: { error } }),
    );
  }
}

scope.FileReader ??= NodeFileReader;
