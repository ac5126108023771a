/** Shares the one ViewState with every component of the explorer without threading it through props. */
import { getContext, setContext } from 'svelte';
import type { ViewState } from './view-state.svelte';

const KEY = Symbol('explorer-view-state');

export function setViewState(view: ViewState): ViewState {
  return setContext(KEY, view);
}

export function getViewState(): ViewState {
  const view = getContext<ViewState | undefined>(KEY);
  if (!view) throw new Error('explorer: getViewState() called outside <Explorer>');
  return view;
}
