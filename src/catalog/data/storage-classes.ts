import { KubernetesPlatform, StorageClassFact, StorageRole } from '../types';

const AZURE_DISK = 'disk.csi.azure.com';
const AZURE_FILE = 'file.csi.azure.com';
const GCE_PD = 'pd.csi.storage.gke.io';
const FILESTORE = 'filestore.csi.storage.gke.io';

/**
 * Storage classes of 003 §4.1 (AKS) and §4.2 (GKE).
 *
 * Readings chosen:
 * - `disk-hdd` (AKS) and "ephemeral" (GKE) are node disk mounted through HostPath or emptyDir; no
 *   StorageClass provisions them, so they are recorded with no provisioner and never emitted.
 * - AKS `disk-standard` is "Azure Disk - Standard"; the guide separately calls HDD "Standard_HDD",
 *   so Standard here is Standard SSD (`StandardSSD_LRS`). `disk-premium` is `Premium_LRS`. Both are
 *   single-zone disks, as the guide says.
 * - AKS `files-standard-redundant` is, in the guide's own words, "Azure Files - Premium, Fileshare
 *   ZRS", despite its name: `Premium_ZRS`.
 * - The GKE footnote says the GKE names "are created by default": `standard-rwo` and `premium-rwo`
 *   ship with every GKE cluster, and `standard-rwx` comes with the Filestore CSI driver. Creating
 *   them again would fight GKE's addon manager, so they are marked built in. `redundant-rwx`
 *   (Filestore Enterprise) is not a GKE default and is created.
 */
export const STORAGE_CLASSES: StorageClassFact[] = [
  {
    platform: KubernetesPlatform.AKS,
    role: StorageRole.NODE_LOCAL,
    name: 'disk-hdd',
    parameters: {},
    readWriteMany: false,
    builtIn: false,
    storageType: 'Standard_HDD node disk mounted via HostPath',
    source: '003 §4.1',
  },
  {
    platform: KubernetesPlatform.AKS,
    role: StorageRole.RWO_STANDARD,
    name: 'disk-standard',
    provisioner: AZURE_DISK,
    parameters: { skuName: 'StandardSSD_LRS' },
    readWriteMany: false,
    builtIn: false,
    storageType: 'Azure Disk - Standard',
    source: '003 §4.1',
  },
  {
    platform: KubernetesPlatform.AKS,
    role: StorageRole.RWO_PREMIUM,
    name: 'disk-premium',
    provisioner: AZURE_DISK,
    parameters: { skuName: 'Premium_LRS' },
    readWriteMany: false,
    builtIn: false,
    storageType: 'Azure Disk - Premium',
    source: '003 §4.1',
  },
  {
    platform: KubernetesPlatform.AKS,
    role: StorageRole.RWX_LOCAL,
    name: 'files-standard',
    provisioner: AZURE_FILE,
    parameters: { skuName: 'Standard_LRS' },
    readWriteMany: true,
    builtIn: false,
    storageType: 'Azure Files - Standard, Fileshare LRS',
    source: '003 §4.1',
  },
  {
    platform: KubernetesPlatform.AKS,
    role: StorageRole.RWX_REDUNDANT,
    name: 'files-standard-redundant',
    provisioner: AZURE_FILE,
    parameters: { skuName: 'Premium_ZRS' },
    readWriteMany: true,
    builtIn: false,
    storageType: 'Azure Files - Premium, Fileshare ZRS',
    source: '003 §4.1',
  },
  {
    platform: KubernetesPlatform.GKE,
    role: StorageRole.NODE_LOCAL,
    name: 'ephemeral',
    parameters: {},
    readWriteMany: false,
    builtIn: false,
    storageType: 'Node disk through emptyDir volumes',
    source: '003 §4.2',
  },
  {
    platform: KubernetesPlatform.GKE,
    role: StorageRole.RWO_STANDARD,
    name: 'standard-rwo',
    provisioner: GCE_PD,
    parameters: { type: 'pd-balanced' },
    readWriteMany: false,
    builtIn: true,
    storageType: 'pd-balanced (SSD)',
    source: '003 §4.2',
  },
  {
    platform: KubernetesPlatform.GKE,
    role: StorageRole.RWO_PREMIUM,
    name: 'premium-rwo',
    provisioner: GCE_PD,
    parameters: { type: 'pd-ssd' },
    readWriteMany: false,
    builtIn: true,
    storageType: 'pd-ssd (SSD)',
    source: '003 §4.2',
  },
  {
    platform: KubernetesPlatform.GKE,
    role: StorageRole.RWX_LOCAL,
    name: 'standard-rwx',
    provisioner: FILESTORE,
    parameters: { tier: 'standard' },
    readWriteMany: true,
    builtIn: true,
    storageType: 'Filestore - Basic HDD',
    source: '003 §4.2',
  },
  {
    platform: KubernetesPlatform.GKE,
    role: StorageRole.RWX_REDUNDANT,
    name: 'redundant-rwx',
    provisioner: FILESTORE,
    parameters: { tier: 'enterprise' },
    readWriteMany: true,
    builtIn: false,
    storageType: 'Filestore - Enterprise',
    source: '003 §4.2',
  },
];
