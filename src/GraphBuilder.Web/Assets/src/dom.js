// Tiny DOM helpers. Every string from the graph goes through text nodes, never markup:
// quotes from news reports may contain anything, including "<script>".
(function (ns) {
  'use strict';

  /**
   * Creates an element; `props` sets DOM properties (className, type, title, ...) and, for names
   * with a dash (aria-*, data-*), attributes. Children may be strings.
   */
  function el(tag, props, children) {
    var node = document.createElement(tag);
    if (props) {
      Object.keys(props).forEach(function (key) {
        if (key.indexOf('-') >= 0 || key === 'role') node.setAttribute(key, props[key]);
        else node[key] = props[key];
      });
    }
    (children || []).forEach(function (child) {
      if (child === null || child === undefined || child === false) return;
      node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    });
    return node;
  }

  /** Formats any property value (string, number, boolean, list) as plain text. */
  function text(value) {
    if (value === null || value === undefined) return '';
    if (Array.isArray(value)) return value.map(text).join(', ');
    return String(value);
  }

  function plural(count, one, many) {
    return count + ' ' + (count === 1 ? one : many);
  }

  ns.dom = { el: el, text: text, plural: plural };
})(window.GraphBuilderView = window.GraphBuilderView || {});
