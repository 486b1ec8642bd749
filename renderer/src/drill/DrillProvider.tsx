import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import type { DrillError, DrillResult } from '../../../shared/drill';
import type { DrillRef } from '../../../shared/deck/slide-content';
import { downloadText } from '../import/rejects-csv';
import { DrillContext } from './drill-context';
import { requestDrill } from './drill-client';
import { drillFileName } from './drill-file-name';
import { DrillDialog } from './DrillDialog';
import { useReportRequest } from '../data/use-report-request';

/** The figure open in the dialog and what came back for it. */
interface Open {
  ref: DrillRef;
  label: string;
  result: DrillResult | DrillError | null;
}

/**
 * Makes the figures inside it clickable (KPI tiles, table cells, chart bars) and shows the
 * records behind a clicked figure in a dialog, asked of the report worker. Focus returns to
 * the figure when the dialog closes.
 */
export function DrillProvider({
  currency,
  children,
}: {
  currency: string | null;
  children: ReactNode;
}) {
  const request = useReportRequest();
  const [open, setOpen] = useState<Open | null>(null);
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<string | null>(null);
  const opener = useRef<Element | null>(null);
  const asked = useRef(0);

  const onDrill = useCallback(
    (ref: DrillRef, label: string) => {
      if (request === null) return;
      opener.current = document.activeElement;
      const seq = ++asked.current;
      setExportError(null);
      setOpen({ ref, label, result: null });
      void requestDrill(request, ref.path, false).then((response) => {
        if (seq === asked.current)
          setOpen((o) => (o === null ? o : { ...o, result: response.result }));
      });
    },
    [request],
  );

  const close = useCallback(() => {
    asked.current++;
    setOpen(null);
  }, []);

  // Focus goes back to the figure once the modal dialog is gone (while it is open the page is inert).
  const isOpen = open !== null;
  useEffect(() => {
    if (isOpen) return;
    const back = opener.current;
    opener.current = null;
    if (back instanceof HTMLElement && back.isConnected) back.focus();
  }, [isOpen]);

  const onExport = useCallback(() => {
    if (request === null || open === null || !open.result?.ok) return;
    const title = open.result.title;
    setExporting(true);
    setExportError(null);
    void requestDrill(request, open.ref.path, true).then((response) => {
      setExporting(false);
      if (response.csv === null) {
        setExportError(
          response.result.ok ? 'The CSV could not be written.' : response.result.error,
        );
        return;
      }
      downloadText(drillFileName(title), response.csv, 'text/csv');
    });
  }, [request, open]);

  return (
    <DrillContext.Provider value={request === null ? null : onDrill}>
      {children}
      {open !== null ? (
        <DrillDialog
          label={open.label}
          result={open.result}
          currency={currency}
          exporting={exporting}
          exportError={exportError}
          onExport={onExport}
          onClose={close}
        />
      ) : null}
    </DrillContext.Provider>
  );
}
