/**
 * What the maturity page says about the model: each aspect's question and, for each level, a short
 * paraphrase in Paved's words of the published model's cell
 * (https://tag-app-delivery.cncf.io/whitepapers/platform-eng-maturity-model/).
 */
import type { MaturityAspect, MaturityLevel } from '../../schemas/maturity.ts';
import type { LevelChange } from './index.ts';

export const ASPECT_TEXT: Record<MaturityAspect, { title: string; question: string; levels: Record<MaturityLevel, string> }> = {
  investment: {
    title: 'Investment',
    question: 'How are people and money given to the platform?',
    levels: {
      provisional: 'people help on the side of their own work, for as long as it lasts',
      operational: 'a dedicated team keeps the platform running, funded as a cost',
      scalable: 'the platform is funded and planned as a product, with a roadmap',
      optimizing: 'teams beyond the platform team invest in it too',
    },
  },
  adoption: {
    title: 'Adoption',
    question: 'Why and how do teams come to use the platform?',
    levels: {
      provisional: 'use is scattered, found by word of mouth',
      operational: 'teams are pushed to it: mandates, deadlines, migrations',
      scalable: 'teams are pulled to it: they choose it because it serves them',
      optimizing: 'teams take part: they ask, shape and contribute',
    },
  },
  interfaces: {
    title: 'Interfaces',
    question: 'How do teams reach the platform’s capabilities?',
    levels: {
      provisional: 'a bespoke process for each need, through a person',
      operational: 'standard tools and documented ways to ask',
      scalable: 'self-service: templates and tools a team uses on its own',
      optimizing: 'capabilities built into the tools teams already work in',
    },
  },
  operations: {
    title: 'Operations',
    question: 'How are capabilities planned, built, kept up and retired?',
    levels: {
      provisional: 'work is done as requests arrive',
      operational: 'capabilities are tracked centrally',
      scalable: 'capabilities have owners, reviews and a lifecycle, enabled centrally',
      optimizing: 'capabilities are run as managed services and improved all the time',
    },
  },
  measurement: {
    title: 'Measurement',
    question: 'How does the platform team learn what works?',
    levels: {
      provisional: 'anecdotes, when someone complains',
      operational: 'numbers and feedback are collected regularly',
      scalable: 'what is collected turns into insight that drives decisions',
      optimizing: 'numbers and what users say, together, steer the investment',
    },
  },
};

/** "Up one level (from operational)", "Same level", "First assessment". */
export function changeText(c: LevelChange): string {
  switch (c.kind) {
    case 'first':
      return 'First assessment';
    case 'same':
      return 'Same level';
    case 'up':
    case 'down':
      return `${c.kind === 'up' ? 'Up' : 'Down'} ${c.by === 1 ? 'one level' : `${c.by} levels`} (from ${c.from})`;
  }
}

/** "Operational". */
export function levelTitle(level: MaturityLevel): string {
  return level.charAt(0).toUpperCase() + level.slice(1);
}
