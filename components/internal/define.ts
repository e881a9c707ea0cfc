/**
 * A class decorator like Lit's `@customElement`, except that a second definition of the same
 * tag is ignored: pages that embed our elements may load two copies (Shoelace's `define()`).
 */
export function defineElement(tagName: string) {
  return (elementClass: CustomElementConstructor) => {
    if (!customElements.get(tagName)) customElements.define(tagName, elementClass);
  };
}
