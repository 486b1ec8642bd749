/** The streaming import engine: bytes in chunks, the same result as runImport on the whole file. */
export { StreamingImport, importChunks, isResult } from './streaming-import';
export type { StreamStatus, StreamingImportSetup } from './streaming-import';
export type { ForcedWindows1252 } from './stream-decoder';
export type { RowStreamOptions } from './row-stream';
