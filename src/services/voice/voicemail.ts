import { Construct } from 'constructs';
import { VoiceService } from './voice-service';
import { VoiceServiceProps } from './voice-service-props';
import { Catalog, KubernetesPlatform, StorageRole } from '../../catalog';
import { VOICEMAIL_FACTS } from '../../catalog/data/voice-profiles';
import { ManifestFile, ServiceVolume, VolumeClaim, VolumeMountSpec, addChecks, problem, waveFileName } from '../../core';
import { checkProps } from '../../core/check-props';
import { Platform } from '../../platform';

/** Voicemail on a ReadWriteMany volume (`storageInterface: FileSystem`, 000 §7.2). */
export interface VoicemailFileSystemProps {
  /** An existing ReadWriteMany claim; when absent the library creates `voice-voicemail-pvc`. @default - created */
  readonly existingClaim?: string;
  /** Size of the created claim. @default '20Gi' */
  readonly size?: string;
}

/** Voicemail in Azure Blob Storage v2 (`storageInterface: AzureBlob`, 000 §7.2). */
export interface VoicemailAzureBlobProps {
  /**
   * Read the storage account keys from Azure Key Vault through the Secrets Store CSI driver (the
   * guide's preferred way), instead of a Kubernetes Secret.
   *
   * @default true
   */
  readonly keyVault?: boolean;
  /** SecretProviderClass for the Key Vault mode. @default 'keyvault-voice-voicemail-storage-csi-secrets' */
  readonly secretProviderClass?: string;
  /** Secret for the Kubernetes Secret mode. @default 'voicemail-storage-secrets' */
  readonly secretName?: string;
}

/** Voicemail in an AWS S3 bucket (`storageInterface: AWS_S3`, 000 §7.2). */
export interface VoicemailS3Props {
  /** Secret with keys `accessKey`, `secretkey`, `bucketName`, `bucketPath`. @default 'voice-voicemail-s3-secrets' */
  readonly secretName?: string;
}

/** Options of the Voice Voicemail Service. Give exactly one of `fileSystem`, `azureBlob` and `s3`. */
export interface VoiceVoicemailProps extends VoiceServiceProps {
  /** The unit's platform. */
  readonly platform: Platform;
  /** GWS base URL, e.g. `https://gws.example.com/auth/v3` (`context.envs.gwsBaseUrl`). */
  readonly gwsBaseUrl: string;
  /** FileSystem storage. @default - not this option */
  readonly fileSystem?: VoicemailFileSystemProps;
  /** Azure Blob storage. @default - not this option */
  readonly azureBlob?: VoicemailAzureBlobProps;
  /** AWS S3 storage. @default - not this option */
  readonly s3?: VoicemailS3Props;
}

/**
 * The Voice Voicemail Service (`voice-voicemail`, 000 §7): a Deployment behind the Service
 * `voice-voicemail-service` on 8081, storing messages on exactly one of a ReadWriteMany volume,
 * Azure Blob Storage (keys from Key Vault or a Secret) or AWS S3.
 */
export class VoiceVoicemail extends VoiceService {
  /** The voicemail claim, when the library created it. */
  public readonly claim?: VolumeClaim;

