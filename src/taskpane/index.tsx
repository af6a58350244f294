// Production boot, the composition root: wait for Office, build the Word host, render the pane into #root.
// The only task-pane file allowed to import src/word; nothing here touches document content.
import { createRoot } from 'react-dom/client';
import { createOfficeHost } from '../word/officeHost';
import { officeReady } from '../word/officeEnvironment';
import { App } from './App';
import { safeLocalStorage } from './browser/safeLocalStorage';
import { settingsStorageKey } from './storageKey';

async function boot(): Promise<void> {
  const environment = await officeReady();
  const container = document.getElementById('root');
  // The page shell (taskpane.html) always has #root; without it there is nowhere to show even an error.
  if (!container) throw new Error('taskpane.html has no element with id "root".');
  createRoot(container).render(
    <App host={createOfficeHost()} storage={safeLocalStorage()} storageKey={settingsStorageKey(environment.partitionKey)} theme={environment.theme} />,
  );
}

void boot().catch((error: unknown) => {
  // Boot failed before React could show a MessageBar: say so in plain text rather than leave a blank pane.
  const message = error instanceof Error ? error.message : String(error);
  document.body.textContent = `AI Data Terms could not start: ${message} Close the pane and open it again from the Home tab.`;
});
