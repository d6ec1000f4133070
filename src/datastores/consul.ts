import { Yaml } from 'cdk8s';
import { Construct, IConstruct } from 'constructs';
import { CONSUL_FACTS, DATA_STORE_REQUIREMENTS } from '../catalog/data/data-stores';
import { nameProblem } from '../catalog/naming';
import { ClusterChart, addChecks, problem } from '../core';
import { SecretReference } from './secret-reference';
import { beforeSynth } from '../core/before-synth';
import { checkProps } from '../core/check-props';

/** Consul settings of a unit: what the Voice guide requires of the official Consul Helm chart (000 §2.4). */
export interface ConsulSettingsProps {
  /**
   * The Consul datacenter of this unit, e.g. its unit id `us-east`. Every unit of a group needs its
   * own (the group federates them with the primary unit's), and GES names it as its
   * `regionAffinity`.
   */
  readonly datacenter: string;
  /**
   * Consul version the chart deploys. The platform and Voice guides require 1.13.x (003 §3.3,
   * 000 §2.1); the Interaction Server guide names 1.8, an older release, so 1.13 is the one used.
   * A full version (`1.13.9`) is written into the values as the image `hashicorp/consul:1.13.9`;
   * `1.13` leaves the chart's own image, which for the chart GroupTerraform installs (0.49) is a
   * 1.13 release.
   *
   * @default '1.13'
   */
  readonly version?: string;
  /** Storage class of the Consul servers' volumes ("storageclass", 000 §2.4). @default - the cluster default */
  readonly storageClass?: string;
  /**
   * Write the guide's `namespace_prefix` rules into the Voice ACL policy. They need Consul
   * Enterprise (the guide's screenshots show `1.8.0+ent`); Consul OSS rejects them.
   *
   * @default false
   */
  readonly enterpriseNamespaces?: boolean;
}

/** The Secret the primary datacenter's Consul creates for the others (consul-k8s WAN federation). */
export const FEDERATION_SECRET = 'consul-federation';

/** File names written beside a unit's manifests. */
export const CONSUL_VALUES_FILE = 'helm/consul-values.yaml';
/** The Voice ACL policy file. */
export const CONSUL_POLICY_FILE = 'consul/voice-policy.hcl';

/**
 * The unit's Consul settings, written as a values file for the official Consul chart
 * (`helm/consul-values.yaml`) and the Voice ACL policy as HCL (`consul/voice-policy.hcl`), in the
 * unit's folder. Consul must be installed before everything else (003 §7.1 step 1).
 *
 * The guide's policy text has stray closing braces and repeats each rule as read and write; the
 * policy written here is the same grant, deduplicated into valid HCL (write includes read).
 */
export class ConsulSettings extends Construct {
  /** The Secret key with the Voice ACL token, which every Voice chart mounts (000 §2.4). */
  public static voiceToken(): SecretReference {
    return SecretReference.of(CONSUL_FACTS.tokenSecretName, CONSUL_FACTS.tokenSecretKey);
  }

  /** The Voice ACL policy (`voice-policy`) as HCL. */
  public static voicePolicy(enterpriseNamespaces = false): string {
    const rule = (kind: string, body: string[]) => [`${kind} "" {`, ...body.map((l) => `  ${l}`), '}'];
    const write = ['policy = "write"'];
    const lines = [
      ...rule('service_prefix', ['policy = "write"', 'intentions = "write"']),
      ...rule('node_prefix', write),
      ...rule('agent_prefix', write),
      ...rule('session_prefix', write),
      ...rule('key_prefix', write),
    ];
    if (enterpriseNamespaces) {
      lines.push(...rule('namespace_prefix', [...rule('key_prefix', write), ...rule('session_prefix', write)]));
    }
    return `# ${CONSUL_FACTS.policyName}: the Voice services' Consul ACL policy (000 §2.4)\n${lines.join('\n')}\n`;
  }

  /** The ConsulSettings of the unit (cluster) `scope` is in, if it has one. */
  public static of(scope: IConstruct): ConsulSettings | undefined {
    const cluster = ClusterChart.enclosing(scope);
    return cluster.node.findAll().find((c): c is ConsulSettings => c instanceof ConsulSettings);
  }

  /** The unit's Consul datacenter. */
  public readonly datacenter: string;
  private readonly base: Record<string, any>;
  private primaryDatacenter?: string;

