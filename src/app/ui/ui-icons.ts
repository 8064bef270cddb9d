/** Interface icons (toolbar, palette), drawn in the same style as the catalog icons. */
import type { IconData } from '../../domain/catalog/icons';

export const UI_ICONS = {
  compare: {
    paths: [
      'M4.5 4h5a1.5 1.5 0 0 1 1.5 1.5v13A1.5 1.5 0 0 1 9.5 20h-5A1.5 1.5 0 0 1 3 18.5v-13A1.5 1.5 0 0 1 4.5 4z',
      'M14 4h7v16h-7',
      'M14 4v16',
    ],
  },
  undo: { paths: ['M9 14L4 9l5-5', 'M4 9h10.5a5.5 5.5 0 0 1 0 11H11'] },
  redo: { paths: ['M15 14l5-5-5-5', 'M20 9H9.5a5.5 5.5 0 0 0 0 11H13'] },
  zoomIn: {
    paths: [
      'M3 10.5a7.5 7.5 0 1 0 15 0a7.5 7.5 0 1 0 -15 0',
      'M21 21l-5.2-5.2',
      'M10.5 7.5v6',
      'M7.5 10.5h6',
    ],
  },
  zoomOut: { paths: ['M3 10.5a7.5 7.5 0 1 0 15 0a7.5 7.5 0 1 0 -15 0', 'M21 21l-5.2-5.2', 'M7.5 10.5h6'] },
  fit: {
    paths: [
      'M4 9V5a1 1 0 0 1 1-1h4',
      'M15 4h4a1 1 0 0 1 1 1v4',
      'M20 15v4a1 1 0 0 1-1 1h-4',
      'M9 20H5a1 1 0 0 1-1-1v-4',
    ],
  },
  layout: {
    paths: ['M4 4h6v5H4z', 'M14 4h6v5h-6z', 'M9 15h6v5H9z', 'M7 9v3h10V9', 'M12 12v3'],
  },
  search: { paths: ['M4 10.5a6.5 6.5 0 1 0 13 0a6.5 6.5 0 1 0 -13 0', 'M20 20l-4.6-4.6'] },
  trash: {
    paths: ['M4 7h16', 'M10 11v6', 'M14 11v6', 'M6 7l1 12a2 2 0 0 0 2 2h6a2 2 0 0 0 2-2l1-12', 'M9 7V4h6v3'],
  },
  close: { paths: ['M6 6l12 12', 'M18 6L6 18'] },
  alert: { paths: ['M12 4L2.5 20h19z', 'M12 10v4', 'M12 17h.01'] },
  info: { paths: ['M3 12a9 9 0 1 0 18 0a9 9 0 1 0 -18 0', 'M12 11v5', 'M12 8h.01'] },
  errorCircle: { paths: ['M3 12a9 9 0 1 0 18 0a9 9 0 1 0 -18 0', 'M9 9l6 6', 'M15 9l-6 6'] },
  check: { paths: ['M5 12.5l4.5 4.5L19 7.5'] },
  download: { paths: ['M12 4v11', 'M7.5 10.5L12 15l4.5-4.5', 'M5 19h14'] },
  upload: { paths: ['M12 15V4', 'M7.5 8.5L12 4l4.5 4.5', 'M5 19h14'] },
  document: { paths: ['M6 3h8l4 4v14H6z', 'M14 3v4h4', 'M9 12h6', 'M9 16h6'] },
  logo: {
    paths: ['M3 4h8v7H3z', 'M13 13h8v7h-8z', 'M7 11v4.5a1 1 0 0 0 1 1h5', 'M17 13V8.5a1 1 0 0 0-1-1h-5'],
  },
} satisfies Record<string, IconData>;
