import { createContext } from 'react';

/**
 * Where a chart reports that it could not be drawn. The print route listens, so a broken
 * chart becomes `data-print-error` rather than a print that waits for ever; elsewhere the
 * chart's own fallback text is enough.
 */
export const RenderFailureContext = createContext<(message: string) => void>(() => undefined);
