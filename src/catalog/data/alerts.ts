import { CXC_ALERTS } from './alerts-cxc';
import { GES_ALERTS } from './alerts-ges';
import { VOICE_ALERTS } from './alerts-voice';
import { AlertFact } from '../monitoring-types';

/** Every alert of the guides: Voice (000 §6.3), GES (001 §6.4), CX Contact (002 §6.3). Interaction Server defines none (004 §6.4). */
export const MONITORED_ALERTS: AlertFact[] = [...VOICE_ALERTS, ...GES_ALERTS, ...CXC_ALERTS];
