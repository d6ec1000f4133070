const CPU = /^(\d+(\.\d+)?)(m?)$/;
const MEMORY = /^(\d+(\.\d+)?)(Ki|Mi|Gi|Ti|K|M|G|T)?$/;
const MEMORY_FACTORS: Record<string, number> = {
  '': 1,
  'K': 1e3,
  'M': 1e6,
  'G': 1e9,
  'T': 1e12,
  'Ki': 1024,
  'Mi': 1024 ** 2,
  'Gi': 1024 ** 3,
  'Ti': 1024 ** 4,
};

/** CPU quantity (`250m`, `1.5`, `2`) in millicores; undefined when it is not one. */
export function cpuMillis(quantity: string): number | undefined {
  const match = CPU.exec(quantity);
  if (!match) return undefined;
  const value = Number(match[1]);
  return match[3] === 'm' ? value : value * 1000;
}

/** Memory quantity (`256Mi`, `1Gi`, `512M`) in bytes; undefined when it is not one. */
export function memoryBytes(quantity: string): number | undefined {
  const match = MEMORY.exec(quantity);
  if (!match) return undefined;
  return Number(match[1]) * MEMORY_FACTORS[match[3] ?? ''];
}
