import { NodePool, ServiceInfo } from '../catalog';
import { problem } from './problems';
import { cpuMillis, memoryBytes } from './quantities';
import { GenesysContainerProps, GenesysServiceProps, UpdateStrategy, WorkloadKind } from './service-props';

/** Every rule a GenesysService's props must satisfy; returns one message per broken rule. */
export function checkServiceProps(info: ServiceInfo, name: string, pool: NodePool, props: GenesysServiceProps): string[] {
  const found: string[] = [];
  const label = `${name}:`;

  if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(name) || name.length > 63) {
    found.push(problem(`${label} name "${name}" is not a DNS label`, 'use lower-case letters, digits and "-", at most 63 characters'));
  }
  if (props.containers.length === 0) {
    found.push(problem(`${label} no containers`, 'give at least one container'));
  }
  const duplicates = repeated(props.containers.map((c) => c.name));
  if (duplicates.length > 0) {
    found.push(problem(`${label} container names repeat: ${duplicates.join(', ')}`, 'give each container its own name'));
  }

  if (props.replicas !== undefined && (!Number.isInteger(props.replicas) || props.replicas < 0)) {
    found.push(problem(`${label} replicas is ${props.replicas}`, 'give a whole number, 0 or more'));
  }
  found.push(...checkAutoscaling(label, props));
  if (props.maxUnavailable !== undefined && (!Number.isInteger(props.maxUnavailable) || props.maxUnavailable < 1)) {
    found.push(
      problem(`${label} maxUnavailable is ${props.maxUnavailable}; a disruption budget that allows no disruption blocks every node drain`, 'give a whole number, 1 or more'),
    );
  }
  if (props.updateStrategy === UpdateStrategy.ON_DELETE && props.workloadKind !== WorkloadKind.STATEFUL_SET) {
    found.push(problem(`${label} the OnDelete update strategy needs a StatefulSet`, 'set workloadKind to WorkloadKind.STATEFUL_SET or use RollingUpdate'));
  }
  if (pool === NodePool.REALTIME && props.terminationGracePeriodSeconds !== undefined && props.terminationGracePeriodSeconds < 3600) {
    found.push(
      problem(
        `${label} terminationGracePeriodSeconds is ${props.terminationGracePeriodSeconds}, but services on the real-time pool need a drain time of 60 minutes or longer to keep live calls`,
        'give 3600 or more, or leave it unset',
        '003 §1.10',
      ),
    );
  }

  const volumeNames = (props.volumes ?? []).map((v) => v.name);
  const repeatedVolumes = repeated(volumeNames);
  if (repeatedVolumes.length > 0) {
    found.push(problem(`${label} volume names repeat: ${repeatedVolumes.join(', ')}`, 'give each volume its own name'));
  }
  props.containers.forEach((c, index) => found.push(...checkContainer(info, label, c, index, new Set(volumeNames))));
  return found;
}

function checkAutoscaling(label: string, props: GenesysServiceProps): string[] {
  const a = props.autoscaling;
  if (!a) return [];
  const found: string[] = [];
  if (props.replicas !== undefined) {
    found.push(problem(`${label} both replicas and autoscaling are set; the autoscaler owns the replica count`, 'remove replicas, or remove autoscaling'));
  }
  if (!Number.isInteger(a.minReplicas) || a.minReplicas < 1) {
    found.push(problem(`${label} autoscaling minReplicas is ${a.minReplicas}`, 'give a whole number, 1 or more'));
  }
  if (!Number.isInteger(a.maxReplicas) || a.maxReplicas < a.minReplicas) {
    found.push(problem(`${label} autoscaling maxReplicas (${a.maxReplicas}) is below minReplicas (${a.minReplicas})`, 'make maxReplicas at least minReplicas'));
  }
  if (a.cpuUtilization === undefined && a.memoryUtilization === undefined) {
    found.push(problem(`${label} autoscaling has no target`, 'give cpuUtilization, memoryUtilization or both'));
  }
  for (const [key, value] of [['cpuUtilization', a.cpuUtilization], ['memoryUtilization', a.memoryUtilization]] as const) {
    if (value !== undefined && (!Number.isInteger(value) || value < 1 || value > 100)) {
      found.push(problem(`${label} autoscaling ${key} is ${value}`, 'give a percentage from 1 to 100'));
    }
  }
  return found;
}

function checkContainer(info: ServiceInfo, label: string, c: GenesysContainerProps, index: number, volumes: Set<string>): string[] {
  const found: string[] = [];
  const where = `${label} container "${c.name}"`;
  const r = c.resources;
  const cpu = [r.cpuRequest, r.cpuLimit].map(cpuMillis);
  const memory = [r.memoryRequest, r.memoryLimit].map(memoryBytes);
  [r.cpuRequest, r.cpuLimit].forEach((q, i) => {
    if (cpu[i] === undefined) found.push(problem(`${where} CPU quantity "${q}" is not one`, 'write millicores like "250m" or cores like "1.5"'));
  });
  [r.memoryRequest, r.memoryLimit].forEach((q, i) => {
    if (memory[i] === undefined) found.push(problem(`${where} memory quantity "${q}" is not one`, 'write it like "256Mi" or "1Gi"'));
  });
  if (cpu[0] !== undefined && cpu[1] !== undefined && cpu[0] > cpu[1]) {
    found.push(problem(`${where} CPU request ${r.cpuRequest} is above its limit ${r.cpuLimit}`, 'make the request at most the limit'));
  }
  if (memory[0] !== undefined && memory[1] !== undefined && memory[0] > memory[1]) {
    found.push(problem(`${where} memory request ${r.memoryRequest} is above its limit ${r.memoryLimit}`, 'make the request at most the limit'));
  }

  const known = info.ports.map((p) => p.name);
  for (const portName of c.portNames ?? []) {
    if (!known.includes(portName)) {
      found.push(problem(`${where} serves port "${portName}", which ${info.id} does not have`, `use one of: ${known.join(', ') || '(none)'}`, info.source));
    }
  }
  const served = info.ports.filter((p) => (c.portNames ?? (index === 0 ? known : [])).includes(p.name)).map((p) => p.port);
  for (const [kind, probe] of [['liveness', c.liveness], ['readiness', c.readiness], ['startup', c.startup]] as const) {
    if (probe && !served.includes(probe.port)) {
      found.push(problem(`${where} ${kind} probe uses port ${probe.port}, which the container does not serve`, `probe one of: ${served.join(', ') || '(none)'}`));
    }
  }
  for (const mount of c.volumeMounts ?? []) {
    if (!volumes.has(mount.volume)) {
      found.push(problem(`${where} mounts volume "${mount.volume}", which the service does not have`, 'add it to volumes or fix the name'));
    }
  }
  for (const key of Object.keys(c.env ?? {})) {
    if (/PASSWORD|SECRET|TOKEN/i.test(key)) {
      found.push(problem(`${where} sets ${key} as a plain environment variable; secret values must never be written into a manifest`, 'read it from an existing Secret with secretEnv'));
    }
  }
  return found;
}

function repeated(values: string[]): string[] {
  return [...new Set(values.filter((v, i) => values.indexOf(v) !== i))];
}
