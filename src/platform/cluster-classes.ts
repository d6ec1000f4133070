import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import { Catalog } from '../catalog';
import { Labels } from '../core';
import { Platform } from './platform';
import { checkProps } from '../core/check-props';
import { KubePriorityClass, KubeStorageClass } from '../core/k8s';

/** Options of the cluster classes. */
export interface ClusterClassesProps {
  /** The unit's platform. */
  readonly platform: Platform;
}

/**
 * The cluster-wide classes every unit needs: the four priority classes of 003 §7.4 (services may be
 * moved to any of them, so all exist) and the platform's storage classes of 003 §4.
 */
export class ClusterClasses extends Construct {
  /** The PriorityClass objects, by name. */
  public readonly priorityClasses: Record<string, ApiObject> = {};
  /** The StorageClass objects, by name. */
  public readonly storageClasses: Record<string, ApiObject> = {};

  /**
   * @param scope the unit's cluster-objects scope
   * @param id construct id
   * @param props options
   */
  public constructor(scope: Construct, id: string, props: ClusterClassesProps) {
    checkProps(scope, 'ClusterClassesProps', props, id);
    super(scope, id);
    for (const fact of Catalog.priorityClasses()) {
      this.priorityClasses[fact.name] = new KubePriorityClass(this, fact.name, {
        metadata: { name: fact.name, labels: { [Labels.NAME]: fact.name } },
        value: fact.value,
        globalDefault: false,
        description: `${fact.description} (${fact.source})`,
      });
    }
    for (const fact of props.platform.storageClassesToCreate()) {
      this.storageClasses[fact.name] = new KubeStorageClass(this, fact.name, {
        metadata: { name: fact.name, labels: { [Labels.NAME]: fact.name } },
        provisioner: fact.provisioner!,
        parameters: fact.parameters,
        allowVolumeExpansion: true,
        // Zonal disks must be created in the zone where the pod lands.
        volumeBindingMode: 'WaitForFirstConsumer',
      });
    }
  }
}
