// Create an administrator on a server that is not in demo mode (the first account of a
// real deployment). Usage: npx tsx scripts/create-admin.ts <email> "<display name>"
// DATA_DIR selects the database, as for the server. The password is printed once.
import { audit } from '../src/lib/server/auth/audit';
import { generateDemoPassword } from '../src/lib/server/auth/demo-admin';
import { createUser, findCredentialsByEmail } from '../src/lib/server/auth/users';
import { database } from '../src/lib/server/db/open';

const [email, displayName] = process.argv.slice(2);
if (!email || !displayName) {
	console.error('usage: npx tsx scripts/create-admin.ts <email> "<display name>"');
	process.exit(2);
}
const db = database();
if (findCredentialsByEmail(db, email)) {
	console.error(`a user with email ${email} already exists`);
	process.exit(1);
}
const password = generateDemoPassword();
const id = await createUser(db, { email, displayName, role: 'admin', password });
audit(db, { userId: null, action: 'user_created', detail: { id, email, role: 'admin', via: 'create-admin script' } });
console.log(`Administrator ${email} created. Password (shown once): ${password}`);
