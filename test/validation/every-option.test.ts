import { PROPS_SCHEMAS } from '../../src/core/props-schemas.generated';
import { Knobs, previousOutput, snapshotOf, synthInto, wrongInputModel } from '../support/wrong-input-model';

/** The props each knob of the model feeds. */
const KNOBS: Record<string, string> = {
  group: 'UnitGroupProps',
  pair: 'UnitPairProps',
  primary: 'UnitProps',
  tenant: 'TenantProps',
  consul: 'ConsulSettingsProps',
  redis: 'ManagedRedisProps',
  voiceRedis: 'VoiceRedisProps',
  kafka: 'KafkaClusterProps',
  postgres: 'ManagedPostgresProps',
  database: 'PostgresDatabaseOptions',
  voice: 'VoiceMicroservicesProps',
  tenantService: 'TenantServiceProps',
  monitoring: 'UnitMonitoringProps',
  mesh: 'ConsulMeshProps',
  engagement: 'EngagementServicesProps',
  terraform: 'GroupTerraformProps',
};

/** A value of another type than the option's: a number for a string option, a string otherwise. */
function wrongValueFor(schema: any): unknown {
  return schema.type === 'string' || (schema.$ref && (PROPS_SCHEMAS[schema.$ref.split('/').pop()] as any).type === 'string') ? 42 : 'wrong';
}

const CASES: Array<[string, Knobs]> = Object.entries(KNOBS).flatMap(([knob, type]) =>
  Object.entries((PROPS_SCHEMAS[type] as any).properties).map(([prop, schema]): [string, Knobs] => [`${type}.${prop}`, { [knob]: { [prop]: wrongValueFor(schema) } }]),
);

describe('every option of the README model, given a value of the wrong type', () => {
  test.each(CASES)('%s is reported with construct, rule and fix; nothing is written', (option, knobs) => {
    const folders = previousOutput();
    const before = snapshotOf(folders);
    const { problems, written } = synthInto(wrongInputModel(knobs), folders);
    expect(written).toEqual([]);
    expect(problems.some((p) => p.includes(`${option.split('.')[0]}: ${option.split('.')[1]}`))).toBe(true);
    for (const p of problems) expect(p).toMatch(/^\[[^\]]*\] .*Fix: /s);
    expect(snapshotOf(folders)).toEqual(before);
  });
});
