import { useLocation } from './routing';
import { HomeScreen } from './workspace/HomeScreen';
import { ImportScreen } from './import/ImportScreen';
import { HistoryScreen } from './history/HistoryScreen';
import { SettingsScreen } from './settings/SettingsScreen';
import { TargetsScreen } from './targets/TargetsScreen';
import { DeckScreen } from './deck/DeckScreen';
import { PresentScreen } from './present/PresentScreen';
import { PresenterScreen } from './present/PresenterScreen';
import { PrintScreen } from './print/PrintScreen';
import { AboutScreen } from './about/AboutScreen';
import { ConnectionNotice } from './chrome/ConnectionNotice';

/** The app: one screen per route, under the notice that asks for a reload after an upgrade elsewhere. */
export function App() {
  return (
    <>
      <Screen />
      <ConnectionNotice />
    </>
  );
}

function Screen() {
  const { route, params } = useLocation();
  switch (route) {
    case 'import':
      return <ImportScreen />;
    case 'history':
      return <HistoryScreen />;
    case 'targets':
      return <TargetsScreen />;
    case 'settings':
      return <SettingsScreen />;
    case 'deck':
      return <DeckScreen />;
    case 'present':
      return <PresentScreen startSlide={Number(params.get('slide') ?? '1')} />;
    case 'presenter':
      return <PresenterScreen startSlide={Number(params.get('slide') ?? '1')} />;
    case 'print':
      return <PrintScreen />;
    case 'about':
      return <AboutScreen />;
    case 'home':
      return <HomeScreen />;
  }
}
