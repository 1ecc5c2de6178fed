import { vendure } from '@shoplet/adapter-vendure';
import { createShoplet } from '@shoplet/core';
import type {} from '@shoplet/elements/vue';
import { ShopletPlugin, useCart, useProduct } from '@shoplet/vue';
import { computed, createApp, defineComponent, h } from 'vue';

const shop = createShoplet({ adapter: vendure({ shopApi: 'https://shop.example.com/shop-api' }) });

const CartCount = defineComponent({
  setup() {
    const cart = useCart();
    const count = computed(() => cart.value?.totalQuantity ?? 0);
    return () => h('span', `${count.value} items`);
  },
});

const Heading = defineComponent({
  props: { handle: { type: String, required: true } },
  setup(props) {
    const state = useProduct(() => props.handle);
    return () => h('h1', state.value?.status === 'ready' ? state.value.product.title : 'Loading…');
  },
});

createApp({ components: { CartCount, Heading }, template: '<Heading handle="linen-shirt" /><CartCount />' })
  .use(ShopletPlugin, { client: shop })
  .mount('#app');
