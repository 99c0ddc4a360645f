import type { EngineRule } from './rule.js';

export const lockedSetting: EngineRule = {
  kind: 'engine',
  id: 'locked-setting',
  severity: 'error',
  description: 'A policy tries to loosen a setting, rule or list that the policy it extends has locked.',
  help: {
    text:
      "A central policy's `locked` settings hold for every policy that extends it. The loosening has no effect " +
      '(the locked value stays) and is reported so that it does not look as if it had worked. Remove it, or ask ' +
      'the owners of the central policy.',
    bad: 'extends: ../central.yml\nsettings:\n  require-digest: false',
    good: 'extends: ../central.yml',
  },
};
