/**
 * The components guides can use without importing them: the guide page passes this map to <Content />.
 * Each is documented in its own file.
 */
import Aside from './Aside.astro';
import Card from './Card.astro';
import CardGrid from './CardGrid.astro';
import FileTree from './FileTree.astro';
import Steps from './Steps.astro';
import TabItem from './TabItem.astro';
import Tabs from './Tabs.astro';
import type { GUIDE_COMPONENTS } from '../../lib/markdown/mdx-checks.ts';

/** Exactly the names `paved check` knows (src/lib/markdown/mdx-checks.ts): `satisfies` fails the type check if the two lists part. */
export const mdxComponents = { Aside, Card, CardGrid, FileTree, Steps, TabItem, Tabs } satisfies Record<(typeof GUIDE_COMPONENTS)[number], unknown>;
