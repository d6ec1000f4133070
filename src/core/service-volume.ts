import { Construct } from 'constructs';
import { kplus } from './k8s';

/** Where a volume comes from. */
export enum VolumeSource {
  /** An existing Secret, referenced by name; its values never appear in the manifests. */
  SECRET = 'secret',
  /** A ConfigMap. */
  CONFIG_MAP = 'configMap',
  /** Node-local scratch space that lives as long as the pod. */
  EMPTY_DIR = 'emptyDir',
  /** A directory of the node (AKS node-local storage, 003 §4.1 `disk-hdd`). */
  HOST_PATH = 'hostPath',
  /** An existing PersistentVolumeClaim. */
  PERSISTENT_VOLUME_CLAIM = 'persistentVolumeClaim',
  /** A CSI driver, such as the Secrets Store CSI driver reading Azure Key Vault. */
  CSI = 'csi',
}

/** Options of a Secret or ConfigMap volume. */
export interface KeyedVolumeOptions {
  /** Mount only these keys, each at the given relative path. @default - every key */
  readonly items?: Record<string, string>;
  /** True when the pod may start without the Secret or ConfigMap. @default false */
  readonly optional?: boolean;
}

/** A volume of a service's pods. */
export class ServiceVolume {
  /**
   * A volume with the keys of an existing Secret.
   *
   * @param name volume name, unique within the pod
   * @param secretName name of the Secret, which must exist in the service's namespace
   * @param options keys and optionality
   */
  public static fromSecret(name: string, secretName: string, options: KeyedVolumeOptions = {}): ServiceVolume {
    return new ServiceVolume(name, VolumeSource.SECRET, secretName, options);
  }

  /**
   * A volume with the keys of a ConfigMap.
   *
   * @param name volume name
   * @param configMapName name of the ConfigMap
   * @param options keys and optionality
   */
  public static fromConfigMap(name: string, configMapName: string, options: KeyedVolumeOptions = {}): ServiceVolume {
    return new ServiceVolume(name, VolumeSource.CONFIG_MAP, configMapName, options);
  }

  /**
   * An empty directory that lives as long as the pod (GKE node-local storage, 003 §4.2).
   *
   * @param name volume name
   */
  public static fromEmptyDir(name: string): ServiceVolume {
    return new ServiceVolume(name, VolumeSource.EMPTY_DIR, '', {});
  }

  /**
   * A directory of the node (AKS `disk-hdd`, 003 §4.1).
   *
   * @param name volume name
   * @param hostPath absolute path on the node
   */
  public static fromHostPath(name: string, hostPath: string): ServiceVolume {
    return new ServiceVolume(name, VolumeSource.HOST_PATH, hostPath, {});
  }

  /**
   * An existing PersistentVolumeClaim.
   *
   * @param name volume name
   * @param claimName claim name, in the service's namespace
   */
  public static fromPersistentVolumeClaim(name: string, claimName: string): ServiceVolume {
    return new ServiceVolume(name, VolumeSource.PERSISTENT_VOLUME_CLAIM, claimName, {});
  }

  /**
   * A read-only CSI volume, such as the Secrets Store CSI driver with a SecretProviderClass.
   *
   * @param name volume name
   * @param driver CSI driver, e.g. `secrets-store.csi.k8s.io`
   * @param attributes volume attributes, e.g. `{ secretProviderClass: 'my-class' }`
   */
  public static fromCsi(name: string, driver: string, attributes: Record<string, string>): ServiceVolume {
    return new ServiceVolume(name, VolumeSource.CSI, driver, {}, attributes);
  }

  private constructor(
    /** Volume name. */
    public readonly name: string,
    /** Where the volume comes from. */
    public readonly source: VolumeSource,
    /** The Secret, ConfigMap or claim name, or the host path; empty for emptyDir. */
    public readonly reference: string,
    /** Keys and optionality of Secret and ConfigMap volumes. */
    public readonly options: KeyedVolumeOptions,
    /** Attributes of a CSI volume. */
    public readonly attributes: Record<string, string> = {},
  ) {}

  /** @internal the cdk8s-plus volume */
  public _toPlus(scope: Construct): kplus.Volume {
    const id = `volume-${this.name}`;
    const items = this.options.items
      ? Object.fromEntries(Object.entries(this.options.items).map(([key, path]) => [key, { path }]))
      : undefined;
    switch (this.source) {
      case VolumeSource.SECRET:
        return kplus.Volume.fromSecret(scope, id, kplus.Secret.fromSecretName(scope, `${id}-ref`, this.reference), {
          name: this.name,
          items,
          optional: this.options.optional,
        });
      case VolumeSource.CONFIG_MAP:
        return kplus.Volume.fromConfigMap(scope, id, kplus.ConfigMap.fromConfigMapName(scope, `${id}-ref`, this.reference), {
          name: this.name,
          items,
          optional: this.options.optional,
        });
      case VolumeSource.EMPTY_DIR:
        return kplus.Volume.fromEmptyDir(scope, id, this.name);
      case VolumeSource.HOST_PATH:
        return kplus.Volume.fromHostPath(scope, id, this.name, { path: this.reference, type: kplus.HostPathVolumeType.DIRECTORY_OR_CREATE });
      case VolumeSource.CSI:
        return kplus.Volume.fromCsi(scope, id, this.reference, { name: this.name, readOnly: true, attributes: this.attributes });
      case VolumeSource.PERSISTENT_VOLUME_CLAIM:
        return kplus.Volume.fromPersistentVolumeClaim(
          scope,
          id,
          kplus.PersistentVolumeClaim.fromClaimName(scope, `${id}-ref`, this.reference),
          { name: this.name },
        );
    }
  }
}
