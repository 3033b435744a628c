import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApiClient } from './api/client';
import { detectTransport } from './api/transport';
import { ApiContext } from './app/api-context';
import { App } from './app/App';
import './styles/tokens.css';
import './styles/app.css';

const client = createApiClient(detectTransport());

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ApiContext.Provider value={client}>
      <App />
    </ApiContext.Provider>
  </StrictMode>,
);
