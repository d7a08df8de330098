import type Sigma from 'sigma';

/** Pixels the pointer moves with the button down before a press becomes a pan (below: a click). */
const PAN_TOLERANCE = 4;

/**
 * Panning the link chart as the compositor's work: while the mouse drags the stage, sigma's drawn
 * layers are moved by a CSS transform — no WebGL draw, no picking read-back for hover, no label
 * layout, no React render per frame. On release the camera takes the offset and sigma draws once,
 * with edges and labels; the transform is dropped in the same frame. Sigma's own mouse handling
 * sees no move while the button is down (so it neither moves the camera nor tests hovering), nor
 * the click that ends a pan (so the selection stays). Touch is left to sigma. Returns the detach function.
 */
export function panByTransform(renderer: Sigma): () => void {
  const container = renderer.getContainer();
  let press: { id: number; x: number; y: number } | null = null;
  let offset: { dx: number; dy: number } | null = null;
  let isClickSwallowed = false;

  const layers = () => [...container.children].filter((child): child is HTMLElement => child instanceof HTMLElement);
  const moveLayers = (transform: string) => {
    for (const layer of layers()) layer.style.transform = transform;
  };

  const onDown = (event: PointerEvent) => {
    if (event.button !== 0 || event.pointerType === 'touch') return;
    press = { id: event.pointerId, x: event.clientX, y: event.clientY };
    offset = null;
  };
  const onMove = (event: PointerEvent) => {
    if (!press || event.pointerId !== press.id) return;
    const dx = event.clientX - press.x;
    const dy = event.clientY - press.y;
    if (!offset && Math.hypot(dx, dy) < PAN_TOLERANCE) return;
    if (!offset) {
      for (const layer of layers()) layer.style.willChange = 'transform';
      container.classList.add('is-panning');
    }
    offset = { dx, dy };
    moveLayers(`translate(${dx}px, ${dy}px)`);
  };
  const onUp = (event: PointerEvent) => {
    if (!press || event.pointerId !== press.id) return;
    const moved = offset;
    press = null;
    offset = null;
    if (!moved) return;
    isClickSwallowed = true;
    // the graph point under the pointer at the press is under it now: the captor's own arithmetic
    const camera = renderer.getCamera();
    const from = renderer.viewportToFramedGraph({ x: 0, y: 0 });
    const to = renderer.viewportToFramedGraph({ x: moved.dx, y: moved.dy });
    const state = camera.getState();
    renderer.once('afterRender', () => {
      moveLayers('');
      for (const layer of layers()) layer.style.willChange = '';
      container.classList.remove('is-panning');
    });
    camera.setState({ x: state.x + from.x - to.x, y: state.y + from.y - to.y });
  };
  // capture on window: ahead of sigma's document listeners, which never see a move with the button down
  const onMouseMove = (event: MouseEvent) => {
    if (press) event.stopImmediatePropagation();
  };
  const onClick = (event: MouseEvent) => {
    if (!isClickSwallowed) return;
    isClickSwallowed = false;
    event.stopImmediatePropagation();
  };
  const onMouseDown = () => (isClickSwallowed = false);

  // one signal detaches every listener; capture on window puts them ahead of sigma's own
  const listeners = new AbortController();
  const captured = { capture: true, signal: listeners.signal };
  container.addEventListener('pointerdown', onDown, { signal: listeners.signal });
  window.addEventListener('pointermove', onMove, captured);
  window.addEventListener('pointerup', onUp, captured);
  window.addEventListener('pointercancel', onUp, captured);
  window.addEventListener('mousemove', onMouseMove, captured);
  window.addEventListener('mousedown', onMouseDown, captured);
  container.addEventListener('click', onClick, captured);
  return () => {
    listeners.abort();
    moveLayers('');
  };
}
