import { Construct } from 'constructs';
import { DATA_STORE_REQUIREMENTS } from '../catalog/data/data-stores';
import { addChecks, problem } from '../core';
import { GroupOwnership } from './group-ownership';
import { SecretReference } from './secret-reference';
import { majorVersion } from './versions';
import { checkProps } from '../core/check-props';

/** What a service receives to reach Elasticsearch or OpenSearch. */
export interface ElasticsearchBinding {
  /** Base URL, e.g. `http://elasticsearch.infra.svc.cluster.local:9200`. */
  readonly url: string;
}

/** An Elasticsearch or OpenSearch cluster. */
export interface ElasticsearchClusterProps {
  /** Base URL the services use. */
  readonly url: string;
  /** Version, e.g. `7.17`. The guides require 7.x (003 §3.3). */
  readonly version: string;
  /**
   * Credentials. Private edition does not support authentication to Elasticsearch or OpenSearch
   * (003 §1.11), so giving any is an error.
   *
   * @default - none
   */
  readonly credentials?: SecretReference;
  /** The service group (namespace, 003 §6.4) whose data the cluster holds, e.g. `cxc`. */
  readonly serviceGroup: string;
  /** Let other service groups keep data here; non-production only (003 §1.11). @default false */
  readonly allowSharingAcrossGroups?: boolean;
}

/** An Elasticsearch or OpenSearch cluster, without authentication as 003 §1.11 requires. */
export class ElasticsearchCluster extends Construct {
  private readonly url: string;
  private readonly ownership: GroupOwnership;

  /**
   * @param scope the unit
   * @param id construct id
   * @param props options
   */
  public constructor(scope: Construct, id: string, props: ElasticsearchClusterProps) {
    checkProps(scope, 'ElasticsearchClusterProps', props, id);
    super(scope, id);
    this.url = props.url.replace(/\/+$/, '');
    this.ownership = new GroupOwnership('Elasticsearch', id, props.serviceGroup, props.allowSharingAcrossGroups ?? false);
    addChecks(this, () => {
      const req = DATA_STORE_REQUIREMENTS.elasticsearch;
      const found: string[] = [];
      if (!/^https?:\/\/[^\s/]+(:\d+)?(\/.*)?$/.test(props.url)) {
        found.push(problem(`Elasticsearch "${id}": url "${props.url}" is not an http(s) URL`, 'write it like "http://elasticsearch.infra:9200"'));
      }
      if (majorVersion(props.version) !== req.majorVersion) {
        found.push(problem(`Elasticsearch "${id}": version ${props.version} is not 7.x, which private edition requires`, 'use Elasticsearch 7.x', req.source));
      }
      if (props.credentials) {
        found.push(
          problem(
            `Elasticsearch "${id}": credentials were given, but private edition does not support authentication for Elasticsearch or OpenSearch`,
            'remove the credentials and restrict access at the network level',
            req.source,
          ),
        );
      }
      found.push(...this.ownership.problems());
      return found;
    });
  }

  /**
   * The binding for a service group that keeps its data here.
   *
   * @param serviceGroup the consuming service's group (namespace)
   */
  public bind(serviceGroup: string): ElasticsearchBinding {
    this.ownership.use(serviceGroup);
    return { url: this.url };
  }
}
