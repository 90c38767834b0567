// The stored table is requested first, so that the worker reads it while the app's
// modules evaluate and React renders its first frame.
import './app/prefetch-table';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import './styles/index.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
