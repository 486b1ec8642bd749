import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource-variable/inter';
import './styles/tokens.css';
import './styles/app.css';
import { App } from './App';
import { requestPersistentStorage } from './data/persistence';
import { ErrorBoundary } from './errors/ErrorBoundary';
import { installErrorHandlers } from './errors/error-handlers';
import { recordError, describeError } from './errors/error-log';

installErrorHandlers(window);
// Asked once per workspace; the answer is shown on the About screen. A failure is logged, not shown.
requestPersistentStorage().catch((error: unknown) =>
  recordError({
    time: new Date().toISOString(),
    route: window.location.hash,
    source: 'unhandledrejection',
    ...describeError(error),
  }).catch(() => undefined),
);

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element');
createRoot(root).render(
  <StrictMode>
    <ErrorBoundary>
      <App />
    </ErrorBoundary>
  </StrictMode>,
);
