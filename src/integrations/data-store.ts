/**
 * Loads Astro's content data store from disk when pages are rendered, instead of bundling it.
 *
 * Astro writes the content layer (every entry, and the HTML of every `.md` entry, rendered at content
 * sync) to one JSON file and bundles it into the build as a JavaScript module holding that file as a
 * string literal. At 10,000 guides the literal is about 300 MB: the bundler spent seconds parsing it and
 * V8 minutes compiling it before the first page was rendered (a profile at 3,000 guides showed 65 s in
 * `compileSourceTextModule`, none of it at 1,000). Astro's own remedy, `experimental.collectionStorage:
 * 'chunked'`, measured slower still: its writer sizes chunks one character at a time.
 *
 * During `astro build`, this plugin replaces that module's code with a read of the same file when the
 * prerendering code first asks for it: the same data (Astro's `ImmutableDataStore.fromModule` unflattens
 * what `JSON.parse` gives), read and parsed at native speed. The file's path appears only in the
 * prerender bundle, which Astro deletes when the build ends. `astro dev` is left as Astro made it.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

/** Astro's resolved id of the data store module (`astro:data-layer-content`, with Vite's virtual prefix). */
export const DATA_STORE_MODULE = '\0astro:data-layer-content';

/** The module that replaces the bundled data store: a read of the JSON file at run time. */
export function dataStoreModule(file: string): string {
  return `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));\n`;
}

export default function dataStoreFromDisk(): AstroIntegration {
  return {
    name: 'paved-data-store',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        if (command !== 'build') return;
        // Where Astro writes the store during a build: data-store.json in the cache folder (node_modules/.astro).
        const file = fileURLToPath(new URL('data-store.json', config.cacheDir));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'paved:data-store-from-disk',
                apply: 'build',
                // A transform, not a load: Astro's own plugin loads the module (transforms all run after it).
                transform(code: string, id: string) {
                  if (id !== DATA_STORE_MODULE || !code.startsWith('export default JSON.parse(')) return null;
                  return { code: dataStoreModule(file), map: { mappings: '' } };
                },
              },
            ],
          },
        });
      },
    },
  };
}