  /**
   * @param scope the unit
   * @param id construct id
   * @param props options
   */
  public constructor(scope: Construct, id: string, props: ConsulSettingsProps) {
    checkProps(scope, 'ConsulSettingsProps', props, id);
    super(scope, id);
    const version = props.version ?? DATA_STORE_REQUIREMENTS.consul.version;
    this.datacenter = props.datacenter;
    this.base = {
      global: {
        name: 'consul',
        datacenter: props.datacenter,
        tls: {
          enabled: true,
          caCert: { secretName: CONSUL_FACTS.caCertSecretName, secretKey: CONSUL_FACTS.caCertSecretKey },
          caKey: { secretName: CONSUL_FACTS.caKeySecretName, secretKey: CONSUL_FACTS.caKeySecretKey },
        },
        acls: { manageSystemACLs: true },
        ...(/^\d+\.\d+\.\d+$/.test(version) ? { image: `hashicorp/consul:${version}` } : {}),
      },
      ...(props.storageClass ? { server: { storageClass: props.storageClass } } : {}),
      connectInject: { enabled: true },
      controller: { enabled: true },
      syncCatalog: { enabled: true, toConsul: true, toK8S: false, addK8SNamespaceSuffix: false },
    };
    const cluster = ClusterChart.enclosing(this);
    beforeSynth(this, () => {
      cluster.addTextFile(CONSUL_VALUES_FILE, `# Values for the official Consul Helm chart (000 §2.4)\n${Yaml.stringify(this.values)}`);
      cluster.addTextFile(CONSUL_POLICY_FILE, ConsulSettings.voicePolicy(props.enterpriseNamespaces ?? false));
    });

    addChecks(this, () => {
      const found: string[] = [];
      if (!new RegExp(`^${DATA_STORE_REQUIREMENTS.consul.version.replace('.', '\\.')}(\\.\\d+)?$`).test(version)) {
        found.push(problem(`Consul version ${version} is not 1.13.x, which private edition requires`, 'deploy Consul 1.13.x', DATA_STORE_REQUIREMENTS.consul.source));
      }
      if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(props.datacenter)) {
        found.push(problem(`Consul datacenter "${props.datacenter}" is not a valid name`, 'use lower-case letters, digits and "-"'));
      }
      // The chart's server StatefulSet claims its volume from this class, a Kubernetes object.
      const storageClass = props.storageClass === undefined ? undefined : nameProblem('k8s-dns-subdomain', props.storageClass, 'storageClass (a StorageClass)');
      if (storageClass) found.push(storageClass);
      return found;
    });
  }

  /** The group's primary datacenter: the one this datacenter federates with, or its own. */
  public get primary(): string {
    return this.primaryDatacenter ?? this.datacenter;
  }

  /**
   * Federates this datacenter with the group's primary datacenter over mesh gateways (WAN
   * federation). The primary creates the federation secret the others use; the unit group calls
   * this for every unit.
   *
   * @param primaryDatacenter the primary unit's datacenter
   */
  public federate(primaryDatacenter: string): void {
    this.primaryDatacenter = primaryDatacenter;
  }

  /**
   * The chart values, including federation once the group has set it. The primary datacenter makes
   * the replication token and the `consul-federation` Secret; every other datacenter takes its CA,
   * replication token, gossip key and server settings from that Secret, which must be copied into
   * its `consul` namespace before Consul is installed there (consul-k8s WAN federation over mesh
   * gateways).
   */
  public get values(): Record<string, any> {
    if (!this.primaryDatacenter) return this.base;
    const global = this.base.global;
    if (this.primaryDatacenter === this.datacenter) {
      return {
        ...this.base,
        global: { ...global, acls: { ...global.acls, createReplicationToken: true }, federation: { enabled: true, createFederationSecret: true } },
        meshGateway: { enabled: true },
      };
    }
    const federationSecret = (secretKey: string) => ({ secretName: FEDERATION_SECRET, secretKey });
    return {
      ...this.base,
      global: {
        ...global,
        tls: { enabled: true, caCert: federationSecret('caCert'), caKey: federationSecret('caKey') },
        acls: { manageSystemACLs: true, replicationToken: federationSecret('replicationToken') },
        gossipEncryption: federationSecret('gossipEncryptionKey'),
        federation: { enabled: true, primaryDatacenter: this.primaryDatacenter },
      },
      meshGateway: { enabled: true },
      server: {
        ...this.base.server,
        extraVolumes: [{ type: 'secret', name: FEDERATION_SECRET, items: [{ key: 'serverConfigJSON', path: 'config.json' }], load: true }],
      },
    };
  }
}
