// The water the declaration's water paragraph concerns, shared by the pipeline (which writes it into
// public/geo/water.json) and the app (which lights it on the map for that paragraph and programme).

/** The two basins of the declaration's water paragraph, by the ids Natural Earth lets us draw. */
export const BASINS: Readonly<Record<string, 'amu-darya' | 'syr-darya'>> = {
  'amu-darya': 'amu-darya', panj: 'amu-darya', 'pamir-river': 'amu-darya', zeravshan: 'amu-darya',
  'syr-darya': 'syr-darya', naryn: 'syr-darya', 'toktogul-reservoir': 'syr-darya', 'kayrakkum-reservoir': 'syr-darya',
  'shardara-reservoir': 'syr-darya',
};

/** The ids a highlight of the declaration's water paragraph lights: both basins and the sea they feed. */
export const DECLARATION_WATER: readonly string[] = [...Object.keys(BASINS), 'aral-sea'].sort();
