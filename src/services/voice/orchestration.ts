import { Construct } from 'constructs';
import { VoiceService } from './voice-service';
import { VoiceServiceProps } from './voice-service-props';
import { checkProps } from '../../core/check-props';

/** The Voice Orchestration Service (`voice-ors`, 000 §0): a StatefulSet on the real-time pool, 500m/1Gi to 1500m/4Gi, autoscaled at 50/50. */
export class VoiceOrchestration extends VoiceService {
  /**
   * @param scope the unit
   * @param id construct id
   * @param props options
   */
  public constructor(scope: Construct, id: string, props: VoiceServiceProps) {
    checkProps(scope, 'VoiceServiceProps', props, id);
    super(scope, id, 'voice-ors', props);
  }
}
