import { Construct } from 'constructs';
import { VoiceService } from './voice-service';
import { VoiceServiceProps } from './voice-service-props';
import { checkProps } from '../../core/check-props';

/** The Voice Front End Service (`voice-sipfe`, 000 §0): a Deployment taking call-control requests on 9101, autoscaled at 60/60. */
export class VoiceFrontEnd extends VoiceService {
  /**
   * @param scope the unit
   * @param id construct id
   * @param props options
   */
  public constructor(scope: Construct, id: string, props: VoiceServiceProps) {
    checkProps(scope, 'VoiceServiceProps', props, id);
    super(scope, id, 'voice-sipfe', props);
  }
}
