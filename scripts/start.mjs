// `npm start`: builds the workbench (simulated Word document + the real task pane) and serves it on
// http://localhost:3000/ (PORT overrides). Works offline; nothing here loads Office.js or talks to the network.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { buildWorkbench } = require('./buildWorkbench.cjs');
const { serveStatic } = require('./serveStatic.cjs');

const port = Number(process.env.PORT ?? 3000);

try {
  console.log('Building the workbench…');
  const folder = await buildWorkbench({ mode: 'production' });
  const { url } = await serveStatic(folder, port);
  console.log(`\nAI Data Terms workbench: ${url}\n(open it in a browser; Ctrl+C stops the server)`);
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  if (message.includes('EADDRINUSE')) {
    console.error(`Port ${port} is in use. Stop the other server or run: PORT=3001 npm start`);
  } else {
    console.error(message);
  }
  process.exit(1);
}
