/**
 * Writes the sample metrics files of content/metrics/ from a fixed seed: `npm run metrics:sample`.
 * Running it again gives the same bytes; change scripts/metrics-sample-data.ts to change the story.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { deploymentsCsv, onboardingCsv, surveysCsv } from './metrics-sample-data.ts';

const dir = fileURLToPath(new URL('../content/metrics/', import.meta.url));
const files = { 'deployments.csv': deploymentsCsv(), 'surveys.csv': surveysCsv(), 'service-onboarding.csv': onboardingCsv() };
for (const [name, text] of Object.entries(files)) {
  writeFileSync(dir + name, text);
  console.log(`content/metrics/${name}: ${text.split('\n').length - 2} rows`);
}
