import { IConstruct } from 'constructs';
import { problem } from './problems';

/** What a repeated id means for some constructs, beyond "ids are unique among siblings". */
const MEANING: Record<string, { what: string; fix: string; source: string }> = {
  UnitProps: {
    what: 'each unit is its own cluster and output folder, and one cluster runs one private edition',
    fix: 'give every unit its own id',
    source: '003 §1.10',
  },
  TenantServiceProps: {
    what: 'each tenant has its own Tenant Service, named after its short id',
    fix: 'give every tenant its own shortId (group.addTenant), and name each Tenant Service after it: `tenant-${t.shortId}`',
    source: '003 §1.5',
  },
  InteractionServerProps: {
    what: 'each tenant homed in the unit has its own Interaction Server, named after its short id',
    fix: 'give every tenant its own shortId (group.addTenant), and name each Interaction Server after it: `ixn-${t.shortId}`',
    source: '004 §2.1',
  },
  UnitPairProps: {
    what: 'each geography has its own pair',
    fix: 'give every pair its own id, e.g. its geography',
    source: '003 §1.6',
  },
};

/**
 * The problem of adding a construct under an id its scope already holds, in the library's words,
 * before the constructs library stops with "There is already a Construct with name ...".
 *
 * @param scope the scope the construct is being added to
 * @param id the construct's id
 * @param propsType the interface of its props, which says what kind of construct it is
 */
export function duplicateIdProblem(scope: IConstruct, id: string, propsType: string): string | undefined {
  const existing = scope.node.tryFindChild(id);
  if (!existing) return undefined;
  const kind = existing.constructor.name;
  const meaning = MEANING[propsType];
  const where = scope.node.path ? `"${scope.node.path}"` : 'the app';
  const base = `${kind} id "${id}" is used twice in ${where}`;
  if (meaning) return problem(`${base}; ${meaning.what}`, meaning.fix, meaning.source);
  return problem(`${base}; construct ids are unique among the children of one scope`, `give the second ${kind} another id`, 'constructs: Node.addChild');
}
