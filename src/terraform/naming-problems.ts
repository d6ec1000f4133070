import { KubernetesPlatform, NodePool } from '../catalog';
import { nameProblem } from '../catalog/naming';
import { UnitGroup } from '../topology';

/**
 * The names the Terraform makes from the model (`<group>-<unit>` for a unit's cluster and its
 * resources, `<group>-vpc` for the GKE network), the node pool names and the Kubernetes version,
 * checked against the clouds' naming rules before anything is written.
 *
 * @param group the unit group
 * @param kubernetesVersion the clusters' Kubernetes version
 * @param gcpProject the GCP project, when given
 */
export function terraformNameProblems(group: UnitGroup, kubernetesVersion: unknown, gcpProject: string | undefined): string[] {
  const found: Array<string | undefined> = [nameProblem('kubernetes-version', kubernetesVersion, 'GroupTerraform: kubernetesVersion')];
  if (gcpProject !== undefined) found.push(nameProblem('gcp-project', gcpProject, 'GroupTerraform: gcpProject'));
  const pools = Object.values(NodePool);
  let gke = false;
  for (const unit of group.units) {
    const name = `${group.groupId}-${unit.clusterId}`;
    const where = `GroupTerraform: unit ${unit.clusterId}`;
    const how = '<unit group id>-<unit id>; shorten either';
    if (unit.platform.kind === KubernetesPlatform.AKS) {
      found.push(nameProblem('aks-cluster', name, where, how), nameProblem('aks-dns-prefix', name, where, how), nameProblem('azure-resource-group', name, where, how));
      found.push(...pools.map((pool) => nameProblem('aks-node-pool', pool, where)));
    } else {
      gke = true;
      found.push(nameProblem('gke-cluster', name, where, how), nameProblem('gcp-network', `${name}-nodes`, `${where}: subnetwork`, `${how}, then -nodes`));
      found.push(...pools.map((pool) => nameProblem('gke-node-pool', pool, where)));
    }
  }
  if (gke) found.push(nameProblem('gcp-network', `${group.groupId}-vpc`, 'GroupTerraform: the GKE units\' VPC', '<unit group id>-vpc'));
  // One message per rule and value: node pool names repeat per unit.
  return [...new Set(found.filter((p): p is string => p !== undefined))];
}
