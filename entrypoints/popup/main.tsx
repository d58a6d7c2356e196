import { render } from 'preact';
import { App } from '@/components/popup/App';
import { browserPopupHost } from '@/components/popup/browser-host';
import { VIEWS, type ViewName } from '@/components/popup/host';
import { requestPersistentStorage } from '@/utils/db/persistence';
import '@/components/popup/popup.css';

const requested = new URLSearchParams(location.search).get('view');
const initialView: ViewName = VIEWS.find((view) => view.name === requested)?.name ?? 'page';

void requestPersistentStorage();

render(
  <App host={browserPopupHost(location)} initialView={initialView} onFirstRender={() => performance.mark('presslight:first-render')} />,
  document.getElementById('app')!,
);
