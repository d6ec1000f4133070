import { CX_CONTACT_CONNECTIONS } from './cx-contact';
import { GES_CONNECTIONS } from './ges';
import { INTERACTION_SERVER_CONNECTIONS } from './interaction-server';
import { VOICE_CONNECTIONS } from './voice';
import { VOICE_CONNECTIVITY } from './voice-connectivity';
import { ConnectionSpec } from '../../types';

export { external, product, service } from './endpoints';
export { CX_CONTACT_CONNECTIONS, GES_CONNECTIONS, INTERACTION_SERVER_CONNECTIONS, VOICE_CONNECTIONS, VOICE_CONNECTIVITY };

/** The guides' connection tables, keyed by guide and section. */
export const CONNECTION_TABLES: Record<string, ConnectionSpec[]> = {
  '000 §1.2': VOICE_CONNECTIONS,
  '003 §5.3': VOICE_CONNECTIVITY,
  '001 §2.4': GES_CONNECTIONS,
  '002 §2.3': CX_CONTACT_CONNECTIONS,
  '004 §2.4': INTERACTION_SERVER_CONNECTIONS,
};
