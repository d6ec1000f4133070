import { Construct } from 'constructs';
import { VoiceService } from './voice-service';
import { VoiceServiceProps } from './voice-service-props';
import { checkProps } from '../../core/check-props';

/** The Voice Agent State Service (`voice-agent`, 000 §0): a Deployment that keeps agent states, autoscaled on CPU and memory at 60/60. */
export class VoiceAgentState extends VoiceService {
  /**
   * @param scope the unit
   * @param id construct id
   * @param props options
   */
  public constructor(scope: Construct, id: string, props: VoiceServiceProps) {
    checkProps(scope, 'VoiceServiceProps', props, id);
    super(scope, id, 'voice-agent', props);
  }
}
