// Type tests for @shoplet/elements/vue and /svelte: checked by `tsc -p packages/elements/types/test`.
import type {} from '@shoplet/elements/svelte';
import type {} from '@shoplet/elements/vue';
import type { GlobalComponents } from 'vue';

type VueProps<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$props'];

export const card: VueProps<'shoplet-product'> = {
  product: 'linen-shirt',
  layout: 'row',
  onShopletAddToCart: (event) => console.log(event.detail.sku),
};

// @ts-expect-error `layout` is one of the card layouts.
export const wrongLayout: VueProps<'shoplet-product'> = { layout: 'grid' };

export const svelteCard: svelteHTML.IntrinsicElements['shoplet-product'] = {
  product: 'linen-shirt',
  'onshoplet-add-to-cart': (event) => console.log(event.detail.sku),
};

export const wrongDetail: svelteHTML.IntrinsicElements['shoplet-product'] = {
  // @ts-expect-error the add-to-cart detail has no `colour`.
  'onshoplet-add-to-cart': (event) => event.detail.colour,
};
