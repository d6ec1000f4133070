import { GroupTerraformProps, KubernetesPlatform, StateBackend, UnitGroup } from '../src';

/**
 * Terraform options of the reference topology: remote state per cloud (an Azure Storage container
 * or a GCS bucket, one key per stack), the API servers open only to the operators' range (the
 * documentation range 203.0.113.0/24 stands in for yours), Kafka in the cluster, and every other
 * hardening default.
 */
export function referenceTerraformProps(group: UnitGroup, cloud: KubernetesPlatform = KubernetesPlatform.AKS): GroupTerraformProps {
  const operators = ['203.0.113.0/24'];
  const gke = cloud === KubernetesPlatform.GKE;
  return {
    group,
    kubernetesVersion: '1.29',
    gcpProject: gke ? 'acme-genesys' : undefined,
    prerequisites: { kafka: true },
    stateBackend: gke
      ? StateBackend.gcs({ bucket: 'acme-genesys-tfstate', prefix: 'private-edition' })
      : StateBackend.azureStorage({ resourceGroupName: 'acme-tfstate', storageAccountName: 'acmegenesystfstate', containerName: 'tfstate', keyPrefix: 'private-edition' }),
    aksSecurity: gke ? undefined : { apiServerAuthorizedIpRanges: operators },
    gkeSecurity: gke ? { masterAuthorizedNetworks: operators } : undefined,
    // Memorystore for Redis Cluster has no password to give the services (docs/security.md).
    storeProtection: gke ? { redisWithoutPassword: true } : undefined,
  };
}
