import * as fs from 'fs';
import { OUTPUT, VALIDATORS_OUTPUT, generatePropsSchemas, generatePropsValidators, renderPropsSchemas, renderPropsValidators } from '../../scripts/props-schemas';
import { propsProblems } from '../../src/core/check-props';

describe('props schemas', () => {
  test('the committed schemas and validators are those the props interfaces generate (run `npx projen props-schemas`)', () => {
    const definitions = generatePropsSchemas();
    expect(fs.readFileSync(OUTPUT, 'utf8')).toBe(renderPropsSchemas(definitions));
    expect(fs.readFileSync(VALIDATORS_OUTPUT, 'utf8')).toBe(renderPropsValidators(generatePropsValidators(definitions)));
  });

  test('a class-typed option is checked as an instance of the class, by name, subclasses included', () => {
    expect(propsProblems('VoiceRedisProps', { cluster: { nodes: [] } })).toEqual([
      expect.stringContaining('cluster is a plain object, but must be a RedisCluster (made with new RedisCluster(...) or its factory)'),
    ]);
    class RedisCluster {}
    class ManagedRedis extends RedisCluster {}
    expect(propsProblems('VoiceRedisProps', { cluster: new ManagedRedis() })).toEqual([]);
  });

  test('a misspelt option names the option it resembles', () => {
    expect(propsProblems('UnitProps', { role: 'primary', regoin: 'eastus2' })).toEqual([
      expect.stringContaining('UnitProps: region is missing'),
      expect.stringContaining('"regoin" is not an option (the props interface in API.md). Fix: did you mean region?'),
    ]);
  });

  test('an enum value outside the enum lists the values', () => {
    expect(propsProblems('UnitProps', { role: 'primery', region: 'eastus2' })).toEqual([expect.stringContaining('role is the string "primery", but must be one of "primary", "secondary"')]);
  });

  test('conforming props have no problem', () => {
    expect(propsProblems('UnitPairProps', { geography: 'us' })).toEqual([]);
  });
});