  /**
   * @param scope the unit
   * @param id construct id
   * @param props options
   */
  public constructor(scope: Construct, id: string, props: VoiceVoicemailProps) {
    checkProps(scope, 'VoiceVoicemailProps', props, id);
    const chosen = storageChoices(props);
    const storage = storageOf(props);
    super(scope, id, 'voice-voicemail', props, {
      serviceName: VOICEMAIL_FACTS.serviceName,
      configData: { GWS_BASE_URL: props.gwsBaseUrl, STORAGE_INTERFACE: storage.interface, VOICEMAIL_HOME: storage.home },
      volumes: storage.volumes,
      volumeMounts: storage.mounts,
    });
    // After the Tenant Service (000 §5.1): `04-voicemail.yaml` sorts after `04-tenant.yaml`.
    ManifestFile.assign(this, waveFileName(Catalog.product(VOICEMAIL_FACTS.deployAfterProduct).wave, 'voicemail'));
    if (props.fileSystem && chosen.length === 1 && !props.fileSystem.existingClaim) {
      this.claim = new VolumeClaim(this, 'claim', {
        name: VOICEMAIL_FACTS.claimName,
        namespace: this.namespace,
        storageClassName: props.platform.storageClass(StorageRole.RWX_REDUNDANT).name,
        size: props.fileSystem.size ?? VOICEMAIL_FACTS.claimSize,
        readWriteMany: true,
        appName: 'voice-voicemail',
      });
    }
    addChecks(this, () => {
      const found: string[] = [];
      if (chosen.length !== 1) {
        found.push(
          problem(
            chosen.length === 0
              ? 'voice-voicemail: no storage given'
              : `voice-voicemail: ${chosen.length} storages given (${chosen.join(', ')}); Voicemail uses exactly one`,
            'give exactly one of fileSystem, azureBlob or s3',
            VOICEMAIL_FACTS.source,
          ),
        );
      }
      if (props.azureBlob && (props.azureBlob.keyVault ?? true) && props.platform.kind !== KubernetesPlatform.AKS) {
        found.push(problem('voice-voicemail: Azure Key Vault through the Secrets Store CSI driver needs AKS', 'on GKE use azureBlob with keyVault: false, s3, or fileSystem', '000 §8.3'));
      }
      if (!/^https?:\/\/[^\s/]+/.test(props.gwsBaseUrl)) {
        found.push(problem(`voice-voicemail: gwsBaseUrl "${props.gwsBaseUrl}" is not a URL`, 'give the GWS base URL, e.g. "https://gws.example.com/auth/v3"', '000 §3.2'));
      }
      return found;
    });
  }
}

function storageChoices(props: VoiceVoicemailProps): string[] {
  return (['fileSystem', 'azureBlob', 's3'] as const).filter((k) => props[k] !== undefined);
}

interface StorageWiring {
  interface: string;
  home: string;
  volumes: ServiceVolume[];
  mounts: VolumeMountSpec[];
}

function storageOf(props: VoiceVoicemailProps): StorageWiring {
  const secretMount = (volume: string) => [{ volume, mountPath: VOICEMAIL_FACTS.secretMountPath, readOnly: true }];
  if (props.azureBlob) {
    const keyVault = props.azureBlob.keyVault ?? true;
    const volume = keyVault
      ? ServiceVolume.fromCsi('voicemail-secrets', 'secrets-store.csi.k8s.io', {
        secretProviderClass: props.azureBlob.secretProviderClass ?? VOICEMAIL_FACTS.azureSecretProviderClass,
      })
      : ServiceVolume.fromSecret('voicemail-secrets', props.azureBlob.secretName ?? VOICEMAIL_FACTS.azureSecretName);
    return { interface: 'AzureBlob', home: '', volumes: [volume], mounts: secretMount('voicemail-secrets') };
  }
  if (props.s3) {
    const volume = ServiceVolume.fromSecret('voicemail-s3-secrets', props.s3.secretName ?? VOICEMAIL_FACTS.s3SecretName);
    return { interface: 'AWS_S3', home: '', volumes: [volume], mounts: secretMount('voicemail-s3-secrets') };
  }
  const claim = props.fileSystem?.existingClaim ?? VOICEMAIL_FACTS.claimName;
  return {
    interface: 'FileSystem',
    home: VOICEMAIL_FACTS.fileSystemHome,
    volumes: [ServiceVolume.fromPersistentVolumeClaim('voicemail-storage', claim)],
    mounts: [{ volume: 'voicemail-storage', mountPath: VOICEMAIL_FACTS.fileSystemHome }],
  };
}
