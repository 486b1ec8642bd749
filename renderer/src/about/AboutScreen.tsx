import { AppChrome } from '../chrome/AppChrome';
import { BackupCard } from '../backup/BackupCard';
import { ResetCard } from '../backup/ResetCard';
import { ErrorLogCard } from './ErrorLogCard';
import { StorageCard } from './StorageCard';
import { VersionsCard } from './VersionsCard';
import './about.css';

/** About: versions, the workspace's size and safety, backup and restore, the error log, reset. */
export function AboutScreen() {
  return (
    <AppChrome>
      <div className="page page--narrow" data-testid="about-screen">
        <header className="page-header">
          <div className="page-header__text">
            <p className="eyebrow">About</p>
            <h1>Quarterdeck on this computer</h1>
            <p>Your workspace never leaves this machine unless you back it up.</p>
          </div>
        </header>
        <div className="stack">
          <VersionsCard />
          <StorageCard />
          <BackupCard />
          <ErrorLogCard />
          <ResetCard />
        </div>
      </div>
    </AppChrome>
  );
}
