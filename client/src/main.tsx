import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { sendEarlyRequests } from './api/earlyRequests';
import { initI18n } from './i18n';
import { redirectLegacyHash } from './routing/navigation';
import { parseRoute } from './routing/route';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// Before the first render, so that an old `#/…` link opens its page and the address bar shows the path.
redirectLegacyHash();
sendEarlyRequests(parseRoute(location.pathname));

void initI18n().then(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
