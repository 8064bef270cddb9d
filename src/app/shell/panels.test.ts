import { afterEach, describe, expect, it } from 'vitest';
import { closeDrawer, isDrawerOpen, openDrawer, setTablesOpen, toggleDrawer, usePanels } from './panels';

afterEach(() => usePanels.setState({ drawer: null, tables: false }));

describe('panels', () => {
  it('opening a right-hand drawer closes the one that was open', () => {
    openDrawer('analysis');
    openDrawer('traffic');
    expect(isDrawerOpen('analysis')).toBe(false);
    expect(isDrawerOpen('traffic')).toBe(true);
  });

  it('closing a drawer that was already replaced leaves the new one open', () => {
    openDrawer('compare');
    openDrawer('notes');
    closeDrawer('compare');
    expect(usePanels.getState().drawer).toBe('notes');
    toggleDrawer('notes');
    expect(usePanels.getState().drawer).toBeNull();
  });

  it('the tables drawer opens alongside a right-hand drawer', () => {
    openDrawer('risk');
    setTablesOpen(true);
    expect(usePanels.getState()).toMatchObject({ drawer: 'risk', tables: true });
  });
});
