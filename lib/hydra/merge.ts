/**
 * OmegaConf's merge for untyped configs: dicts merge key by key, everything else (lists
 * included) is replaced, a value may change type, `???` in the source keeps the destination,
 * and `null` or an interpolation in the source replaces a whole dict. Each replaced leaf keeps
 * the history of what it replaced.
 */
import { cloneNode, isMissing, type ConfigNode, type DictNode, type Replaced } from './node';
import { renderShort } from './render';

/** Merges `src` into `dest` in place (dest must be a dict); src is not modified. */
export function mergeInto(dest: DictNode, src: DictNode, deref?: (node: ConfigNode, key: string) => ConfigNode | undefined): void {
  for (const [key, srcNode] of src.map) {
    const destNode = dest.map.get(key);
    if (destNode === undefined) {
      dest.map.set(key, cloneNode(srcNode));
      continue;
    }
    if (srcNode.kind === 'dict') {
      let target: ConfigNode | undefined = destNode;
      // `a: ${b}` merged with a dict: OmegaConf merges into a copy of what `${b}` points to.
      if (target.kind === 'value' && typeof target.value === 'string' && target.value.includes('${') && deref) {
        const resolved = deref(target, key);
        target = resolved && resolved.kind === 'dict' ? cloneNode(resolved) : undefined;
      }
      if (target && target.kind === 'dict') {
        dest.map.set(key, target);
        mergeInto(target, srcNode, deref);
        continue;
      }
      dest.map.set(key, replacing(destNode, cloneNode(srcNode)));
      continue;
    }
    if (isMissing(srcNode)) continue;
    dest.map.set(key, replacing(destNode, cloneNode(srcNode)));
  }
}

/** `next` takes the place of `prev`; remember what was there. */
export function replacing<T extends ConfigNode>(prev: ConfigNode, next: T): T {
  const history: Replaced[] = [{ origin: prev.origin, value: renderShort(prev) }, ...(prev.replaced ?? [])];
  next.replaced = history.slice(0, 20);
  return next;
}
