// `npm start`: run the built server on the bundled demo data with local defaults.
// Production deployments run `node scripts/server.js` with their own environment (.env.example).
process.env.DEMO ??= '1';
process.env.PORT ??= '3000';
// adapter-node assumes https unless told the public origin; SvelteKit's CSRF check compares
// the browser's Origin header with it.
process.env.ORIGIN ??= `http://localhost:${process.env.PORT}`;
// The demo is served over plain http on localhost, where Secure cookies would be refused
// by some browsers; production keeps them Secure.
process.env.SECURE_COOKIES ??= '0';
// Uploads of exports up to the importer's 60 MB limit (adapter-node refuses bodies over 512 KB by default).
process.env.BODY_SIZE_LIMIT ??= '60M';
console.log(`Preceptor starting on http://localhost:${process.env.PORT} (demo mode: ${process.env.DEMO})`);
await import('./server.js');
