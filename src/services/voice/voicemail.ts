import { Construct } from 'constructs';
import { VoiceService } from './voice-service';
import { VoiceServiceProps } from './voice-service-props';
import { Catalog, KubernetesPlatform, StorageRole } from '../../catalog';
import { VOICE_REDIS } from '../../catalog/data/data-stores';
import { VOICEMAIL_FACTS } from '../../catalog/data/voice-profiles';
import { ManifestFile, VolumeClaim, addChecks, problem, waveFileName } from '../../core';
import { checkProps } from '../../core/check-props';
import { KubeConfigMap } from '../../core/k8s';
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

/** A tenant Voicemail serves, for its tenants list (`voice-voicemail-tenants-list`). */
export interface VoicemailTenant {
  /** The tenant's short id, e.g. `t100`. */
  readonly shortId: string;
  /** The tenant's UUID. */
  readonly tenantId: string;
}

/** Options of the Voice Voicemail Service. Give exactly one of `fileSystem`, `azureBlob` and `s3`. */
export interface VoiceVoicemailProps extends VoiceServiceProps {
  /** The unit's platform. */
  readonly platform: Platform;
  /** GWS base URL, e.g. `https://gws.example.com/auth/v3` (`context.envs.gwsBaseUrl`). */
  readonly gwsBaseUrl: string;
  /**
   * The tenants the unit serves (its own and those it backs up): Voicemail reads them from the
   * ConfigMap `voice-voicemail-tenants-list` that its chart mounts (`tenants.volumes`).
   */
  readonly tenants: VoicemailTenant[];
  /** FileSystem storage. @default - not this option */
  readonly fileSystem?: VoicemailFileSystemProps;
  /** Azure Blob storage. @default - not this option */
  readonly azureBlob?: VoicemailAzureBlobProps;
  /** AWS S3 storage. @default - not this option */
  readonly s3?: VoicemailS3Props;
}

/**
 * The Voice Voicemail Service (`voice-voicemail`, 000 §7): its chart with the GWS base URL, the
 * tenant Redis stream Secret, the tenants list and exactly one storage: a ReadWriteMany volume,
 * Azure Blob Storage (keys from Key Vault or a Secret) or AWS S3. Next to the chart the library
 * writes what the guide has the operator create: the tenants list and, for FileSystem, the claim.
 */
export class VoiceVoicemail extends VoiceService {
  /** The voicemail claim, when the library created it. */
  public readonly claim?: VolumeClaim;
  /** The tenants list ConfigMap the chart mounts. */
  public readonly tenantsList: KubeConfigMap;

  /**
   * @param scope the unit
   * @param id construct id
   * @param props options
   */
  public constructor(scope: Construct, id: string, props: VoiceVoicemailProps) {
    checkProps(scope, 'VoiceVoicemailProps', props, id);
    const chosen = storageChoices(props);
    super(scope, id, 'voice-voicemail', props, {
      serviceName: VOICEMAIL_FACTS.serviceName,
      values: {
        context: { envs: { gwsBaseUrl: props.gwsBaseUrl, ...storageEnvs(props) } },
        ...storageValues(props),
        secrets: {
          redisTenantStream: {
            general: { enabled: true },
            volumes: [{ name: VOICEMAIL_FACTS.tenantStreamVolume, secret: { secretName: tenantStream().secretName } }],
          },
        },
        tenants: { volumes: [{ name: VOICEMAIL_FACTS.tenantsListVolume, configMap: { name: VOICEMAIL_FACTS.tenantsListName } }] },
      },
    });
    // After the Tenant Service (000 §5.1): `04-voicemail.yaml` sorts after `04-tenant.yaml`.
    ManifestFile.assign(this, waveFileName(Catalog.product(VOICEMAIL_FACTS.deployAfterProduct).wave, 'voicemail'));
    this.tenantsList = new KubeConfigMap(this, 'tenants-list', {
      metadata: { name: VOICEMAIL_FACTS.tenantsListName, namespace: this.namespace },
      data: { [VOICEMAIL_FACTS.tenantsListKey]: tenantsJson(props.tenants ?? []) },
    });
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
    addChecks(this, () => checkVoicemail(props, chosen));
  }
}

