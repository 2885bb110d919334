// StrictMode runs effects twice only in development builds: the app is built in
// development mode (`vite build --mode development`) so that the test sees it.
import react from '@vitejs/plugin-react';

export default { base: './', logLevel: 'warn', plugins: [react()] };
