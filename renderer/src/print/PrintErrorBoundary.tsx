import { Component, type ReactNode } from 'react';
import { markPrintError } from './print-markers';

/** Props of the print route's error boundary. */
export interface PrintErrorBoundaryProps {
  children: ReactNode;
}

/** The sentence the print route reports when drawing the deck threw. */
export function printFailureMessage(error: unknown): string {
  const reason = error instanceof Error ? error.message : String(error);
  return `The deck could not be drawn for printing: ${reason}`;
}

/**
 * Catches anything that throws while the deck is drawn for print and says so on the page
 * and in `data-print-error`, so the shell and the CLI stop waiting with a reason.
 */
export class PrintErrorBoundary extends Component<
  PrintErrorBoundaryProps,
  { message: string | null }
> {
  override state: { message: string | null } = { message: null };

  /** Keeps the failure's sentence to show instead of the deck. */
  static getDerivedStateFromError(error: unknown): { message: string } {
    return { message: printFailureMessage(error) };
  }

  /** Sets the marker once the failure is committed. */
  override componentDidCatch(error: unknown): void {
    markPrintError(printFailureMessage(error));
  }

  override render(): ReactNode {
    const { message } = this.state;
    return message === null ? this.props.children : <p className="qd-print-message">{message}</p>;
  }
}
