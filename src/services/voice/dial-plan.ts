import { Construct } from 'constructs';
import { VoiceService } from './voice-service';
import { VoiceServiceProps } from './voice-service-props';
import { checkProps } from '../../core/check-props';

/** The Voice Dial Plan Service (`voice-dialplan`, 000 §0): a Deployment serving dial plans to SIP Cluster on 8800, autoscaled at 60/60. */
export class VoiceDialPlan extends VoiceService {
  /**
   * @param scope the unit
   * @param id construct id
   * @param props options
   */
  public constructor(scope: Construct, id: string, props: VoiceServiceProps) {
    checkProps(scope, 'VoiceServiceProps', props, id);
    super(scope, id, 'voice-dialplan', props);
  }
}
