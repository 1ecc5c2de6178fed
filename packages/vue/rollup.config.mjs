import { packageConfig } from '../../scripts/rollup-config.mjs';

export default packageConfig({ dir: import.meta.dirname, entries: ['index'] });
