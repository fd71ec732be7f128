import { connection } from 'next/server';
import { Studio } from '../components/studio/Studio';

export default async function Page() {
  // Rendered per request so Next can stamp its inline scripts with the CSP nonce (see proxy.ts).
  await connection();
  return <Studio />;
}
