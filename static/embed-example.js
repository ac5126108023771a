// Drives the embedded graph from the host page, as a slide deck would (see embed-example.html): buttons and the
// arrow keys step through the tour; keys pressed inside the frame come back as { type: 'key', key } and step
// the same way; messages sent before the frame is ready wait for its { type: 'ready' }.
const frame = document.getElementById('graph');
const answer = document.getElementById('answer');
const lastKey = document.getElementById('last-key');
let ready = false;
let steps = 1;
let step = 1;
const waiting = [];

function send(message) {
  if (ready) frame.contentWindow.postMessage(message, '*');
  else waiting.push(message);
}

function showStep(next) {
  // Until the frame says how many steps there are, ask for the step as given: the frame checks it.
  step = Math.max(1, ready ? Math.min(steps, next) : next);
  send({ type: 'show-step', step });
}

function onKey(key, from) {
  lastKey.textContent = `${key} (${from})`;
  if (key === 'ArrowRight' || key === 'PageDown' || key === ' ') showStep(step + 1);
  else if (key === 'ArrowLeft' || key === 'PageUp') showStep(step - 1);
}

for (const button of document.querySelectorAll('button[data-step], button[data-node]')) {
  button.addEventListener('click', () => {
    if (button.dataset.step) showStep(Number(button.dataset.step));
    else send({ type: 'show-node', node: button.dataset.node });
  });
}

document.addEventListener('keydown', (event) => onKey(event.key, 'host'));

window.addEventListener('message', (event) => {
  if (event.source !== frame.contentWindow || !event.data || typeof event.data !== 'object') return;
  if (event.data.type === 'key') return onKey(event.data.key, 'frame');
  answer.textContent = JSON.stringify(event.data);
  if (event.data.type === 'ready') {
    ready = true;
    steps = event.data.steps;
    for (const message of waiting.splice(0)) frame.contentWindow.postMessage(message, '*');
  }
});
