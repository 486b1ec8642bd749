import type { ReactNode } from 'react';
import { useLocation, type Route } from '../routing';
import { DiscardedImportsBanner } from '../import/DiscardedImportsBanner';
import { BrandMark } from './BrandMark';
import { DataLabel } from './DataLabel';

/** What the app chrome wraps: a screen, and optional screen actions shown at the right of the top bar. */
export interface AppChromeProps {
  children: ReactNode;
  actions?: ReactNode;
}

const NAV: ReadonlyArray<{ route: Route; label: string }> = [
  { route: 'deck', label: 'Deck' },
  { route: 'import', label: 'Import data' },
  { route: 'history', label: 'Import history' },
  { route: 'targets', label: 'Targets' },
  { route: 'settings', label: 'Settings' },
  { route: 'about', label: 'About & backup' },
];

/** The app's top bar (mark, navigation, active data, actions) around a screen's content. */
export function AppChrome({ children, actions }: AppChromeProps) {
  const { route } = useLocation();
  return (
    <div className="app-shell">
      <header className="topbar">
        <a className="topbar__mark" href="#/home" aria-label="Quarterdeck home">
          <BrandMark />
          <span>Quarterdeck</span>
        </a>
        <nav className="topbar__nav" aria-label="Main">
          {NAV.map((item) => (
            <a
              key={item.route}
              className="nav-link"
              href={`#/${item.route}`}
              aria-current={route === item.route ? 'page' : undefined}
              data-testid={`nav-${item.route}`}
            >
              {item.label}
            </a>
          ))}
        </nav>
        <div className="topbar__spacer" />
        <DataLabel />
        {actions ? <div className="topbar__actions">{actions}</div> : null}
      </header>
      <main className="app-main">
        {/* On every screen, so an import a crash left unfinished is reported at the next start. */}
        <div className="app-notices">
          <DiscardedImportsBanner />
        </div>
        {children}
      </main>
    </div>
  );
}
