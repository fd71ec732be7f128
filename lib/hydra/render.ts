/** Short human renderings of config nodes, for provenance and error messages. */
import { pyStr } from './python';
import type { ConfigNode } from './node';

export function renderShort(node: ConfigNode): string {
  switch (node.kind) {
    case 'value':
      return node.value === null ? 'null' : typeof node.value === 'string' ? node.value : pyStr(node.value, node.float);
    case 'list':
      return `[${node.items.length} item${node.items.length === 1 ? '' : 's'}]`;
    case 'dict':
      return `{${[...node.map.keys()].slice(0, 4).join(', ')}${node.map.size > 4 ? ', …' : ''}}`;
  }
}
