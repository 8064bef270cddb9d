import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import { App } from './app/App';
import { boot } from './app/boot';
import './index.css';

const root = document.getElementById('root');
if (!root) throw new Error('missing #root element');
boot();
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
