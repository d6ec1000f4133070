import { KubernetesPlatform } from '../types';

/**
 * Cloud regions and the geography they are in, for the rule that a unit pair is two units "both
 * located within a specific geographical region" (003 §1.2, §1.5). These are the clouds' public
 * region names, not guide facts; a region missing here can be given its geography explicitly.
 */
const AZURE: Record<string, string> = {
  eastus: 'us',
  eastus2: 'us',
  centralus: 'us',
  northcentralus: 'us',
  southcentralus: 'us',
  westcentralus: 'us',
  westus: 'us',
  westus2: 'us',
  westus3: 'us',
  canadacentral: 'canada',
  canadaeast: 'canada',
  brazilsouth: 'brazil',
  brazilsoutheast: 'brazil',
  northeurope: 'europe',
  westeurope: 'europe',
  francecentral: 'europe',
  francesouth: 'europe',
  germanywestcentral: 'europe',
  germanynorth: 'europe',
  swedencentral: 'europe',
  norwayeast: 'europe',
  norwaywest: 'europe',
  switzerlandnorth: 'europe',
  switzerlandwest: 'europe',
  polandcentral: 'europe',
  italynorth: 'europe',
  spaincentral: 'europe',
  uksouth: 'uk',
  ukwest: 'uk',
  australiaeast: 'australia',
  australiasoutheast: 'australia',
  australiacentral: 'australia',
  japaneast: 'japan',
  japanwest: 'japan',
  centralindia: 'india',
  southindia: 'india',
  westindia: 'india',
  eastasia: 'asia',
  southeastasia: 'asia',
  koreacentral: 'korea',
  koreasouth: 'korea',
  southafricanorth: 'africa',
  southafricawest: 'africa',
  uaenorth: 'middle-east',
  qatarcentral: 'middle-east',
};

const GCP_PREFIXES: Record<string, string> = {
  'us': 'us',
  'northamerica-northeast': 'canada',
  'southamerica-east': 'brazil',
  'europe-west2': 'uk',
  'europe': 'europe',
  'australia': 'australia',
  'asia-northeast1': 'japan',
  'asia-northeast2': 'japan',
  'asia-northeast3': 'korea',
  'asia-south': 'india',
  'asia': 'asia',
  'me': 'middle-east',
  'africa': 'africa',
};

/** The geography of a region, or undefined when the region is unknown. */
export function geographyOf(platform: KubernetesPlatform, region: string): string | undefined {
  if (platform === KubernetesPlatform.AKS) return AZURE[region];
  if (!/^[a-z]+(-[a-z]+)?[0-9]+$/.test(region)) return undefined;
  // Longest matching prefix wins, so europe-west2 (London) is "uk" while europe-west1 is "europe".
  const prefix = Object.keys(GCP_PREFIXES)
    .filter((p) => region === p || region.startsWith(`${p}-`) || region.startsWith(p))
    .sort((a, b) => b.length - a.length)[0];
  return prefix ? GCP_PREFIXES[prefix] : undefined;
}
