import { createHash } from 'crypto';
import type { ServiceAccount } from '@cdktf/provider-google/lib/service-account';
import { Construct } from 'constructs';
import { google } from './providers';

/** The role Google gives a node service account that needs nothing else: logs, metrics, resource metadata. */
const NODE_ROLE = 'roles/container.defaultNodeServiceAccount';
const ARTIFACT_REGISTRY = /^([a-z0-9-]+)-docker\.pkg\.dev\/([^/]+)\/([^/]+)/;

/**
 * A GKE cluster's own node service account, instead of the project's default compute account
 * (which holds Editor): the node role and, when the units pull from an Artifact Registry
 * repository (`<location>-docker.pkg.dev/<project>/<repository>`), read access to that repository only.
 */
export class GkeNodeAccount extends Construct {
  /** The service account. */
  public readonly account: ServiceAccount;

  /**
   * @param scope the cluster construct
   * @param id construct id
   * @param name the cluster's name
   * @param project the GCP project
   * @param imageRegistry the units' image registry
   */
  public constructor(scope: Construct, id: string, name: string, project: string, imageRegistry: string) {
    super(scope, id);
    const { ServiceAccount } = google('service-account');
    const { ProjectIamMember } = google('project-iam-member');
    const { ArtifactRegistryRepositoryIamMember } = google('artifact-registry-repository-iam-member');
    this.account = new ServiceAccount(this, 'account', { accountId: nodeAccountId(name), displayName: `GKE nodes of ${name}` });
    const member = `serviceAccount:${this.account.email}`;
    new ProjectIamMember(this, 'node-role', { project, role: NODE_ROLE, member });
    const registry = ARTIFACT_REGISTRY.exec(imageRegistry);
    if (registry) {
      new ArtifactRegistryRepositoryIamMember(this, 'registry-reader', {
        location: registry[1],
        project: registry[2],
        repository: registry[3],
        role: 'roles/artifactregistry.reader',
        member,
      });
    }
  }
}

/** A service account id (6 to 30 characters): `<name>-nodes`, or a shortened name with a stable hash when that is too long. */
function nodeAccountId(name: string): string {
  const id = `${name}-nodes`;
  if (id.length <= 30) return id;
  const hash = createHash('sha256').update(name).digest('hex').slice(0, 6);
  return `${name.slice(0, 17).replace(/-+$/, '')}-${hash}-nodes`;
}
