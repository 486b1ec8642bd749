import { Component, type ErrorInfo, type ReactNode } from 'react';
import { formatErrorDetails, recordError, type ErrorReport } from './error-log';
import { reportFor } from './error-handlers';
import { RecoveryScreen } from './RecoveryScreen';

/** What the boundary wraps. */
export interface ErrorBoundaryProps {
  children: ReactNode;
}

interface ErrorBoundaryState {
  report: ErrorReport | null;
}

/** Catches a render error anywhere in the app, logs it locally and shows the recovery screen. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { report: null };

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { report: reportFor('render', error, window.location.hash, new Date()) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    const report = reportFor('render', error, window.location.hash, new Date());
    // The component stack says which screen failed, which the JS stack alone often does not.
    const stack = [report.stack, info.componentStack].filter(Boolean).join('\n');
    recordError({ ...report, stack: stack || null }).catch(() => undefined);
  }

  override render(): ReactNode {
    const { report } = this.state;
    if (report) return <RecoveryScreen details={formatErrorDetails([report])} />;
    return this.props.children;
  }
}