function checkVoicemail(props: VoiceVoicemailProps, chosen: string[]): string[] {
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
  if (typeof props.gwsBaseUrl !== 'string' || !/^https?:\/\/[^\s/]+/.test(props.gwsBaseUrl)) {
    found.push(problem(`voice-voicemail: gwsBaseUrl "${props.gwsBaseUrl}" is not a URL`, 'give the GWS base URL, e.g. "https://gws.example.com/auth/v3"', '000 §3.2'));
  }
  if (!props.tenants || props.tenants.length === 0) {
    found.push(problem('voice-voicemail: no tenants given; Voicemail serves only the tenants of its tenants list', 'pass tenants: group.tenantsOf(unit) (the tenants the unit homes or backs up)', VOICEMAIL_FACTS.source));
  }
  return found;
}

function tenantStream() {
  return VOICE_REDIS.find((r) => r.name === 'redis-tenant-stream')!;
}

/** The tenants list in the form the vendor's Voicemail release writes it (`tenants.json`). */
function tenantsJson(tenants: VoicemailTenant[]): string {
  const entries = tenants.map((t) => ({ name: t.shortId, tenant_id: t.shortId, tenant_uuid: t.tenantId, status: 'INIT' }));
  return `${JSON.stringify(entries, undefined, 2)}\n`;
}

function storageChoices(props: VoiceVoicemailProps): string[] {
  return (['fileSystem', 'azureBlob', 's3'] as const).filter((k) => props[k] !== undefined);
}

/** `storageInterface` and `voicemailHome` of the chosen storage (000 §3.2, §7.3). */
function storageEnvs(props: VoiceVoicemailProps): { [key: string]: string } {
  if (props.azureBlob) return { storageInterface: 'AzureBlob', voicemailHome: '' };
  if (props.s3) return { storageInterface: 'AWS_S3', voicemailHome: '' };
  return { storageInterface: 'FileSystem', voicemailHome: VOICEMAIL_FACTS.fileSystemHome };
}

/** The storage's own values (000 §7.3): the blob or S3 secret mounts, or the claim of the FileSystem option. */
function storageValues(props: VoiceVoicemailProps): { [key: string]: any } {
  const mounts = (name: string) => [{ name, readOnly: true, mountPath: VOICEMAIL_FACTS.secretMountPath }];
  if (props.azureBlob) {
    const keyVault = props.azureBlob.keyVault ?? true;
    const volume = keyVault
      ? { name: 'voicemail-secrets', csi: { driver: 'secrets-store.csi.k8s.io', readOnly: true, volumeAttributes: { secretProviderClass: props.azureBlob.secretProviderClass ?? VOICEMAIL_FACTS.azureSecretProviderClass } } }
      : { name: 'voicemail-secrets', secret: { secretName: props.azureBlob.secretName ?? VOICEMAIL_FACTS.azureSecretName } };
    return { blobStorage: { general: { mode: keyVault ? 'csi' : 'k8s', enabled: true }, mounts: mounts('voicemail-secrets'), volumes: [volume] } };
  }
  const disabledBlob = { blobStorage: { general: { enabled: false } } };
  if (props.s3) {
    return {
      ...disabledBlob,
      s3Storage: {
        general: { mode: 'k8s', enabled: true },
        mounts: mounts('voicemail-s3-secrets'),
        volumes: [{ name: 'voicemail-s3-secrets', secret: { secretName: props.s3.secretName ?? VOICEMAIL_FACTS.s3SecretName } }],
      },
    };
  }
  const claim = props.fileSystem?.existingClaim ?? VOICEMAIL_FACTS.claimName;
  // The library (or you) creates the claim; the chart only mounts it (vendor `volumes.pvcOne.create: false`).
  return { ...disabledBlob, volumes: { pvcOne: { create: false, claim, mountPath: VOICEMAIL_FACTS.fileSystemHome } } };
}
