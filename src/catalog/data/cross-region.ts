import { CrossRegionPathFact } from '../types';
import { product, service } from './connections/endpoints';

/**
 * The service-to-service paths the guides allow between units of a group (cross-region); every
 * other path stays inside its unit. Data-store traffic across regions (the tenant Redis stream,
 * 003 §1.11; Tenant, GAuth and GWS databases) is network peering, not mesh traffic.
 */
export const CROSS_REGION_PATHS: CrossRegionPathFact[] = [
  {
    from: service('ges', 'Genesys Engagement Service'),
    to: service('voice-ors', 'ORS'),
    purpose: 'central callback: GES follows the callback session in the region that runs it',
    sameServiceOnly: false,
    source: '003 §1.8; 001 §2.4 #11',
  },
  {
    from: service('ges', 'Genesys Engagement Service'),
    to: service('tenant', 'Tenant Service (URS)'),
    purpose: 'central callback: GES asks the tenant\'s URS for virtual-queue waiting times',
    sameServiceOnly: false,
    source: '003 §1.8; 001 §2.4 #13',
  },
  {
    from: product('voice', 'Voice Microservices'),
    to: service('ges', 'Genesys Engagement Service'),
    purpose: 'central callback: callback sessions in every region update GES in the primary unit',
    sameServiceOnly: false,
    source: '003 §1.8; 001 §2.4 #12',
  },
  {
    from: service('voice-voicemail', 'Voicemail'),
    to: service('voice-voicemail', 'Voicemail'),
    purpose: 'message-waiting notifications pushed to Voicemail in other regions',
    sameServiceOnly: true,
    source: '000 §2.1',
  },
  {
    from: service('tenant', 'Tenant Service'),
    to: service('tenant', 'Tenant Service'),
    purpose: 'the Tenant Service connects to the same tenant\'s Tenant Service in other regions; tenant data is never shared (003 §1.11)',
    sameServiceOnly: true,
    source: '000 §2.1',
  },
];
