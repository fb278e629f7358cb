import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { App } from './App';
import { AuthProvider } from './auth';
import './styles.css';
import './print.css';

const root = document.getElementById('root');
if (!root) throw new Error('missing #root');

// A data router, so that a page with unsaved changes can hold a navigation (useBlocker); the app's own
// <Routes> sit under its one catch-all route.
const router = createBrowserRouter([
  {
    path: '*',
    element: (
      <AuthProvider>
        <App />
      </AuthProvider>
    ),
  },
]);

createRoot(root).render(
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>,
);
