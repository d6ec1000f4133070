import { Catalog, Guide, KubernetesPlatform, StorageRole } from '../../src';
import { describeWithGuides, guideSection, tableRows } from '../support/guides';

describeWithGuides('storage classes against the platform guide (003 §4)', () => {
  const sections: Record<KubernetesPlatform, string[][]> = {
    [KubernetesPlatform.AKS]: tableRows(guideSection(Guide.PLATFORM, 'storage information for AKS', '## File and disk storage for GKE')),
    [KubernetesPlatform.GKE]: tableRows(guideSection(Guide.PLATFORM, 'storage information for GKE', 'RWX type storage is tested')),
  };

  /** Printed rows as (class name, storage type, notes), one per class (the AKS disk row holds two). */
  function printed(platform: KubernetesPlatform) {
    return sections[platform]
      .filter(([name]) => name && !name.includes('Storage Class Name') && name !== 'blob storage')
      .flatMap(([names, types, notes]) => {
        const nameList = names.replace(/\(.*?\)/g, '').replace(/\*/g, '').trim().split(' ');
        const typeList = nameList.length > 1 ? types.split(/ (?=Azure Disk)/) : [types];
        return nameList.map((name, i) => ({ name, type: typeList[i], notes }));
      });
  }

  test.each([KubernetesPlatform.AKS, KubernetesPlatform.GKE])('%s: the catalogue has exactly the printed class names', (platform) => {
    const names = printed(platform).map((p) => p.name).sort();
    expect(Catalog.storageClasses(platform).map((s) => s.name).sort()).toEqual(names);
  });

  test.each([KubernetesPlatform.AKS, KubernetesPlatform.GKE])('%s: ReadWriteMany exactly where the notes say RWX', (platform) => {
    for (const row of printed(platform)) {
      const fact = Catalog.storageClasses(platform).find((s) => s.name === row.name)!;
      expect([row.name, fact.readWriteMany]).toEqual([row.name, row.notes.includes('RWX')]);
    }
  });

  test.each([KubernetesPlatform.AKS, KubernetesPlatform.GKE])('%s: provisioner and parameters follow the printed storage type', (platform) => {
    for (const row of printed(platform)) {
      const fact = Catalog.storageClasses(platform).find((s) => s.name === row.name)!;
      const type = row.type;
      if (/HostPath|emptyDir/.test(row.notes)) {
        expect(fact.role).toBe(StorageRole.NODE_LOCAL);
        expect(fact.provisioner).toBeUndefined();
      } else if (type.startsWith('Azure Disk')) {
        expect(fact.provisioner).toBe('disk.csi.azure.com');
        expect(fact.parameters.skuName).toBe(type.includes('Premium') ? 'Premium_LRS' : 'StandardSSD_LRS');
      } else if (type.startsWith('Azure Files')) {
        expect(fact.provisioner).toBe('file.csi.azure.com');
        const tier = type.includes('Premium') ? 'Premium' : 'Standard';
        const redundancy = type.includes('ZRS') ? 'ZRS' : 'LRS';
        expect(fact.parameters.skuName).toBe(`${tier}_${redundancy}`);
      } else if (type.startsWith('pd-')) {
        expect(fact.provisioner).toBe('pd.csi.storage.gke.io');
        expect(fact.parameters.type).toBe(type.split(' ')[0]);
      } else if (type.startsWith('Filestore')) {
        expect(fact.provisioner).toBe('filestore.csi.storage.gke.io');
        expect(fact.parameters.tier).toBe(type.includes('Enterprise') ? 'enterprise' : 'standard');
      } else {
        throw new Error(`unexpected storage type "${type}" for ${row.name}`);
      }
    }
  });

  test('choice: the GKE names that GKE creates itself are marked built in, redundant-rwx is not', () => {
    const builtIn = Catalog.storageClasses(KubernetesPlatform.GKE).filter((s) => s.builtIn).map((s) => s.name);
    expect(builtIn.sort()).toEqual(['premium-rwo', 'standard-rwo', 'standard-rwx']);
    expect(Catalog.storageClasses(KubernetesPlatform.AKS).some((s) => s.builtIn)).toBe(false);
  });

  test('each platform has one class per role', () => {
    for (const platform of [KubernetesPlatform.AKS, KubernetesPlatform.GKE]) {
      expect(Catalog.storageClasses(platform).map((s) => s.role).sort()).toEqual(Object.values(StorageRole).sort());
    }
  });
});
