// Toolbar buttons declared in index.html with data-command; this component only turns clicks into "command" events.
import { LAYOUT_NAMES } from '../graph/layouts.js';
import { el } from '../util/dom.js';

export class Toolbar extends EventTarget {
  constructor(root) {
    super();
    this.layout = root.querySelector('select[name="layout"]');
    LAYOUT_NAMES.forEach((name) => this.layout.append(el('option', { value: name, text: name })));
    this.layout.addEventListener('change', () => this.command('layout', this.layout.value));
    root.querySelectorAll('[data-command]').forEach((button) =>
      button.addEventListener('click', () => this.command(button.dataset.command, button.dataset.value)));
    root.querySelectorAll('input[type="checkbox"][data-toggle]').forEach((box) =>
      box.addEventListener('change', () => this.command(box.dataset.toggle, box.checked)));
  }

  setLayout(name) {
    this.layout.value = name;
  }

  command(name, value) {
    this.dispatchEvent(new CustomEvent('command', { detail: { name, value } }));
  }
}
