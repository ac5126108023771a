// Drives the embedded graph from the host page: the postMessage API of /embed (see embed-example.html).
const frame = document.getElementById('graph');
const answer = document.getElementById('answer');

for (const button of document.querySelectorAll('button[data-step], button[data-node]')) {
  button.addEventListener('click', () => {
    const message = button.dataset.step
      ? { type: 'show-step', step: Number(button.dataset.step) }
      : { type: 'show-node', node: button.dataset.node };
    frame.contentWindow.postMessage(message, '*');
  });
}

window.addEventListener('message', (event) => {
  if (event.source !== frame.contentWindow || !event.data || typeof event.data !== 'object') return;
  answer.textContent = JSON.stringify(event.data);
});
