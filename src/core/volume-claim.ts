import { Construct } from 'constructs';
import { checkProps } from './check-props';
import { KubePersistentVolumeClaim, Quantity } from './k8s';
import { Labels } from './labels';

/** Options of a volume claim. */
export interface VolumeClaimProps {
  /** Claim name. */
  readonly name: string;
  /** Namespace. */
  readonly namespace: string;
  /** Storage class name. */
  readonly storageClassName: string;
  /** Requested size, e.g. `20Gi`. */
  readonly size: string;
  /** Mountable by many pods at once (ReadWriteMany); otherwise ReadWriteOnce. */
  readonly readWriteMany: boolean;
  /** Value of `app.kubernetes.io/name`. */
  readonly appName: string;
}

/** A PersistentVolumeClaim a service mounts. */
export class VolumeClaim extends Construct {
  /** The claim name. */
  public readonly name: string;

  /**
   * @param scope the owning service
   * @param id construct id
   * @param props options
   */
  public constructor(scope: Construct, id: string, props: VolumeClaimProps) {
    checkProps(scope, 'VolumeClaimProps', props, id);
    super(scope, id);
    this.name = props.name;
    new KubePersistentVolumeClaim(this, 'claim', {
      metadata: { name: props.name, namespace: props.namespace, labels: { [Labels.NAME]: props.appName } },
      spec: {
        accessModes: [props.readWriteMany ? 'ReadWriteMany' : 'ReadWriteOnce'],
        storageClassName: props.storageClassName,
        volumeMode: 'Filesystem',
        resources: { requests: { storage: Quantity.fromString(props.size) } },
      },
    });
  }
}
