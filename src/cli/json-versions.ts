/**
 * The version of each verb's `--json` shape. Every JSON output carries it as `version`, and each shape is
 * documented by a JSON Schema in schemas/cli/<verb>.schema.json (tests/cli-json.test.ts validates real
 * outputs against them). Raise a version when a field is removed, renamed or changes meaning; adding a
 * field keeps it.
 */
export const JSON_VERSIONS = {
  check: 1,
  new: 1,
  'catalogue-import': 1,
  metrics: 1,
  'metrics-import': 1,
  'research-check': 1,
  'research-synthesize': 1,
} as const;
