import { Construct } from 'constructs';
import { VoiceService } from './voice-service';
import { VoiceServiceProps } from './voice-service-props';
import { checkProps } from '../../core/check-props';

/**
 * The Voice SIP Proxy Service (`voice-sipproxy`, 000 §0): a StatefulSet on the real-time pool,
 * never autoscaled. SBCs reach it through the name it writes into its SIP messages,
 * `voice-sipproxy.<namespace>.svc.cluster.local`, an SRV record of the Service its chart creates
 * (000 §1.1).
 */
export class VoiceSipProxy extends VoiceService {
  /**
   * @param scope the unit
   * @param id construct id
   * @param props options
   */
  public constructor(scope: Construct, id: string, props: VoiceServiceProps) {
    checkProps(scope, 'VoiceServiceProps', props, id);
    super(scope, id, 'voice-sipproxy', props);
  }

  /** The name SBCs resolve: `voice-sipproxy.voice.svc.cluster.local`. */
  public get sbcTarget(): string {
    return `${this.name}.${this.namespace}.svc.cluster.local`;
  }

  /** The SRV record SBCs look up for SIP over TCP. */
  public get srvRecord(): string {
    return `_sip._tcp.${this.sbcTarget}`;
  }
}
