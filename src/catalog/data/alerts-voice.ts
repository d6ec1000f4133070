import { VOICE_CALL_ALERTS } from './alerts-voice-call';
import { VOICE_STATE_ALERTS } from './alerts-voice-state';
import { AlertFact } from '../monitoring-types';

/**
 * Every alert of the Voice guide (000 §6.3), per service, in the guide's order: Agent State, Call
 * State, Config, Dial Plan, Registrar and RQ in alerts-voice-state.ts; Front End, ORS, SIP Cluster,
 * SIP Proxy and Voicemail in alerts-voice-call.ts.
 *
 * The guide prints no expressions; each one is written from the alert's "Based on" metrics and its
 * threshold text. Where the guide names a metric its own metric lists do not have, or a threshold
 * that cannot be right (000 §6.4), the alert's `reading` says which was taken and why.
 */
export const VOICE_ALERTS: AlertFact[] = [...VOICE_STATE_ALERTS, ...VOICE_CALL_ALERTS];
