import { Construct } from 'constructs';
import { VoiceService } from './voice-service';
import { VoiceServiceProps } from './voice-service-props';
import { UpdateStrategy } from '../../core';
import { checkProps } from '../../core/check-props';

/** Options of the Voice Redis Queue Service. */
export interface VoiceRedisQueueProps extends VoiceServiceProps {
  /**
   * Update strategy. The guide upgrades RQ pod by pod, starting with `voice-rq-0`, with the
   * StatefulSet on `OnDelete` so that no node restarts at random (000 §5.5).
   *
   * @default UpdateStrategy.ON_DELETE
   */
  readonly updateStrategy?: UpdateStrategy;
}

/**
 * The Voice Redis Queue Service (`voice-rq`, 000 §0): a StatefulSet on the real-time pool, never
 * autoscaled, updated pod by pod (`OnDelete`). The guide recommends two or more replicas.
 */
export class VoiceRedisQueue extends VoiceService {
  /**
   * @param scope the unit
   * @param id construct id
   * @param props options
   */
  public constructor(scope: Construct, id: string, props: VoiceRedisQueueProps) {
    checkProps(scope, 'VoiceRedisQueueProps', props, id);
    const strategy = props.updateStrategy ?? UpdateStrategy.ON_DELETE;
    // The guide's RQ values (000 §3.1): a StatefulSet, and OnDelete for pod-by-pod upgrades.
    super(scope, id, 'voice-rq', props, { values: { deployment: { deploymentType: 'statefulset', strategy } } });
  }
}
